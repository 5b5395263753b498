package marquee.booking.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import marquee.booking.Viewings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link Viewings} from the ticket table: paid orders' tickets still VALID or CHECKED_IN, by their screening's start. */
@Component
class TicketViewings implements Viewings {

    private final JdbcClient jdbc;

    TicketViewings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Viewing of(long accountId, long filmId, Instant at) {
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        // A partly refunded order stays PAID; its refunded tickets are REFUNDED and do not count.
        return jdbc.sql("""
                        select min(s.starts_at) from ticket t
                        join booking_order o on o.id = t.order_id
                        join screening s on s.id = t.screening_id
                        where o.buyer_id = ? and s.film_id = ? and o.status = 'PAID' and t.status in ('VALID', 'CHECKED_IN')""")
                .params(accountId, filmId)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))).single()
                .map(first -> first.isAfter(now) ? Viewing.NOT_YET_STARTED : Viewing.SAW_IT)
                .orElse(Viewing.NO_TICKET);
    }
}
