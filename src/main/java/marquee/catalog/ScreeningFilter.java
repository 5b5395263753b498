package marquee.catalog;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which screenings to list; null fields mean "any". {@code date} is the cinema's local calendar day;
 * {@code from} keeps only screenings that start at or after that moment (what is still to come).
 */
public record ScreeningFilter(Long filmId, Long cinemaId, String city, LocalDate date, Instant from) {

    public ScreeningFilter(Long filmId, Long cinemaId, String city, LocalDate date) {
        this(filmId, cinemaId, city, date, null);
    }
}
