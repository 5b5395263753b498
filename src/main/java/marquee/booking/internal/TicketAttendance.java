package marquee.booking.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import marquee.booking.ScreeningAttendance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link ScreeningAttendance} from the ticket and order tables (a partly refunded order stays PAID; its refunded tickets do not count). */
@Component
@Transactional(readOnly = true)
class TicketAttendance implements ScreeningAttendance {

    private final JdbcClient jdbc;

    TicketAttendance(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Attendee> attendees(long screeningId) {
        return jdbc.sql("""
                        select o.buyer_id, count(*), sum(case when t.status = 'CHECKED_IN' then 1 else 0 end)
                        from ticket t join booking_order o on o.id = t.order_id
                        where t.screening_id = ? and o.status = 'PAID' and t.status in ('VALID', 'CHECKED_IN')
                        group by o.buyer_id order by o.buyer_id""")
                .param(screeningId)
                .query((rs, n) -> new Attendee(rs.getLong(1), rs.getInt(2), rs.getInt(3))).list();
    }

    @Override
    public Set<Long> ticketHolders(long filmId) {
        return new HashSet<>(jdbc.sql("""
                        select distinct o.buyer_id from ticket t
                        join booking_order o on o.id = t.order_id
                        join screening s on s.id = t.screening_id
                        where s.film_id = ? and o.status = 'PAID' and t.status in ('VALID', 'CHECKED_IN')""")
                .param(filmId).query(Long.class).list());
    }
}
