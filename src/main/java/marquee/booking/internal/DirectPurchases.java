package marquee.booking.internal;

import java.util.List;
import marquee.booking.CheckoutRequest;
import marquee.booking.HoldRequest;
import marquee.booking.Order;
import marquee.booking.Purchases;
import marquee.booking.SeatHold;
import marquee.booking.SeatPlan;
import org.springframework.stereotype.Service;

/** {@link Purchases} by the services behind the booking API. */
@Service
class DirectPurchases implements Purchases {

    private final SeatHolds holds;
    private final Checkout checkout;
    private final Refunds refunds;
    private final CheckIns checkIns;

    DirectPurchases(SeatHolds holds, Checkout checkout, Refunds refunds, CheckIns checkIns) {
        this.checkIns = checkIns;
        this.holds = holds;
        this.checkout = checkout;
        this.refunds = refunds;
    }

    @Override
    public void checkIn(String ticketCode, long cinemaId) {
        checkIns.checkIn(ticketCode, cinemaId);
    }

    @Override
    public SeatPlan seatPlan(long screeningId) {
        return holds.plan(screeningId);
    }

    @Override
    public SeatHold hold(long buyerId, HoldRequest request) {
        return holds.hold(buyerId, request);
    }

    @Override
    public Order checkout(long buyerId, CheckoutRequest request) {
        return checkout.checkout(buyerId, request);
    }

    @Override
    public void release(long buyerId, String holdId) {
        holds.release(buyerId, holdId);
    }

    @Override
    public Order refund(long buyerId, long orderId, List<Long> ticketIds) {
        return refunds.refund(buyerId, orderId, ticketIds);
    }
}
