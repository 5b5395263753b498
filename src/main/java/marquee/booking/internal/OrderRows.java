package marquee.booking.internal;

import static marquee.booking.internal.SeatRows.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import marquee.booking.Attribution;
import marquee.booking.OrderStatus;
import marquee.booking.TicketStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Orders, their tickets and their payments as stored. */
@Repository
class OrderRows {

    record Row(long id, long buyerId, long screeningId, String holdId, String saleId, OrderStatus status,
               long totalMinor, String currency, String couponCode, Attribution attribution, Instant createdAt, Instant paidAt) {}

    record TicketRow(long id, long orderId, long screeningId, long seatId, String code, long priceMinor,
                     TicketStatus status, Instant checkedInAt) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    OrderRows(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    long insert(Row order) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into booking_order (buyer_id, screening_id, hold_id, sale_id, status, total_minor, currency,
                                                   coupon_code, campaign_id, channel_id, partner_id, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(order.buyerId(), order.screeningId(), order.holdId(), order.saleId(), order.status().name(),
                        order.totalMinor(), order.currency(), order.couponCode(), order.attribution().campaignId(),
                        order.attribution().channelId(), order.attribution().partnerId(), utc(order.createdAt()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select * from booking_order where id = ?").param(id).query(OrderRows::order).optional();
    }

    /** The screening's paid orders (some of their tickets may be refunded already). */
    List<Row> paidOf(long screeningId) {
        return jdbc.sql("select * from booking_order where screening_id = ? and status = 'PAID' order by id")
                .param(screeningId).query(OrderRows::order).list();
    }

    Optional<Row> findByHold(String holdId) {
        return jdbc.sql("select * from booking_order where hold_id = ?").param(holdId).query(OrderRows::order).optional();
    }

    List<Row> ofBuyer(long buyerId, int limit) {
        return jdbc.sql("select * from booking_order where buyer_id = ? order by created_at desc, id desc limit ?")
                .params(buyerId, limit).query(OrderRows::order).list();
    }

    /** Orders still pending that were begun before {@code before}: checkouts a crash or a failure interrupted. */
    List<Row> pendingSince(Instant before) {
        return jdbc.sql("select * from booking_order where status = 'PENDING' and created_at < ? order by id")
                .param(utc(before)).query(OrderRows::order).list();
    }

    /** Moves an order from one status to another if it is still in the first. */
    boolean move(long id, OrderStatus from, OrderStatus to, Instant paidAt) {
        return jdbc.sql("update booking_order set status = ?, paid_at = coalesce(?, paid_at) where id = ? and status = ?")
                .params(to.name(), paidAt == null ? null : utc(paidAt), id, from.name()).update() == 1;
    }

    void insertTickets(List<TicketRow> tickets) {
        batch.batchUpdate("""
                insert into ticket (order_id, screening_id, seat_id, seat_claim, code, price_minor, status)
                values (?, ?, ?, ?, ?, ?, 'VALID')""", tickets, 100, (ps, t) -> {
            ps.setLong(1, t.orderId());
            ps.setLong(2, t.screeningId());
            ps.setLong(3, t.seatId());
            ps.setLong(4, t.seatId());
            ps.setString(5, t.code());
            ps.setLong(6, t.priceMinor());
        });
    }

    List<TicketRow> tickets(long orderId) {
        return jdbc.sql("select * from ticket where order_id = ? order by id").param(orderId).query(OrderRows::ticket).list();
    }

    Optional<TicketRow> ticketByCode(String code) {
        return jdbc.sql("select * from ticket where code = ?").param(code).query(OrderRows::ticket).optional();
    }

    /**
     * Refunds valid tickets of the order in the refund {@code refundId}: they give up their seat claim. Returns how
     * many it refunded.
     */
    int refundTickets(long orderId, List<Long> ticketIds, String refundId, Instant at) {
        return refundTickets(orderId, ticketIds, refundId, at, false);
    }

    /** The same; {@code usedToo}: tickets already scanned at the door are refunded as well (a cancelled screening). */
    int refundTickets(long orderId, List<Long> ticketIds, String refundId, Instant at, boolean usedToo) {
        return jdbc.sql("""
                        update ticket set status = 'REFUNDED', seat_claim = null, refunded_at = :at, refund_id = :refund
                        where order_id = :order and id in (:ids) and status in ('VALID', :used)""")
                .param("used", usedToo ? "CHECKED_IN" : "VALID")
                .param("at", utc(at)).param("refund", refundId).param("order", orderId).param("ids", ticketIds).update();
    }

    boolean checkIn(long ticketId, Instant at) {
        return jdbc.sql("update ticket set status = 'CHECKED_IN', checked_in_at = ? where id = ? and status = 'VALID'")
                .params(utc(at), ticketId).update() == 1;
    }

    void insertPayment(long orderId, String kind, long amountMinor, String currency, String providerRef, Instant at) {
        jdbc.sql("""
                        insert into payment (order_id, kind, amount_minor, currency, provider_ref, created_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(orderId, kind, amountMinor, currency, providerRef, utc(at)).update();
    }

    int refundedPayments(long orderId) {
        return jdbc.sql("select count(*) from payment where order_id = ? and kind = 'REFUND'").param(orderId)
                .query(Integer.class).single();
    }

    private static Row order(ResultSet rs, int n) throws SQLException {
        OffsetDateTime paid = rs.getObject("paid_at", OffsetDateTime.class);
        return new Row(rs.getLong("id"), rs.getLong("buyer_id"), rs.getLong("screening_id"), rs.getString("hold_id"),
                rs.getString("sale_id"), OrderStatus.valueOf(rs.getString("status")), rs.getLong("total_minor"),
                rs.getString("currency"), rs.getString("coupon_code"), new Attribution(rs.getObject("campaign_id", Long.class),
                        rs.getObject("channel_id", Long.class), rs.getObject("partner_id", Long.class)),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), paid == null ? null : paid.toInstant());
    }

    private static TicketRow ticket(ResultSet rs, int n) throws SQLException {
        OffsetDateTime checkedIn = rs.getObject("checked_in_at", OffsetDateTime.class);
        return new TicketRow(rs.getLong("id"), rs.getLong("order_id"), rs.getLong("screening_id"), rs.getLong("seat_id"),
                rs.getString("code"), rs.getLong("price_minor"), TicketStatus.valueOf(rs.getString("status")),
                checkedIn == null ? null : checkedIn.toInstant());
    }
}
