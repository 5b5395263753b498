package marquee.catalog;

import java.time.LocalDate;
import java.util.List;

/** One release of a film in the market: the first one, a re-release, or a restored version. */
public record FilmRelease(long id, long filmId, ReleaseKind kind, LocalDate releaseDate, List<String> formats, String note) {}
