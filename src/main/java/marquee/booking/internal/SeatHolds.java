package marquee.booking.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import marquee.booking.HoldRequest;
import marquee.booking.PricedSeat;
import marquee.booking.ScreeningSeat;
import marquee.booking.SeatHold;
import marquee.booking.SeatPlan;
import marquee.booking.ScreeningAdmission;
import marquee.booking.SeatState;
import marquee.shared.Conflict;
import marquee.shared.Sentence;
import marquee.shared.InvalidInput;
import marquee.shared.Money;
import marquee.shared.NotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Seat maps and holds: a buyer takes 1-10 seats of a screening, all or none, for a limited time. */
@Service
class SeatHolds {

    private final ScreeningFacts facts;
    private final SeatRows seats;
    private final SeatClaim claim;
    private final HoldRows holds;
    private final Pricing pricing;
    private final BookingSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ScreeningAdmission admission;

    SeatHolds(ScreeningFacts facts, SeatRows seats, SeatClaim claim, HoldRows holds, Pricing pricing, BookingSettings settings,
              Clock clock, PlatformTransactionManager transactions, ObjectProvider<ScreeningAdmission> admission) {
        this.facts = facts;
        this.seats = seats;
        this.claim = claim;
        this.holds = holds;
        this.pricing = pricing;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        // Without the previews module (a slice of the application), every screening is public.
        this.admission = admission.getIfAvailable(() -> ScreeningAdmission.EVERYONE);
    }

    /** Who may see and hold seats at which screening (invitation-only previews). */
    ScreeningAdmission admission() {
        return admission;
    }

    /** The film a screening shows (from the cached facts: the seat map and holds are the hot path). */
    long filmOf(long screeningId) {
        return facts.of(screeningId).screening().filmId();
    }

    /** Every seat of the screening with its state now and its price. */
    SeatPlan plan(long screeningId) {
        ScreeningFacts.Facts screening = facts.of(screeningId);
        Map<Long, SeatState> states = seats.states(screeningId, clock.instant());
        List<ScreeningSeat> map = screening.hall().seats().stream().map(seat -> new ScreeningSeat(seat.id(), seat.row(),
                seat.number(), seat.gridRow(), seat.gridCol(), seat.type(), states.getOrDefault(seat.id(), SeatState.FREE),
                pricing.price(screening, seat.type()))).toList();
        int free = (int) map.stream().filter(s -> s.state() == SeatState.FREE).count();
        var s = screening.screening();
        return new SeatPlan(s.id(), s.hallId(), s.filmId(), s.cinemaId(), s.startsAt(), screening.hall().hall().gridRows(),
                screening.hall().hall().gridCols(), free, map);
    }

    /** Holds all the seats or none: 409 naming the reason when any is taken. */
    SeatHold hold(long buyerId, HoldRequest request) {
        List<Long> seatIds = request.seatIds().stream().sorted().toList();
        ScreeningFacts.Facts screening = checked(request.screeningId(), seatIds);
        if (!admission.admits(screening.screening().id(), buyerId)) {
            // Checked before any seat is claimed: a refused buyer changes nothing.
            throw new Conflict(Sentence.of("sentence.booking.invitedOnly", String.valueOf(request.screeningId())));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS); // as the database keeps it
        seats.ensure(screening.screening().id(), screening.seatIds());
        HoldRows.Row hold = new HoldRows.Row(UUID.randomUUID().toString(), screening.screening().id(), buyerId, seatIds,
                now, now.plus(settings.holdFor()), false, "ACTIVE");
        try {
            claim(hold, seatIds, now);
        } catch (PessimisticLockingFailureException busy) {
            // A lock wait that timed out or a deadlock between two baskets: the seats were busy, nothing was held.
            throw new Conflict(Sentence.of("sentence.booking.seatsBusy"));
        }
        return view(hold, screening);
    }

