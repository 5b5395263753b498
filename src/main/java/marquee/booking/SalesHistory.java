package marquee.booking;

import java.util.function.Consumer;

/**
 * Booking's sales history on the platform, told again as the events it published: every sale
 * ({@link TicketsSold}), refund ({@link TicketsRefunded}) and check-in at the door ({@link TicketCheckedIn}),
 * each equal field for field to the one published when it happened, with the same event id. A consumer
 * that keeps its own copy of the sales rebuilds it from here through its ordinary, idempotent handlers.
 */
public interface SalesHistory {

    /**
     * Hands every event to {@code each} in the order they happened, streamed from the store (never all in
     * memory), inside the caller's transaction when there is one. Sales of other sellers' feeds are not
     * booking's and are not in it.
     */
    void replay(Consumer<Object> each);
}
