package marquee.forecasting.internal;

import java.util.List;

/**
 * The naive in-release baseline: final = gross so far x the median multiplier (final / so far)
 * of past films at the same day; its interval uses the 10th and 90th percentile multipliers.
 */
public record NaiveMultiplier(int day, double median, double low, double high, int films) {

    public static NaiveMultiplier train(List<ReleaseCurve> finished, int day) {
        double[] multipliers = finished.stream()
                .filter(c -> c.onDay(day) != null && c.grossThrough(day) > 0)
                .mapToDouble(c -> Math.max(1, c.finalGross() / c.grossThrough(day))).toArray();
        if (multipliers.length == 0) {
            return new NaiveMultiplier(day, 1, 1, 1, 0);
        }
        return new NaiveMultiplier(day, Quantiles.median(multipliers), Quantiles.of(multipliers, 0.1),
                Quantiles.of(multipliers, 0.9), multipliers.length);
    }

    public Forecast forecast(ReleaseCurve observed, int daysObserved) {
        double soFar = observed.grossThrough(daysObserved);
        return new Forecast(observed.filmId(), daysObserved, soFar * median, soFar * low, soFar * high);
    }
}
