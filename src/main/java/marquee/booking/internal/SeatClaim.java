package marquee.booking.internal;

import java.time.Instant;
import java.util.List;

/**
 * Takes free seats of a screening for a hold. One implementation in production, {@link GuardedSeatClaim};
 * an interface so that the seat race test's control can put an unguarded claim in its place and show the
 * race the guard prevents.
 */
interface SeatClaim {

    /**
     * Holds the seats for {@code holdId} until {@code until} if each is free or held by a hold that expired by
     * {@code now}. Returns how many it took; fewer than asked means the caller must roll back.
     */
    int claim(long screeningId, List<Long> seatIds, String holdId, Instant until, Instant now);
}
