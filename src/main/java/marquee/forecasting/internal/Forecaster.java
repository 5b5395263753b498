package marquee.forecasting.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Forecasts for films being watched: trains on the finished films of a history, then forecasts
 * each observed film from its days so far (one in-release model per day count, built on demand)
 * and each film known only by its metadata before release.
 */
public final class Forecaster {

    private final List<ReleaseCurve> finished;
    private final FilmCatalog catalog;
    private final Market market;
    private final ModelSettings settings;
    private final InReleaseContext context;
    private final Map<Integer, InReleaseModel> inRelease = new HashMap<>();
    private PreReleaseModel preRelease;

    public Forecaster(BoxOfficeHistory history, FilmCatalog catalog, Market market,
                      ModelSettings settings) {
        this.context = InReleaseContext.of(market, catalog);
        this.finished = history.finished();
        this.catalog = catalog;
        this.market = market;
        this.settings = settings;
    }

    public int trainingFilms() {
        return finished.size();
    }

    public List<Forecast> forecast(List<ReleaseCurve> observed, List<FilmInfo> upcoming) {
        List<Forecast> forecasts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ReleaseCurve film : observed) {
            seen.add(film.filmId());
            forecasts.add(forecast(film));
        }
        for (FilmInfo film : upcoming) {
            if (film.releaseDate() != null && seen.add(film.filmId())) {
                forecasts.add(preRelease().forecast(catalog.get(film.filmId()) == null ? film : catalog.get(film.filmId())));
            }
        }
        return forecasts;
    }

    public Forecast forecast(ReleaseCurve film) {
        int day = film.daysObserved();
        if (day == 0) {
            Forecast f = preRelease().forecast(catalog.get(film.filmId()));
            double soFar = film.grossThrough(0);
            return new Forecast(f.filmId(), 0, Math.max(soFar, f.predictedFinalGross()),
                    Math.max(soFar, f.low80()), Math.max(soFar, f.high80()));
        }
        return inRelease.computeIfAbsent(day, d -> InReleaseModel.train(finished, d, context, settings)).forecast(film);
    }

    private PreReleaseModel preRelease() {
        if (preRelease == null) {
            preRelease = PreReleaseModel.train(catalog.past(finished), new ReleaseSchedule(catalog.all()), market, settings);
        }
        return preRelease;
    }
}
