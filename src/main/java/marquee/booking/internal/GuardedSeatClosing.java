package marquee.booking.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Closes a cancelled screening's seats with one guarded update: free, held and blocked seats become blocked with the
 * {@link SeatRows#CANCELLED} mark. A checkout's sale (HELD to SOLD for its own hold) and a new hold's claim (from FREE)
 * then find nothing to take, whether they ran into the closing's row locks or came after it; a sale that committed
 * first is seen by the cancellation, which refunds it.
 */
@Repository
class GuardedSeatClosing implements SeatClosing {

    private final JdbcClient jdbc;

    GuardedSeatClosing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int close(long screeningId) {
        return jdbc.sql("""
                        update screening_seat set state = 'BLOCKED', hold_id = ?, held_until = null, order_id = null
                        where screening_id = ? and state <> 'SOLD'""")
                .params(SeatRows.CANCELLED, screeningId).update();
    }
}
