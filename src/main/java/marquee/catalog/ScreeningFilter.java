package marquee.catalog;

import java.time.LocalDate;

/** Which screenings to list; null fields mean "any". {@code date} is the cinema's local calendar day. */
public record ScreeningFilter(Long filmId, Long cinemaId, String city, LocalDate date) {}
