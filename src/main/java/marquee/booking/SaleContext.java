package marquee.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Where and what a sale or refund was for: the film and its release, the screening, and the
 * cinema with the city, province, tier and chain it counts under. Carried by every sale event so
 * that consumers need not look anything up.
 */
public record SaleContext(
        long filmId,
        long releaseId,
        LocalDate releaseDate,
        long screeningId,
        Instant screeningStartsAt,
        long cinemaId,
        String chain,
        String city,
        String province,
        int cityTier,
        ZoneId timeZone) {

    /** The box office day: the screening's calendar day in the cinema's own time zone. */
    public LocalDate boxOfficeDay() {
        return screeningStartsAt.atZone(timeZone).toLocalDate();
    }
}
