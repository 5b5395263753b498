package marquee.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import marquee.shared.Money;

/**
 * A showing of a film in a hall. Start and end are UTC instants; {@code localStart} is the same
 * moment on the cinema's own clock, the one printed on tickets and used for the box office day.
 * {@code cancelledAt} is when its cinema cancelled it (null: it is on); a cancelled screening is sold no more.
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
        Money basePrice,
        Instant cancelledAt) {

    public boolean cancelled() {
        return cancelledAt != null;
    }

    @JsonProperty("localStart")
    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(startsAt, timeZone);
    }
}
