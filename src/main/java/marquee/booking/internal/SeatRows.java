package marquee.booking.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import marquee.booking.SeatState;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The seats of each screening, one row each. Every change of a seat is one guarded update whose
 * where-clause names the state it expects; the caller compares the count of changed rows with the
 * seats it asked for and rolls back the whole basket when they differ. Nothing is read in Java and
 * then written.
 */
@Repository
class SeatRows {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate ownTransaction;
    private final Set<Long> made = ConcurrentHashMap.newKeySet();

    SeatRows(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Makes the screening's seat rows from its hall's seats, once, in a transaction of its own so
     * that buyers racing for the first seats all see them. Two makers racing: one wins, the other's
     * duplicate key is harmless.
     */
    void ensure(long screeningId, List<Long> seatIds) {
        if (made.contains(screeningId)) {
            return;
        }
        ownTransaction.executeWithoutResult(status -> {
            boolean exists = jdbc.sql("select count(*) from screening_seat where screening_id = ? and seat_id = ?")
                    .params(screeningId, seatIds.getFirst()).query(Long.class).single() > 0;
            if (!exists) {
                try {
                    batch.batchUpdate("insert into screening_seat (screening_id, seat_id, state) values (?, ?, 'FREE')",
                            seatIds, 1_000, (ps, seatId) -> {
                                ps.setLong(1, screeningId);
                                ps.setLong(2, seatId);
                            });
                } catch (DuplicateKeyException raced) {
                    status.setRollbackOnly();
                }
            }
        });
        made.add(screeningId);
    }

    /** The state of every seat of the screening at {@code now}: a hold that has expired counts as free. */
    Map<Long, SeatState> states(long screeningId, Instant now) {
        Map<Long, SeatState> states = new HashMap<>();
        jdbc.sql("select seat_id, state, held_until from screening_seat where screening_id = ?")
                .param(screeningId)
                .query(rs -> {
                    SeatState state = SeatState.valueOf(rs.getString(2));
                    OffsetDateTime until = rs.getObject(3, OffsetDateTime.class);
                    boolean lapsed = state == SeatState.HELD && until != null && !until.toInstant().isAfter(now);
                    states.put(rs.getLong(1), lapsed ? SeatState.FREE : state);
                });
        return states;
    }

    /** Moves a hold's seats on to a later expiry; returns how many it moved. */
    int prolong(long screeningId, String holdId, Instant until) {
        return jdbc.sql("update screening_seat set held_until = ? where screening_id = ? and hold_id = ? and state = 'HELD'")
                .params(utc(until), screeningId, holdId).update();
    }

    /** Frees the seats still held by a hold (a released hold, a declined payment). */
    int release(long screeningId, String holdId) {
        return jdbc.sql("""
                        update screening_seat set state = 'FREE', hold_id = null, held_until = null
                        where screening_id = ? and hold_id = ? and state = 'HELD'""")
                .params(screeningId, holdId).update();
    }

    /** Sells the seats still held by {@code holdId} to the order; fewer than asked means some were lost. */
    int sell(long screeningId, List<Long> seatIds, String holdId, long orderId) {
        return jdbc.sql("""
                        update screening_seat set state = 'SOLD', order_id = :order, held_until = null
                        where screening_id = :screening and seat_id in (:seats) and hold_id = :hold and state = 'HELD'""")
                .param("order", orderId).param("screening", screeningId).param("seats", seatIds).param("hold", holdId)
                .update();
    }

    /** Frees seats the order had sold (a refund). */
    int unsell(long screeningId, List<Long> seatIds, long orderId) {
        return jdbc.sql("""
                        update screening_seat set state = 'FREE', order_id = null, hold_id = null
                        where screening_id = :screening and seat_id in (:seats) and order_id = :order and state = 'SOLD'""")
                .param("screening", screeningId).param("seats", seatIds).param("order", orderId).update();
    }

    /** Blocks free seats (a broken seat, a camera position); returns how many it blocked. */
    int block(long screeningId, List<Long> seatIds, Instant now) {
        return jdbc.sql("""
                        update screening_seat set state = 'BLOCKED', hold_id = null, held_until = null
                        where screening_id = :screening and seat_id in (:seats)
                          and (state = 'FREE' or (state = 'HELD' and held_until <= :now))""")
                .param("screening", screeningId).param("seats", seatIds).param("now", utc(now)).update();
    }

    /** Puts blocked seats back on sale; never a seat of a cancelled screening (its rows carry {@link #CANCELLED}). */
    int unblock(long screeningId, List<Long> seatIds) {
        return jdbc.sql("""
                        update screening_seat set state = 'FREE'
                        where screening_id = :screening and seat_id in (:seats) and state = 'BLOCKED' and hold_id is null""")
                .param("screening", screeningId).param("seats", seatIds).update();
    }

    /**
     * Tidies seats whose hold expired before {@code before}: they are already free to every buyer, this
     * only makes the rows say so. A guarded update, so several nodes may run it at once.
     */
    int tidyExpired(Instant before) {
        return jdbc.sql("""
                        update screening_seat set state = 'FREE', hold_id = null, held_until = null
                        where state = 'HELD' and held_until < ?""").param(utc(before)).update();
    }

    /** What a seat row of a cancelled screening carries in {@code hold_id}: blocked for good, no unblocking frees it. */
    static final String CANCELLED = "CANCELLED";

    /** The counts of a screening's seats a move must not pull the time from under. */
    record Taken(int sold, int held) {}

    /**
     * Locks every seat row of the screening (until the transaction ends: no hold or sale of it meanwhile), frees the
     * seats of holds that lapsed (a checkout still paying for one then fails and refunds, as after any lapse), and
     * counts the seats sold and held by live holds.
     */
    Taken lockForMove(long screeningId, Instant now) {
        jdbc.sql("select seat_id from screening_seat where screening_id = ? order by seat_id for update")
                .param(screeningId).query(Long.class).list();
        jdbc.sql("""
                        update screening_seat set state = 'FREE', hold_id = null, held_until = null
                        where screening_id = ? and state = 'HELD' and held_until <= ?""").params(screeningId, utc(now)).update();
        int[] counts = new int[2];
        jdbc.sql("select state, count(*) from screening_seat where screening_id = ? and state in ('SOLD', 'HELD') group by state")
                .param(screeningId)
                .query(rs -> {
                    counts[rs.getString(1).equals("SOLD") ? 0 : 1] = rs.getInt(2);
                });
        return new Taken(counts[0], counts[1]);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

}
