package marquee.booking;

import java.time.Instant;

/**
 * Who saw a film on Marquee, from booking's own tickets (not from a copy fed by events, so a refund or a
 * screening's start counts the moment it happens). A moviegoer saw a film when they hold a ticket of a paid
 * order, not refunded, for a screening of the film that had started by then; a ticket checked in at the door
 * is such a ticket. The audience module lets only such viewers rate and review.
 */
public interface Viewings {

    /** What the moviegoer's tickets for the film say about having seen it {@code at} a moment. */
    enum Viewing {
        /** A paid ticket, not refunded, for a screening of the film that has started. */
        SAW_IT,
        /** Paid tickets, not refunded, but only for screenings still to come. */
        NOT_YET_STARTED,
        /** No paid ticket for the film, or every one refunded. */
        NO_TICKET
    }

    Viewing of(long accountId, long filmId, Instant at);
}