    private void claim(HoldRows.Row hold, List<Long> seatIds, Instant now) {
        transaction.executeWithoutResult(status -> {
            int taken = claim.claim(hold.screeningId(), seatIds, hold.id(), hold.expiresAt(), now);
            if (taken != seatIds.size()) {
                status.setRollbackOnly();
                throw new Conflict(Sentence.of("sentence.booking.seatsTaken"));
            }
            holds.insert(hold);
        });
    }

    /** The buyer's hold; 404 for anyone else's. */
    SeatHold find(long buyerId, String holdId) {
        HoldRows.Row hold = own(buyerId, holdId);
        return view(hold, facts.of(hold.screeningId()));
    }

    /** Extends a live hold once by the configured time. */
    SeatHold extend(long buyerId, String holdId) {
        HoldRows.Row hold = own(buyerId, holdId);
        Instant now = clock.instant();
        Instant until = hold.expiresAt().plus(settings.holdExtension());
        transaction.executeWithoutResult(status -> {
            if (hold.extended()) {
                throw new Conflict(Sentence.of("sentence.booking.extendedAlready", holdId));
            }
            if (!holds.extend(holdId, until, now) || seats.prolong(hold.screeningId(), holdId, until) != hold.seatIds().size()) {
                status.setRollbackOnly();
                throw new Conflict(Sentence.of("sentence.booking.holdGone", holdId));
            }
        });
        return find(buyerId, holdId);
    }

    /** Gives the seats of a live hold back; releasing a hold twice changes nothing. */
    void release(long buyerId, String holdId) {
        HoldRows.Row hold = own(buyerId, holdId);
        transaction.executeWithoutResult(status -> {
            if (holds.move(holdId, "ACTIVE", "RELEASED", null)) {
                seats.release(hold.screeningId(), holdId);
            }
        });
    }

    HoldRows.Row own(long buyerId, String holdId) {
        return holds.find(holdId).filter(h -> h.buyerId() == buyerId).orElseThrow(() -> new NotFound("hold", holdId));
    }

    SeatHold view(HoldRows.Row hold, ScreeningFacts.Facts screening) {
        List<PricedSeat> priced = priced(screening, hold.seatIds());
        Money total = priced.stream().map(PricedSeat::price).reduce(Money::plus).orElseThrow();
        return new SeatHold(hold.id(), hold.screeningId(), hold.buyerId(), priced, total, hold.expiresAt(), hold.extended(),
                hold.status().equals("ACTIVE") && !hold.expiresAt().isAfter(clock.instant()) ? "EXPIRED" : hold.status());
    }

    List<PricedSeat> priced(ScreeningFacts.Facts screening, List<Long> seatIds) {
        return seatIds.stream().map(id -> pricing.priced(screening, screening.seatsById().get(id))).toList();
    }

    private ScreeningFacts.Facts checked(long screeningId, List<Long> seatIds) {
        if (seatIds.isEmpty() || seatIds.size() > settings.maxSeatsPerHold()) {
            throw new InvalidInput("seatIds", "must name 1 to " + settings.maxSeatsPerHold() + " seats");
        }
        if (new HashSet<>(seatIds).size() != seatIds.size()) {
            throw new InvalidInput("seatIds", "names a seat more than once");
        }
        ScreeningFacts.Facts screening = facts.of(screeningId);
        if (facts.cancelled(screeningId)) {
            throw new Conflict(Sentence.of("sentence.booking.screeningCancelled", String.valueOf(screeningId)));
        }
        if (screening.hasStarted(clock.instant())) {
            throw new Conflict(Sentence.of("sentence.booking.screeningStarted", String.valueOf(screeningId)));
        }
        List<Long> foreign = seatIds.stream().filter(id -> !screening.seatsById().containsKey(id)).toList();
        if (!foreign.isEmpty()) {
            throw new InvalidInput("seatIds", "seats " + foreign + " are not seats of screening " + screeningId);
        }
        return screening;
    }
}
