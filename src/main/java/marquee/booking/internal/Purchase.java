package marquee.booking.internal;

import java.time.LocalDateTime;
import marquee.booking.Order;
import marquee.catalog.Cinema;
import marquee.catalog.Film;

/** An order as "My tickets" shows it: with its film and cinema, and whether it can still be refunded. */
public record Purchase(Order order, Film film, Cinema cinema, boolean refundable) {

    /** When the show starts on the cinema's own clock, as printed on the ticket. */
    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(order.startsAt(), cinema.timeZone());
    }
}
