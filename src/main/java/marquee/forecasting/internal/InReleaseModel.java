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
    private final TrackRecords records;
    private final ComparableCurves comparables;
    private final IntervalRegressor regressor;
    private final NaiveMultiplier fallback;
    private final int trainingFilms;

    private InReleaseModel(int day, InReleaseContext context, Legs legs, TrackRecords records, ComparableCurves comparables,
                           IntervalRegressor regressor, NaiveMultiplier fallback, int films) {
        this.day = day;
        this.context = context;
        this.legs = legs;
        this.records = records;
        this.comparables = comparables;
        this.regressor = regressor;
        this.fallback = fallback;
        this.trainingFilms = films;
    }

    public static InReleaseModel train(List<ReleaseCurve> finished, int day, InReleaseContext context,
                                       ModelSettings settings) {
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        Legs legs = new Legs();
        TrackRecords records = new TrackRecords(context.catalog().past(finished));
        List<ReleaseCurve> inReleaseOrder = finished.stream()
                .sorted(java.util.Comparator.comparing(ReleaseCurve::releaseDate)).toList();
        List<double[]> shapes = new ArrayList<>();
        for (ReleaseCurve c : inReleaseOrder) {
            if (c.onDay(day) != null && c.grossThrough(day) > 0) {
                double target = Math.max(0, Math.log(c.finalGross() / c.grossThrough(day)));
                x.add(features(c, day, context, legs, records));
                y.add(target);
                shapes.add(ComparableCurves.shape(c, day));
                legs.add(context.catalog().get(c.filmId()), target);
            }
        }
        ComparableCurves comparables = new ComparableCurves(shapes, y);
        for (int i = 0; i < x.size(); i++) {
            // Leave the film itself out, as it will be for films being forecast.
            x.set(i, concat(x.get(i), new double[] {comparables.medianOfNearest(shapes.get(i), i)}));
        }
        NaiveMultiplier fallback = NaiveMultiplier.train(finished, day);
        IntervalRegressor regressor = null;
        if (x.size() >= MIN_TRAINING_FILMS) {
            regressor = new IntervalRegressor(settings)
                    .fit(x.toArray(double[][]::new), y.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return new InReleaseModel(day, context, legs, records, comparables, regressor, fallback, x.size());
    }

    private static double[] features(ReleaseCurve c, int day, InReleaseContext context, Legs legs,
                                     TrackRecords records) {
        double[] curve = CurveFeatures.at(c, day, context);
        double[] film = concat(legs.describe(context.catalog().get(c.filmId())), strength(c, day, context, records));
        double[] all = java.util.Arrays.copyOf(curve, curve.length + film.length);
        System.arraycopy(film, 0, all, curve.length, film.length);
        return all;
    }

    /** The film's pedigree against its gross so far, and the pedigree of the films opening next. */
    private static double[] strength(ReleaseCurve c, int day, InReleaseContext context, TrackRecords records) {
        FilmInfo film = context.catalog().get(c.filmId());
        double own = film == null ? Double.NaN : records.strength(film, c.releaseDate());
        java.time.LocalDate dayN = c.dateOfDay(day);
        double rivals = 0;
        for (FilmInfo rival : context.schedule().competitors(c.filmId(), dayN.plusDays(11), 10)) {
            double s = records.strength(rival, rival.releaseDate());
            rivals += Math.exp((Double.isNaN(s) ? 12 : s) - 15);
        }
        return new double[] {Double.isNaN(own) ? 0 : own - Math.log(Math.max(c.grossThrough(day), 1)),
                Double.isNaN(own) ? 0 : 1, Math.log(rivals + Math.exp(-5))};
    }

    private static double[] concat(double[] a, double[] b) {
        double[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
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
        double[] row = features(observed, day, context, legs, records);
        row = concat(row, new double[] {comparables.medianOfNearest(ComparableCurves.shape(observed, day), -1)});
        double[] logRatio = regressor.predict(row);
        return new Forecast(observed.filmId(), day, soFar * Math.exp(Math.max(0, logRatio[0])),
                soFar * Math.exp(Math.max(0, logRatio[1])), soFar * Math.exp(Math.max(0, logRatio[2])));
    }
}
