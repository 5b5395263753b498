package marquee.booking.internal;

import static marquee.booking.internal.SeatRows.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Holds as stored. Status changes are guarded updates naming the status they expect. */
@Repository
class HoldRows {

    /** A stored hold. */
    record Row(String id, long screeningId, long buyerId, List<Long> seatIds, Instant createdAt, Instant expiresAt,
               boolean extended, String status) {
        boolean isLive(Instant now) {
            return status.equals("ACTIVE") && expiresAt.isAfter(now);
        }
    }

    private final JdbcClient jdbc;

    HoldRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row hold) {
        jdbc.sql("""
                        insert into seat_hold (id, screening_id, buyer_id, seat_ids, created_at, expires_at, extended, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(hold.id(), hold.screeningId(), hold.buyerId(),
                        hold.seatIds().stream().map(String::valueOf).collect(Collectors.joining(",")),
                        utc(hold.createdAt()), utc(hold.expiresAt()), hold.extended(), hold.status())
                .update();
    }

    Optional<Row> find(String id) {
        return jdbc.sql("select * from seat_hold where id = ?").param(id).query((rs, n) -> new Row(
                rs.getString("id"), rs.getLong("screening_id"), rs.getLong("buyer_id"),
                Arrays.stream(rs.getString("seat_ids").split(",")).map(Long::valueOf).toList(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("extended"), rs.getString("status"))).optional();
    }

    /** Moves a hold from one status to another if it is still in the first (and, when live, not expired). */
    boolean move(String id, String from, String to, Instant liveAt) {
        String expiry = liveAt == null ? "" : " and expires_at > :now";
        var statement = jdbc.sql("update seat_hold set status = :to where id = :id and status = :from" + expiry)
                .param("to", to).param("id", id).param("from", from);
        if (liveAt != null) {
            statement = statement.param("now", utc(liveAt));
        }
        return statement.update() == 1;
    }

    /**
     * Marks live holds that expired before {@code before} as expired. A hold being paid for (PAYING) is
     * left to its checkout, which settles it with the payment provider's answer.
     */
    int expire(Instant before) {
        return jdbc.sql("update seat_hold set status = 'EXPIRED' where status = 'ACTIVE' and expires_at < ?")
                .param(utc(before)).update();
    }

    /** Extends a live hold that has not been extended yet. */
    boolean extend(String id, Instant until, Instant now) {
        return jdbc.sql("""
                        update seat_hold set expires_at = ?, extended = true
                        where id = ? and status = 'ACTIVE' and not extended and expires_at > ?""")
                .params(utc(until), id, utc(now)).update() == 1;
    }
}
