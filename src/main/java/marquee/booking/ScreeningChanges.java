package marquee.booking;

import java.time.Instant;
import marquee.catalog.Screening;

/**
 * A cinema changes its schedule: moves a screening or cancels it. Booking owns these (not the catalog), because a
 * screening's time is what its buyers paid for. Both take the screening's seat rows in the same transaction as the
 * change, so a checkout racing with them either finishes first (and is refused a move, or refunded by the
 * cancellation) or finds the seats closed and refunds its own payment. Callers check that the screening's cinema is
 * the caller's.
 */
public interface ScreeningChanges {

    /**
     * Moves the screening to another start in its hall, only while no seat of it is sold or held by a live hold
     * ({@link marquee.shared.Conflict} otherwise: cancel it instead, which refunds and tells its buyers); also refused
     * when it would overlap another screening, when it has started or was cancelled, or to a start in the past.
     */
    Screening move(long screeningId, Instant startsAt);

    /**
     * Cancels the screening: it is sold no more (holds and checkouts refuse it, its seats are closed), every ticket of
     * it is refunded through booking's refund path (payments, {@link TicketsRefunded} for the box office), and each
     * buyer gets a stored notice ({@link BuyerNotice}). Refused ({@link marquee.shared.Conflict}) once it has started or
     * when it was cancelled already.
     */
    Cancellation cancel(long screeningId, String reason);
}
