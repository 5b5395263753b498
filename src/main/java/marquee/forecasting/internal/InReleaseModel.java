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
    private final InReleaseContext context;
    private final Legs legs;
    private final IntervalRegressor regressor;
    private final NaiveMultiplier fallback;
    private final int trainingFilms;

    private InReleaseModel(int day, InReleaseContext context, Legs legs, IntervalRegressor regressor, NaiveMultiplier fallback, int films) {
        this.day = day;
        this.context = context;
        this.legs = legs;
        this.regressor = regressor;
        this.fallback = fallback;
        this.trainingFilms = films;
    }

    public static InReleaseModel train(List<ReleaseCurve> finished, int day, InReleaseContext context,
                                       ModelSettings settings) {
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        Legs legs = new Legs();
        List<ReleaseCurve> inReleaseOrder = finished.stream()
                .sorted(java.util.Comparator.comparing(ReleaseCurve::releaseDate)).toList();
        for (ReleaseCurve c : inReleaseOrder) {
            if (c.onDay(day) != null && c.grossThrough(day) > 0) {
                double target = Math.max(0, Math.log(c.finalGross() / c.grossThrough(day)));
                x.add(features(c, day, context, legs));
                y.add(target);
                legs.add(context.catalog().get(c.filmId()), target);
            }
        }
        NaiveMultiplier fallback = NaiveMultiplier.train(finished, day);
        IntervalRegressor regressor = null;
        if (x.size() >= MIN_TRAINING_FILMS) {
            regressor = new IntervalRegressor(settings)
                    .fit(x.toArray(double[][]::new), y.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return new InReleaseModel(day, context, legs, regressor, fallback, x.size());
    }

    private static double[] features(ReleaseCurve c, int day, InReleaseContext context, Legs legs) {
        double[] curve = CurveFeatures.at(c, day, context);
        double[] film = legs.describe(context.catalog().get(c.filmId()));
        double[] all = java.util.Arrays.copyOf(curve, curve.length + film.length);
        System.arraycopy(film, 0, all, curve.length, film.length);
        return all;
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
        double[] logRatio = regressor.predict(features(observed, day, context, legs));
        return new Forecast(observed.filmId(), day, soFar * Math.exp(Math.max(0, logRatio[0])),
                soFar * Math.exp(Math.max(0, logRatio[1])), soFar * Math.exp(Math.max(0, logRatio[2])));
    }
}
