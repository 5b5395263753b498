package marquee.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import marquee.shared.Money;

/**
 * A showing of a film in a hall. Start and end are UTC instants; {@code localStart} is the same
 * moment on the cinema's own clock, the one printed on tickets and used for the box office day.
 */
public record Screening(
        long id,
        long filmId,
        long releaseId,
        long cinemaId,
        long hallId,
        String city,
        ZoneId timeZone,
        Instant startsAt,
        Instant endsAt,
        String format,
        String language,
        Money basePrice) {

    @JsonProperty("localStart")
    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(startsAt, timeZone);
    }
}
