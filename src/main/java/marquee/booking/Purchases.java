package marquee.booking;

import java.util.List;

/**
 * Buying tickets for a moviegoer from inside the application, through the same seat holds, checkout
 * and refunds as the JSON API, without its per-account checkout limit and idempotency keys (they
 * guard requests that cross a network and may be retried). The demo market's simulated sales buy
 * this way.
 */
public interface Purchases {

    /** Every seat of the screening with its state now and its price. */
    SeatPlan seatPlan(long screeningId);

    /** Holds all the seats or none: {@link marquee.shared.Conflict} when any is taken. */
    SeatHold hold(long buyerId, HoldRequest request);

    /** Pays for the buyer's hold: {@link PaymentFailed} when declined, {@link marquee.shared.Conflict} when the hold is gone. */
    Order checkout(long buyerId, CheckoutRequest request);

    /** Gives the seats of the buyer's hold back. */
    void release(long buyerId, String holdId);

    /**
     * Scans a ticket at the door of its cinema, as POST /api/check-ins does: {@link marquee.shared.Conflict} when it
     * was refunded or scanned already, or is for another cinema.
     */
    void checkIn(String ticketCode, long cinemaId);

    /** Refunds tickets of the buyer's order (none named: all), within the cinema's refund window. */
    Order refund(long buyerId, long orderId, List<Long> ticketIds);
}
