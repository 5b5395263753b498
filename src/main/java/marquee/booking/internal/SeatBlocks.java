package marquee.booking.internal;

import java.time.Clock;
import java.util.List;
import marquee.shared.Conflict;
import marquee.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A cinema takes seats of a screening out of sale (a broken seat, a camera) and puts them back. */
@Service
class SeatBlocks {

    private final ScreeningFacts facts;
    private final SeatRows seats;
    private final Clock clock;

    SeatBlocks(ScreeningFacts facts, SeatRows seats, Clock clock) {
        this.facts = facts;
        this.seats = seats;
        this.clock = clock;
    }

    /** The cinema of the screening, for the caller's ownership check. */
    long cinemaOf(long screeningId) {
        return facts.of(screeningId).cinema().id();
    }

    /** Blocks a free seat; a held or sold one is refused (409). */
    @Transactional
    void block(long screeningId, long seatId) {
        ScreeningFacts.Facts screening = seatOf(screeningId, seatId);
        if (facts.cancelled(screeningId)) {
            throw new Conflict("screening " + screeningId + " was cancelled; its seats are closed");
        }
        seats.ensure(screeningId, screening.seatIds());
        if (seats.block(screeningId, List.of(seatId), clock.instant()) != 1) {
            throw new Conflict("seat " + seatId + " is held, sold or blocked already");
        }
    }

    @Transactional
    void unblock(long screeningId, long seatId) {
        seatOf(screeningId, seatId);
        if (facts.cancelled(screeningId)) {
            throw new Conflict("screening " + screeningId + " was cancelled; its seats stay closed");
        }
        seats.unblock(screeningId, List.of(seatId));
    }

    private ScreeningFacts.Facts seatOf(long screeningId, long seatId) {
        ScreeningFacts.Facts screening = facts.of(screeningId);
        if (!screening.seatsById().containsKey(seatId)) {
            throw new InvalidInput("seatId", "is not a seat of screening " + screeningId);
        }
        return screening;
    }
}
