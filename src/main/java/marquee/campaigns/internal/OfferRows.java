package marquee.campaigns.internal;

import static marquee.campaigns.internal.CampaignRows.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Targeted offers as stored: the offer, its members with their arm, and the members' purchases of the film. */
@Repository
class OfferRows {

    /** An offer's own row. */
    record Offer(long channelId, long campaignId, String name, String segment, double holdoutShare, long seed,
                 String couponCode, int eligible, int contacted, int heldOut, long costMinor, Instant startsAt) {}

    /** An offer a moviegoer was contacted with, as their "My offers" page shows it. */
    record Contacted(long channelId, long filmId, String couponCode, Instant startsAt) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    OfferRows(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insert(Offer o, Map<Long, Boolean> heldOutByMember, Instant now) {
        jdbc.sql("""
                        insert into campaign_offer (channel_id, campaign_id, segment, holdout_share, seed, coupon_code, eligible,
                                                    contacted, held_out, starts_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(o.channelId(), o.campaignId(), o.segment(), o.holdoutShare(), o.seed(), o.couponCode(), o.eligible(),
                        o.contacted(), o.heldOut(), utc(o.startsAt()), utc(now))
                .update();
        batch.batchUpdate("insert into campaign_offer_member (channel_id, account_id, held_out) values (?, ?, ?)",
                List.copyOf(heldOutByMember.entrySet()), 1_000, (ps, member) -> {
                    ps.setLong(1, o.channelId());
                    ps.setLong(2, member.getKey());
                    ps.setBoolean(3, member.getValue());
                });
    }

    List<Long> contacted(long channelId) {
        return jdbc.sql("select account_id from campaign_offer_member where channel_id = ? and held_out = false order by account_id")
                .param(channelId).query(Long.class).list();
    }

    List<Offer> ofCampaign(long campaignId) {
        return jdbc.sql("""
                        select o.*, h.name, h.cost_minor from campaign_offer o join campaign_channel h on h.id = o.channel_id
                        where o.campaign_id = ? order by o.channel_id""")
                .param(campaignId).query(OfferRows::offer).list();
    }

    Optional<Offer> find(long channelId) {
        return jdbc.sql("""
                        select o.*, h.name, h.cost_minor from campaign_offer o join campaign_channel h on h.id = o.channel_id
                        where o.channel_id = ?""")
                .param(channelId).query(OfferRows::offer).optional();
    }

    /**
     * The offer of the film whose member the buyer is, started by {@code at} (null: any time): the latest when
     * they are in several. A sale counts for one offer only.
     */
    Optional<Long> offerOf(long filmId, long accountId, Instant at) {
        String sql = """
                select o.channel_id from campaign_offer o
                join campaign c on c.id = o.campaign_id
                join campaign_offer_member m on m.channel_id = o.channel_id
                where c.film_id = ? and m.account_id = ?""" + (at == null ? "" : " and o.starts_at <= ?")
                + " order by o.starts_at desc, o.channel_id desc limit 1";
        var statement = jdbc.sql(sql).param(filmId).param(accountId);
        return (at == null ? statement : statement.param(utc(at))).query(Long.class).optional();
    }

    void purchase(String saleId, long channelId, long accountId, int seats, long amountMinor, Instant soldAt) {
        jdbc.sql("""
                        insert into campaign_offer_purchase (sale_id, channel_id, account_id, seats, amount_minor, sold_at)
                        select ?, ?, ?, ?, ?, ? from (values (1)) one
                        where not exists (select 1 from campaign_offer_purchase where sale_id = ?)""")
                .params(saleId, channelId, accountId, seats, amountMinor, utc(soldAt), saleId).update();
    }

    void refund(String refundId, String saleId, long channelId, long accountId, int seats, long amountMinor) {
        jdbc.sql("""
                        insert into campaign_offer_refund (refund_id, sale_id, channel_id, account_id, seats, amount_minor)
                        select ?, ?, ?, ?, ?, ? from (values (1)) one
                        where not exists (select 1 from campaign_offer_refund where refund_id = ?)""")
                .params(refundId, saleId, channelId, accountId, seats, amountMinor, refundId).update();
    }

    /** The offers a moviegoer was contacted with (never one they were held out of), newest first. */
    List<Contacted> contactedWith(long accountId) {
        return jdbc.sql("""
                        select o.channel_id, c.film_id, o.coupon_code, o.starts_at from campaign_offer_member m
                        join campaign_offer o on o.channel_id = m.channel_id join campaign c on c.id = o.campaign_id
                        where m.account_id = ? and m.held_out = false order by o.starts_at desc, o.channel_id desc""")
                .param(accountId)
                .query((rs, n) -> new Contacted(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    private static Offer offer(ResultSet rs, int n) throws SQLException {
        return new Offer(rs.getLong("channel_id"), rs.getLong("campaign_id"), rs.getString("name"), rs.getString("segment"),
                rs.getDouble("holdout_share"), rs.getLong("seed"), rs.getString("coupon_code"), rs.getInt("eligible"),
                rs.getInt("contacted"), rs.getInt("held_out"), rs.getLong("cost_minor"),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant());
    }
}
