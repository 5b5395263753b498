package marquee.forecasting.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pre-release facts of every film known to a run: the metadata file when given, completed with
 * what the daily file tells before release (distributor, opening-day theater count).
 */
public final class FilmCatalog {

    private final Map<String, FilmInfo> films = new HashMap<>();

    public FilmCatalog(List<FilmInfo> metadata, List<ReleaseCurve> curves) {
        metadata.stream().filter(f -> f.releaseDate() != null).forEach(f -> films.put(f.filmId(), f));
        curves.forEach(this::add);
    }

    public void add(ReleaseCurve curve) {
        BoxOfficeDay opening = curve.onDay(1);
        int theaters = opening == null ? 0 : opening.theaters();
        FilmInfo known = films.getOrDefault(curve.filmId(),
                FilmInfo.bare(curve.filmId(), curve.title(), curve.releaseDate()));
        FilmInfo dated = known.releaseDate() == null || !known.releaseDate().equals(curve.releaseDate())
                ? new FilmInfo(known.filmId(), known.title(), curve.releaseDate(), known.genres(), known.directors(),
                        known.stars(), known.runtimeMin(), known.formats(), known.distributor(), known.openingTheaters())
                : known;
        films.put(curve.filmId(), dated.withDistribution(curve.distributor(), theaters));
    }

    public FilmInfo get(String filmId) {
        return films.get(filmId);
    }

    public List<FilmInfo> all() {
        return new ArrayList<>(films.values());
    }

    public List<PastFilm> past(List<ReleaseCurve> finished) {
        return finished.stream().map(c -> new PastFilm(films.get(c.filmId()), c.finalGross(),
                c.lastDate().plusDays(BoxOfficeHistory.FINISHED_AFTER_DAYS))).toList();
    }
}
