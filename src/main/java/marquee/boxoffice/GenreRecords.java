package marquee.boxoffice;

import java.time.LocalDate;
import java.util.List;

/**
 * The best opening days of each genre, over the platform's live rollups; {@code covers} says which sales
 * that is. A film counts in every genre it has, with its whole opening day; each release (first,
 * re-release, restored) has an opening day of its own. Genres are ordered by their best opening day.
 */
public record GenreRecords(String covers, String currency, List<Genre> genres) {

    public record Genre(String genre, List<Opening> bestOpeningDays) {}

    /** A release's first day: the film's gross and admissions, market-wide, on its release date. */
    public record Opening(long filmId, String title, long releaseId, String releaseKind, LocalDate releaseDate,
                          long grossMinor, long admissions) {}
}
