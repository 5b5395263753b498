package marquee.boxoffice.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import marquee.booking.SaleContext;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.Film;
import marquee.catalog.FilmRelease;
import marquee.shared.csv.BadRow;

/**
 * The sale context of a fed row, from the catalog, as booking builds it for its own sales: the film, its
 * release of the screening's day, and the cinema with the city, province, tier and chain it counts under.
 * Lives for one import and remembers what it looked up.
 */
final class SaleContexts {

    /** A fed sale's screening is the other seller's, not one of the catalog. */
    static final long NO_SCREENING = 0;

    private final Catalog catalog;
    private final Map<Long, Optional<Film>> films = new HashMap<>();
    private final Map<Long, Optional<Cinema>> cinemas = new HashMap<>();

    SaleContexts(Catalog catalog) {
        this.catalog = catalog;
    }

    SaleContext of(SaleRow row) {
        Film film = films.computeIfAbsent(row.filmId(), catalog::findFilm)
                .orElseThrow(() -> new BadRow("unknown film: " + row.filmId()));
        Cinema cinema = cinemas.computeIfAbsent(row.cinemaId(), catalog::findCinema)
                .orElseThrow(() -> new BadRow("unknown cinema: " + row.cinemaId()));
        LocalDate day = row.screeningStartsAt().atZone(cinema.timeZone()).toLocalDate();
        FilmRelease release = film.releases().stream()
                .filter(r -> !r.releaseDate().isAfter(day))
                .max(Comparator.comparing(FilmRelease::releaseDate))
                .orElseThrow(() -> new BadRow("film " + film.id() + " has no release on or before " + day));
        return new SaleContext(film.id(), release.id(), release.releaseDate(), NO_SCREENING, row.screeningStartsAt(),
                cinema.id(), cinema.chain(), cinema.city(), cinema.province(), cinema.cityTier(), cinema.timeZone());
    }
}
