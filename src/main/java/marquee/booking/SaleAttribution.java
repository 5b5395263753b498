package marquee.booking;

import java.time.Instant;

/**
 * Says which campaign an order counts for; implemented by the campaigns module (booking does not depend on it).
 * Called once per checkout, inside the transaction that writes the order as pending, so it must be quick.
 */
public interface SaleAttribution {

    /** The cookie a tracking link gives a browser: a random id, so that a later checkout finds the visit. */
    String VISITOR_COOKIE = "marquee_visitor";

    /**
     * The attribution of the buyer's checkout of {@code holdId} at {@code at}: the campaign's code
     * {@code couponCode} when it is one, else the last tracked visit of the buyer's account or browser
     * ({@code visitor}, may be null) within the window, else {@link Attribution#NONE}.
     */
    Attribution checkout(long buyerId, String visitor, String holdId, String couponCode, Instant at);
}
