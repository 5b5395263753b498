package marquee.booking.internal;

import java.time.LocalDateTime;
import marquee.catalog.Cinema;
import marquee.catalog.Screening;

/**
 * A screening as a moviegoer picks it: where (the cinema), when on the cinema's own clock, and in which format.
 * {@code presale}: it is before its release's date (a preview included), so its tickets sell as presales.
 */
public record Showtime(Screening screening, Cinema cinema, boolean presale) {

    public LocalDateTime localStart() {
        return screening.localStart();
    }

    /** The format as people read it: "RESTORED_4K" is "RESTORED 4K". */
    public String format() {
        return screening.format().replace('_', ' ');
    }
}
