package marquee.booking.internal;

import static marquee.booking.internal.SeatRows.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import marquee.booking.Coupon;
import marquee.booking.CouponKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Coupons, who may use a restricted one, and every use. */
@Repository
class CouponRows {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CouponRows(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Stores a coupon; false when its code is taken. */
    boolean insert(Coupon c, List<Long> eligibleBuyers, Instant now) {
        try {
            jdbc.sql("""
                            insert into coupon (code, owner_tenant_id, kind, amount, currency, valid_from, valid_until, max_uses,
                                                max_uses_per_buyer, film_ids, cinema_ids, restricted_to_buyers, campaign_id, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(c.code(), c.ownerTenantId(), c.kind().name(), c.amount(), c.currency(), utc(c.validFrom()),
                            utc(c.validUntil()), c.maxUses(), c.maxUsesPerBuyer(), ids(c.filmIds()), ids(c.cinemaIds()),
                            c.restrictedToBuyers(), c.campaignId(), utc(now))
                    .update();
        } catch (DuplicateKeyException taken) {
            return false;
        }
        batch.batchUpdate("insert into coupon_buyer (code, buyer_id) values (?, ?)", eligibleBuyers, 1_000, (ps, id) -> {
            ps.setString(1, c.code());
            ps.setLong(2, id);
        });
        return true;
    }

    Optional<Coupon> find(String code) {
        return jdbc.sql("select * from coupon where code = ?").param(code).query(CouponRows::coupon).optional();
    }

    List<Coupon> ofTenant(Long tenantId) {
        return tenantId == null
                ? jdbc.sql("select * from coupon order by created_at desc").query(CouponRows::coupon).list()
                : jdbc.sql("select * from coupon where owner_tenant_id = ? order by created_at desc").param(tenantId)
                        .query(CouponRows::coupon).list();
    }

    /** What the orders paid with a coupon brought in, by code. */
    record Sold(long admissions, long grossMinor, String currency) {
        static final Sold NONE = new Sold(0, 0, null);
    }

    /** Admissions still valid and gross (captured less refunded) of the orders paid with each of the codes. */
    java.util.Map<String, Sold> takings(List<String> codes) {
        java.util.Map<String, Sold> result = new java.util.HashMap<>();
        if (codes.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select o.coupon_code, max(p.currency) as currency,
                               sum(case when p.kind = 'CAPTURE' then p.amount_minor else -p.amount_minor end) as gross
                        from booking_order o join payment p on p.order_id = o.id
                        where o.coupon_code in (:codes) group by o.coupon_code""")
                .param("codes", codes)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs ->
                        result.put(rs.getString("coupon_code"), new Sold(0, rs.getLong("gross"), rs.getString("currency"))));
        jdbc.sql("""
                        select o.coupon_code, count(*) as admissions from ticket t join booking_order o on o.id = t.order_id
                        where o.coupon_code in (:codes) and t.status <> 'REFUNDED' group by o.coupon_code""")
                .param("codes", codes)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs ->
                        result.merge(rs.getString("coupon_code"), new Sold(rs.getLong("admissions"), 0, null),
                                (a, b) -> new Sold(b.admissions(), a.grossMinor(), a.currency())));
        return result;
    }

    boolean mayUse(String code, long buyerId) {
        return jdbc.sql("select count(*) from coupon_buyer where code = ? and buyer_id = ?").params(code, buyerId)
                .query(Long.class).single() > 0;
    }

    /**
     * Takes one use of the coupon if any is left and it is valid now. The update locks the coupon's
     * row until the transaction ends, so racing buyers count uses one after another.
     */
    boolean takeUse(String code, Instant now) {
        return jdbc.sql("""
                        update coupon set uses = uses + 1
                        where code = ? and uses < max_uses and valid_from <= ? and valid_until > ?""")
                .params(code, utc(now), utc(now)).update() == 1;
    }

    int usesBy(String code, long buyerId) {
        return jdbc.sql("select count(*) from coupon_use where code = ? and buyer_id = ?").params(code, buyerId)
                .query(Integer.class).single();
    }

    void recordUse(String code, long orderId, long buyerId) {
        jdbc.sql("insert into coupon_use (code, order_id, buyer_id) values (?, ?, ?)").params(code, orderId, buyerId).update();
    }

    /** Gives back the use an order took (its payment was declined). */
    void giveBack(String code, long orderId) {
        if (jdbc.sql("delete from coupon_use where code = ? and order_id = ?").params(code, orderId).update() == 1) {
            jdbc.sql("update coupon set uses = uses - 1 where code = ? and uses > 0").param(code).update();
        }
    }

    private static String ids(List<Long> ids) {
        return ids == null ? "" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> parse(String ids) {
        return ids == null || ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }

    private static Coupon coupon(ResultSet rs, int n) throws SQLException {
        return new Coupon(rs.getString("code"), rs.getObject("owner_tenant_id", Long.class),
                CouponKind.valueOf(rs.getString("kind")), rs.getLong("amount"), rs.getString("currency"),
                rs.getObject("valid_from", OffsetDateTime.class).toInstant(),
                rs.getObject("valid_until", OffsetDateTime.class).toInstant(), rs.getInt("max_uses"),
                rs.getInt("max_uses_per_buyer"), rs.getInt("uses"), parse(rs.getString("film_ids")),
                parse(rs.getString("cinema_ids")), rs.getBoolean("restricted_to_buyers"),
                rs.getObject("campaign_id", Long.class));
    }
}
