package marquee.booking.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import marquee.booking.Cancellation;
import marquee.booking.ScreeningChanges;
import marquee.catalog.Catalog;
import marquee.catalog.Screening;
import marquee.shared.Conflict;
import marquee.shared.InvalidInput;
import marquee.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Moves and cancellations of screenings, each one transaction that holds the screening's seat rows, so that no
 * checkout sells a seat of a moved screening at its old time, nor of a cancelled one at all (see {@link SeatClosing}).
 */
@Service
class ScreeningCancellations implements ScreeningChanges {

    private final Catalog catalog;
    private final ScreeningFacts facts;
    private final SeatRows seats;
    private final SeatClosing closing;
    private final OrderRows orders;
    private final Refunds refunds;
    private final BuyerNotices notices;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ScreeningCancellations(Catalog catalog, ScreeningFacts facts, SeatRows seats, SeatClosing closing, OrderRows orders,
                           Refunds refunds, BuyerNotices notices, JdbcClient jdbc,
                           Clock clock, PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.catalog = catalog;
        this.facts = facts;
        this.seats = seats;
        this.closing = closing;
        this.orders = orders;
        this.refunds = refunds;
        this.notices = notices;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Screening move(long screeningId, Instant startsAt) {
        Screening screening = catalog.screening(screeningId);
        Instant now = clock.instant();
        if (!startsAt.isAfter(now)) {
            throw new InvalidInput("startsAt", "must be in the future");
        }
        requireOnAndAhead(screening, now, "moved");
        ScreeningFacts.Facts known = facts.of(screeningId);
        seats.ensure(screeningId, known.seatIds());
        SeatRows.Taken taken = seats.lockForMove(screeningId, now);
        if (taken.sold() > 0) {
            throw new Conflict(taken.sold() + " tickets of screening " + screeningId + " are sold, so its time stays as their"
                    + " buyers paid for it; cancel it instead (its buyers are refunded and told) and schedule a new one");
        }
        if (taken.held() > 0) {
            throw new Conflict(taken.held() + " seats of screening " + screeningId + " are held by buyers paying right now;"
                    + " try again in a few minutes");
        }
        Screening moved = catalog.move(screeningId, startsAt);
        forgetAfterCommit(screeningId);
        return moved;
    }

    /**
     * Two steps, each short. First, in one transaction, the screening is marked cancelled and its seats closed: from its
     * commit no hold or sale can take a seat, and a checkout waiting on the seat rows fails and refunds itself. Then
     * every order sold before is refunded, each in a transaction of its own with its buyer's notice, so no seat row stays
     * locked while the payment provider is called. Should the second step stop half way (a crash), cancelling again
     * finishes it.
     */
    @Override
    public Cancellation cancel(long screeningId, String reason) {
        Screening screening = catalog.screening(screeningId);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 200) {
            throw new InvalidInput("reason", "must be at most 200 characters");
        }
        Instant now = clock.instant();
        boolean first = Boolean.TRUE.equals(transaction.execute(status -> close(screening, why, now)));
        List<Refunds.Refunded> refunded = new ArrayList<>();
        for (OrderRows.Row order : orders.paidOf(screeningId)) {
            transaction.executeWithoutResult(status -> refunds.refundCancelled(order, now).ifPresent(refund -> {
                refunded.add(refund);
                notices.cancelled(refund, screeningId, why, now);
                closing.close(screeningId); // the refund gave its seats back: closed before anyone sees them free
            }));
        }
        if (!first && refunded.isEmpty()) {
            throw new Conflict("screening " + screeningId + " was cancelled already");
        }
        long amount = refunded.stream().mapToLong(Refunds.Refunded::amountMinor).sum();
        return new Cancellation(screeningId, now, why, refunded.size(), refunded.stream().mapToInt(Refunds.Refunded::seats).sum(),
                new Money(amount, screening.basePrice().currency()),
                (int) refunded.stream().mapToLong(Refunds.Refunded::buyerId).distinct().count());
    }

    /** Marks the screening cancelled and closes its seats; false when it was cancelled before (then only refunds are left). */
    private boolean close(Screening screening, String reason, Instant now) {
        if (screening.cancelled()) {
            return false;
        }
        if (!screening.startsAt().isAfter(now)) {
            throw new Conflict("screening " + screening.id() + " has started; it can no longer be cancelled");
        }
        if (!catalog.markCancelled(screening.id(), now, reason)) {
            return false; // cancelled meanwhile by another request
        }
        seats.ensure(screening.id(), facts.of(screening.id()).seatIds());
        closing.close(screening.id());
        // Holds not being paid for end here; one being paid for is refused at its sale and refunds itself.
        jdbc.sql("update seat_hold set status = 'RELEASED' where screening_id = ? and status = 'ACTIVE'").param(screening.id()).update();
        return true;
    }

    private static void requireOnAndAhead(Screening screening, Instant now, String change) {
        if (screening.cancelled()) {
            throw new Conflict("screening " + screening.id() + " was cancelled already; it cannot be " + change);
        }
        if (!screening.startsAt().isAfter(now)) {
            throw new Conflict("screening " + screening.id() + " has started; it can no longer be " + change);
        }
    }

    /** The cached facts hold the old time until the move is committed; forgotten after, nobody re-reads the old one. */
    private void forgetAfterCommit(long screeningId) {
        facts.forget(screeningId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    facts.forget(screeningId);
                }
            });
        }
    }
}
