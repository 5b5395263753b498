package marquee.boxoffice.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import marquee.boxoffice.GenreRecords;
import marquee.boxoffice.GenreRecords.Genre;
import marquee.boxoffice.GenreRecords.Opening;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.catalog.FilmRelease;
import marquee.shared.InvalidInput;
import marquee.shared.MarketSettings;
import org.springframework.stereotype.Component;

/**
 * The best opening days by genre, from the live rollups and the catalog's genres and releases. The
 * imported market history cannot take part: its feeds carry no genres, and nothing yet ties a feed's
 * film to a catalog film.
 */
@Component
class GenreOpenings {

    static final String COVERS = "The platform's live box office (its own sales and other sellers' fed sales) on each "
            + "catalog film's release days; the imported market history has no genres and is not included "
            + "(its records: /api/boxoffice/history/records).";
    private static final String NO_GENRE = "Unknown";

    private record ReleaseDay(long filmId, LocalDate day) {}

    private final Rollups rollups;
    private final Catalog catalog;
    private final MarketSettings market;

    GenreOpenings(Rollups rollups, Catalog catalog, MarketSettings market) {
        this.rollups = rollups;
        this.catalog = catalog;
        this.market = market;
    }

    GenreRecords records(int limit) {
        if (limit < 1 || limit > 20) {
            throw new InvalidInput("limit", "must be between 1 and 20");
        }
        // The catalog, not the cached titles: a release added since would otherwise be missed.
        Map<ReleaseDay, FilmRelease> releases = new HashMap<>();
        Map<Long, Film> films = new HashMap<>();
        for (long filmId : rollups.filmIds()) {
            catalog.findFilm(filmId).ifPresent(film -> {
                films.put(filmId, film);
                film.releases().forEach(r -> releases.putIfAbsent(new ReleaseDay(filmId, r.releaseDate()), r));
            });
        }
        Set<LocalDate> days = new HashSet<>();
        releases.keySet().forEach(r -> days.add(r.day()));
        Map<String, List<Opening>> byGenre = new TreeMap<>();
        for (Rollups.FilmOnDay sums : rollups.onDays(days)) {
            FilmRelease release = releases.get(new ReleaseDay(sums.filmId(), sums.day()));
            if (release == null) {
                continue;
            }
            Film film = films.get(sums.filmId());
            Opening opening = new Opening(film.id(), film.displayTitle(), release.id(), release.kind().name(),
                    release.releaseDate(), sums.grossMinor(), sums.admissions());
            List<String> genres = film.genres().isEmpty() ? List.of(NO_GENRE) : film.genres();
            genres.stream().distinct().forEach(g -> byGenre.computeIfAbsent(g, k -> new ArrayList<>()).add(opening));
        }
        Comparator<Opening> best = Comparator.comparingLong(Opening::grossMinor).reversed()
                .thenComparing(Comparator.comparingLong(Opening::admissions).reversed())
                .thenComparingLong(Opening::filmId).thenComparingLong(Opening::releaseId);
        List<Genre> genres = new ArrayList<>();
        byGenre.forEach((genre, openings) -> genres.add(new Genre(genre, openings.stream().sorted(best).limit(limit).toList())));
        genres.sort(Comparator.comparing((Genre g) -> g.bestOpeningDays().getFirst(), best).thenComparing(Genre::genre));
        return new GenreRecords(COVERS, market.currency(), List.copyOf(genres));
    }
}
