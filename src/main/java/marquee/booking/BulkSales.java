package marquee.booking;

import java.time.Instant;
import java.util.List;

/**
 * Sells many small orders of one screening in one transaction: the demo market's fast path for a day's sales
 * that happened before the application started, and for the part of a busy minute the real-time checkout
 * leaves over. Each order is real all the same (the seats are sold on the seat map, the order, its tickets and
 * payment are stored, and {@link TicketsSold} is published with the order's time), but it skips the hold's
 * wait, the payment provider, coupons and campaign attribution. Never for real buyers: it asks no one to pay.
 */
public interface BulkSales {

    /** One order: a buyer takes {@code seats} seats side by side at {@code soldAt}. */
    record BulkOrder(long buyerId, int seats, Instant soldAt) {

        public BulkOrder {
            if (seats < 1 || seats > 10) {
                throw new IllegalArgumentException("an order has 1 to 10 seats");
            }
        }
    }

    /**
     * Sells the orders in turn, the best free seats together for each, as long as the screening's sold seats stay
     * at or below {@code upToSoldSeats} (a target for the screening, so a repeated call sells nothing twice); an
     * order that no longer fits ends the call. Answers the tickets sold.
     */
    int sell(long screeningId, List<BulkOrder> orders, int upToSoldSeats);

    /** Seats sold (or being sold) of the screening now. */
    int soldSeats(long screeningId);
}
