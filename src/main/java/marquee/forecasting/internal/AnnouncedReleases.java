package marquee.forecasting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import marquee.catalog.Catalog;
import marquee.catalog.CreditRole;
import marquee.catalog.Film;
import marquee.catalog.FilmFilter;
import marquee.catalog.FilmRelease;
import marquee.catalog.ReleaseKind;
import marquee.shared.PageRequest;
import marquee.shared.PageOf;
import org.springframework.stereotype.Component;

/**
 * The catalog's announced films with a release date, as rivals on the release calendar and in the date
 * planner next to the history's films: the platform's own market is China's, so they compete there.
 * A film's date is its first release (else its earliest release); unannounced films are never shown.
 */
@Component
public class AnnouncedReleases {

    /** Catalog films carry this prefix in forecasting, so they never clash with a history film's id. */
    public static final String ID_PREFIX = "catalog-";
    /** Enough for any real catalog; the listing is paged so no call reads a whole table. */
    private static final int MAX_PAGES = 50;

    private final Catalog catalog;

    public AnnouncedReleases(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Announced films released (or to be released) from {@code from} to {@code to}. */
    public List<FilmInfo> between(LocalDate from, LocalDate to) {
        List<FilmInfo> films = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            PageOf<Film> listed = catalog.films(FilmFilter.any(), new PageRequest(page, PageRequest.MAX_SIZE));
            for (Film film : listed.items()) {
                LocalDate date = releaseDate(film);
                if (film.announced() && date != null && !date.isBefore(from) && !date.isAfter(to)) {
                    films.add(info(film, date));
                }
            }
            if (page + 1 >= listed.pages()) {
                break;
            }
        }
        return films;
    }

    /** A catalog film's release date: its first release, else its earliest release; null if it has none. */
    public static LocalDate releaseDate(Film film) {
        return film.releases().stream()
                .filter(r -> r.releaseDate() != null)
                .min(Comparator.comparing((FilmRelease r) -> r.kind() != ReleaseKind.FIRST_RELEASE)
                        .thenComparing(FilmRelease::releaseDate))
                .map(FilmRelease::releaseDate).orElse(null);
    }

    private static FilmInfo info(Film film, LocalDate date) {
        List<String> directors = film.credits().stream().filter(c -> c.role() == CreditRole.DIRECTOR)
                .map(c -> c.name()).toList();
        List<String> stars = film.credits().stream().filter(c -> c.role() == CreditRole.CAST).map(c -> c.name())
                .limit(5).toList();
        List<String> formats = film.releases().stream().flatMap(r -> r.formats().stream()).distinct().toList();
        return new FilmInfo(ID_PREFIX + film.id(), film.displayTitle(), date, film.genres(), directors, stars,
                film.runtimeMin(), formats, "", 0);
    }
}
