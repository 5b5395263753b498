package marquee.forecasting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Final gross before release (days_observed 0). The target is log final gross minus the market's
 * level of the year before release, so a growing market (China doubled in three years) does not
 * leave the model stuck at past levels.
 */
public final class PreReleaseModel {

    private final PreReleaseFeatures features;
    private final TrackRecords records;
    private final IntervalRegressor regressor;
    private final double globalLevel;

    private PreReleaseModel(PreReleaseFeatures features, TrackRecords records, IntervalRegressor regressor,
                            double globalLevel) {
        this.features = features;
        this.records = records;
        this.regressor = regressor;
        this.globalLevel = globalLevel;
    }

    public static PreReleaseModel train(List<PastFilm> training, ReleaseSchedule schedule, Market market,
                                        ModelSettings settings) {
        training = training.stream().sorted(Comparator.comparing(p -> p.info().releaseDate())).toList();
        TrackRecords records = new TrackRecords(training);
        PreReleaseFeatures features = new PreReleaseFeatures(commonGenres(training), records, schedule, market);
        double globalLevel = Quantiles.median(training.stream().mapToDouble(PastFilm::logFinal).toArray());
        double[][] x = new double[training.size()][];
        double[] y = new double[training.size()];
        for (int i = 0; i < training.size(); i++) {
            PastFilm f = training.get(i);
            x[i] = features.of(f.info());
            y[i] = f.logFinal() - level(records, f.info().releaseDate(), globalLevel);
        }
        return new PreReleaseModel(features, records, new IntervalRegressor(settings, true).fit(x, y), globalLevel);
    }

    public Forecast forecast(FilmInfo film) {
        double level = level(records, film.releaseDate(), globalLevel);
        double[] p = regressor.predict(features.of(film));
        return new Forecast(film.filmId(), 0, Math.exp(level + p[0]), Math.exp(level + p[1]), Math.exp(level + p[2]));
    }

    private static double level(TrackRecords records, LocalDate date, double fallback) {
        double level = records.marketLevel(date);
        return Double.isNaN(level) ? fallback : level;
    }

    private static List<String> commonGenres(List<PastFilm> training) {
        Map<String, Integer> counts = new HashMap<>();
        training.forEach(f -> f.info().genres().forEach(g -> counts.merge(g, 1, Integer::sum)));
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        return sorted.stream().filter(e -> e.getValue() >= 10).limit(15).map(Map.Entry::getKey).toList();
    }
}
