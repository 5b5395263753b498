package marquee.booking.internal;

import static marquee.booking.internal.SeatRows.utc;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The seat claim as one guarded update: its where-clause names the states a seat may be taken from, so two
 * buyers racing for a seat cannot both change its row, and nothing is read in Java and then written.
 */
@Repository
class GuardedSeatClaim implements SeatClaim {

    private final JdbcClient jdbc;

    GuardedSeatClaim(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int claim(long screeningId, List<Long> seatIds, String holdId, Instant until, Instant now) {
        return jdbc.sql("""
                        update screening_seat set state = 'HELD', hold_id = :hold, held_until = :until, order_id = null
                        where screening_id = :screening and seat_id in (:seats)
                          and (state = 'FREE' or (state = 'HELD' and held_until <= :now))""")
                .param("hold", holdId).param("until", utc(until)).param("screening", screeningId)
                .param("seats", seatIds).param("now", utc(now))
                .update();
    }
}
