package marquee.booking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import marquee.booking.SaleContext;
import marquee.booking.SalesHistory;
import marquee.booking.TicketCheckedIn;
import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.Film;
import marquee.catalog.Screening;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sales history read back from orders and tickets. A sale is a paid order (its tickets, refunded or not,
 * are the seats it sold, its paid_at the instant it was sold); a refund is the tickets sharing a refund id;
 * a check-in is a ticket scanned at the door. One query over the three, ordered by time, read a thousand
 * rows at a time (PostgreSQL keeps the rest on its side within the transaction).
 */
@Component
class SalesReplay implements SalesHistory {

    private static final int SALE = 0;
    private static final int REFUND = 1;
    // Refunds and check-ins are read from the tickets and look their order up by its key: driven from the orders,
    // the embedded store walked every order's tickets, three times slower on 200,000 orders.
    private static final String HISTORY = """
            select kind, at, order_id, sale_id, refund_id, ticket_id, screening_id, buyer_id, amount_minor, currency,
                   coupon_code, campaign_id, channel_id, partner_id, seats
            from (select 0 as kind, o.paid_at as at, o.id as order_id, o.sale_id, cast(null as varchar(80)) as refund_id,
                         cast(null as bigint) as ticket_id, o.screening_id, o.buyer_id, o.total_minor as amount_minor,
                         o.currency, o.coupon_code, o.campaign_id, o.channel_id, o.partner_id, count(*) as seats
                  from booking_order o join ticket t on t.order_id = o.id
                  where o.paid_at is not null
                  group by o.id, o.paid_at, o.sale_id, o.screening_id, o.buyer_id, o.total_minor, o.currency, o.coupon_code,
                           o.campaign_id, o.channel_id, o.partner_id
                  union all
                  select 1, r.refunded_at, r.order_id, o.sale_id, r.refund_id, null, r.screening_id, o.buyer_id, r.amount_minor,
                         o.currency, null, o.campaign_id, o.channel_id, o.partner_id, r.seats
                  from (select t.refund_id, t.refunded_at, t.order_id, t.screening_id, sum(t.price_minor) as amount_minor,
                               count(*) as seats
                        from ticket t
                        where t.refund_id is not null
                        group by t.refund_id, t.refunded_at, t.order_id, t.screening_id) r
                  join booking_order o on o.id = r.order_id
                  union all
                  select 2, t.checked_in_at, t.order_id, null, null, t.id, t.screening_id,
                         (select o.buyer_id from booking_order o where o.id = t.order_id), null, null, null, null, null, null,
                         null
                  from ticket t
                  where t.checked_in_at is not null) history
            order by at, kind, order_id, ticket_id""";

    private final JdbcTemplate rows;
    private final Catalog catalog;

    SalesReplay(DataSource dataSource, Catalog catalog) {
        this.rows = new JdbcTemplate(dataSource);
        this.rows.setFetchSize(1_000);
        this.catalog = catalog;
    }

    @Override
    @Transactional(readOnly = true)
    public void replay(Consumer<Object> each) {
        Contexts contexts = new Contexts();
        rows.query(HISTORY, rs -> {
            each.accept(event(rs, contexts.of(rs.getLong("screening_id"))));
        });
    }

    /** The event of one row, built exactly as Checkout, Refunds and CheckIns build it. */
    private static Object event(ResultSet rs, SaleContext context) throws SQLException {
        Instant at = rs.getObject("at", OffsetDateTime.class).toInstant();
        long buyerId = rs.getLong("buyer_id");
        return switch (rs.getInt("kind")) {
            case SALE -> new TicketsSold(rs.getString("sale_id"), context, at, rs.getInt("seats"), rs.getLong("amount_minor"),
                    rs.getString("currency"), "marquee", buyerId, rs.getString("coupon_code"), rs.getObject("campaign_id", Long.class),
                    rs.getObject("channel_id", Long.class), rs.getObject("partner_id", Long.class));
            case REFUND -> new TicketsRefunded(rs.getString("refund_id"), rs.getString("sale_id"), context, at, rs.getInt("seats"),
                    rs.getLong("amount_minor"), rs.getString("currency"), "marquee", buyerId,
                    rs.getObject("campaign_id", Long.class), rs.getObject("channel_id", Long.class),
                    rs.getObject("partner_id", Long.class));
            default -> new TicketCheckedIn(rs.getLong("ticket_id"), rs.getLong("order_id"), buyerId, context.filmId(),
                    context.screeningId(), context.cinemaId(), at);
        };
    }

    /**
     * Sale contexts of the screenings met so far. Not ScreeningFacts' cache: that one keeps every screening's
     * seats, which a history spanning all screenings would fill with seat maps nobody books any more.
     */
    private final class Contexts {
        private final Map<Long, SaleContext> byScreening = new HashMap<>();
        private final Map<Long, Cinema> cinemas = new HashMap<>();
        private final Map<Long, Film> films = new HashMap<>();

        SaleContext of(long screeningId) {
            return byScreening.computeIfAbsent(screeningId, id -> {
                Screening screening = catalog.screening(id);
                return ScreeningFacts.saleContext(screening, cinemas.computeIfAbsent(screening.cinemaId(), catalog::cinema),
                        films.computeIfAbsent(screening.filmId(), catalog::film));
            });
        }
    }
}
