package marquee.forecasting.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Final gross after N days in release: regresses log(final / gross so far) on the curve's
 * features, over finished films that had a row on day N. The interval comes from out-of-fold
 * residuals, and never goes below what the film has already grossed.
 */
public final class InReleaseModel {

    /** Below this many comparable finished films the model falls back to the median multiplier. */
    public static final int MIN_TRAINING_FILMS = 30;

    private final int day;
    private final Market market;
    private final ReleaseSchedule schedule;
    private final IntervalRegressor regressor;
    private final NaiveMultiplier fallback;
    private final int trainingFilms;

    private InReleaseModel(int day, Market market, ReleaseSchedule schedule, IntervalRegressor regressor, NaiveMultiplier fallback, int films) {
        this.day = day;
        this.market = market;
        this.schedule = schedule;
        this.regressor = regressor;
        this.fallback = fallback;
        this.trainingFilms = films;
    }

    public static InReleaseModel train(List<ReleaseCurve> finished, int day, Market market, ReleaseSchedule schedule,
                                       ModelSettings settings) {
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (ReleaseCurve c : finished) {
            if (c.onDay(day) != null && c.grossThrough(day) > 0) {
                x.add(CurveFeatures.at(c, day, market, schedule));
                y.add(Math.max(0, Math.log(c.finalGross() / c.grossThrough(day))));
            }
        }
        NaiveMultiplier fallback = NaiveMultiplier.train(finished, day);
        IntervalRegressor regressor = null;
        if (x.size() >= MIN_TRAINING_FILMS) {
            regressor = new IntervalRegressor(settings)
                    .fit(x.toArray(double[][]::new), y.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return new InReleaseModel(day, market, schedule, regressor, fallback, x.size());
    }

    public int trainingFilms() {
        return trainingFilms;
    }

    /** Forecast for a film seen through day N; the curve must have a row on day N. */
    public Forecast forecast(ReleaseCurve observed) {
        if (regressor == null || observed.onDay(day) == null) {
            return fallback.forecast(observed, day);
        }
        double soFar = observed.grossThrough(day);
        double[] logRatio = regressor.predict(CurveFeatures.at(observed, day, market, schedule));
        return new Forecast(observed.filmId(), day, soFar * Math.exp(Math.max(0, logRatio[0])),
                soFar * Math.exp(Math.max(0, logRatio[1])), soFar * Math.exp(Math.max(0, logRatio[2])));
    }
}
