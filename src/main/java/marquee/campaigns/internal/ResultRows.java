package marquee.campaigns.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import marquee.campaigns.CampaignResults.Engagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored figures a campaign's results are made of: visits, checkouts, net sales, engagement, offer members. */
@Repository
class ResultRows {

    /** A channel and partner (partner null: the channel's own link or code). */
    record Cell(long channelId, Long partnerId) {}

    record Visits(long visits, long visitors) {}

    /** One attributed sale net of its refunds. */
    record NetSale(Long channelId, Long partnerId, Long buyerId, long seats, long amountMinor) {}

    record DayTakings(LocalDate day, long seats, long amountMinor) {}

    private final JdbcClient jdbc;

    ResultRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Cell, Visits> visitsByCell(long campaignId) {
        Map<Cell, Visits> visits = new HashMap<>();
        jdbc.sql("""
                        select channel_id, partner_id, count(*), count(distinct visitor) from campaign_visit
                        where campaign_id = ? group by channel_id, partner_id""")
                .param(campaignId)
                .query(rs -> {
                    visits.put(new Cell(rs.getLong(1), rs.getObject(2, Long.class)), new Visits(rs.getLong(3), rs.getLong(4)));
                });
        return visits;
    }

    /** Distinct browsers per channel (a browser may have followed several partners' links). */
    Map<Long, Long> visitorsByChannel(long campaignId) {
        Map<Long, Long> visitors = new HashMap<>();
        jdbc.sql("select channel_id, count(distinct visitor) from campaign_visit where campaign_id = ? group by channel_id")
                .param(campaignId).query(rs -> {
                    visitors.put(rs.getLong(1), rs.getLong(2));
                });
        return visitors;
    }

    Visits visits(long campaignId) {
        return jdbc.sql("select count(*), count(distinct visitor) from campaign_visit where campaign_id = ?").param(campaignId)
                .query((rs, n) -> new Visits(rs.getLong(1), rs.getLong(2))).single();
    }

    Map<Cell, Long> checkoutsByCell(long campaignId) {
        Map<Cell, Long> holds = new HashMap<>();
        jdbc.sql("""
                        select channel_id, partner_id, count(*) from campaign_checkout
                        where campaign_id = ? and channel_id is not null group by channel_id, partner_id""")
                .param(campaignId).query(rs -> {
                    holds.put(new Cell(rs.getLong(1), rs.getObject(2, Long.class)), rs.getLong(3));
                });
        return holds;
    }

    long checkouts(long campaignId) {
        return jdbc.sql("select count(*) from campaign_checkout where campaign_id = ?").param(campaignId).query(Long.class).single();
    }

    /** The campaign's sales, each net of the refunds of it stored so far. */
    List<NetSale> netSales(long campaignId) {
        return jdbc.sql("""
                        select s.channel_id, s.partner_id, s.buyer_id, s.seats - coalesce(r.seats, 0), s.amount_minor - coalesce(r.amount, 0)
                        from campaign_sale s
                        left join (select sale_id, sum(seats) as seats, sum(amount_minor) as amount from campaign_refund
                                   where campaign_id = ? group by sale_id) r on r.sale_id = s.sale_id
                        where s.campaign_id = ?""")
                .params(campaignId, campaignId)
                .query((rs, n) -> new NetSale(rs.getObject(1, Long.class), rs.getObject(2, Long.class),
                        rs.getObject(3, Long.class), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /** Tickets and gross sold per day, and (separately) refunded per day. */
    List<DayTakings> soldByDay(long campaignId) {
        return jdbc.sql("select sold_on, sum(seats), sum(amount_minor) from campaign_sale where campaign_id = ? group by sold_on")
                .param(campaignId).query(ResultRows::day).list();
    }

    List<DayTakings> refundedByDay(long campaignId) {
        return jdbc.sql("""
                        select refunded_on, sum(seats), sum(amount_minor) from campaign_refund where campaign_id = ?
                        group by refunded_on""")
                .param(campaignId).query(ResultRows::day).list();
    }

    private static DayTakings day(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new DayTakings(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3));
    }

    Map<Long, Engagement> engagementByChannel(long campaignId) {
        Map<Long, Engagement> engagement = new HashMap<>();
        jdbc.sql("""
                        select e.channel_id, sum(e.views), sum(e.likes), sum(e.comments), sum(e.shares), sum(e.spend_minor)
                        from campaign_engagement e join campaign_channel c on c.id = e.channel_id
                        where c.campaign_id = ? group by e.channel_id""")
                .param(campaignId).query(rs -> {
                    engagement.put(rs.getLong(1), new Engagement(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6)));
                });
        return engagement;
    }

    /**
     * Every member of an offer with their net purchases (none: 0), streamed into the lift. A refund counts once its
     * purchase is stored (a refund may be delivered first, and one of a purchase made before the offer never counts).
     */
    OfferLift offerLift(long channelId) {
        OfferLift lift = new OfferLift();
        jdbc.sql("""
                        select m.held_out, coalesce(p.seats, 0) - coalesce(r.seats, 0), coalesce(p.amount, 0) - coalesce(r.amount, 0)
                        from campaign_offer_member m
                        left join (select account_id, sum(seats) as seats, sum(amount_minor) as amount
                                   from campaign_offer_purchase where channel_id = ? group by account_id) p
                               on p.account_id = m.account_id
                        left join (select f.account_id, sum(f.seats) as seats, sum(f.amount_minor) as amount
                                   from campaign_offer_refund f join campaign_offer_purchase b on b.sale_id = f.sale_id
                                   where f.channel_id = ? group by f.account_id) r
                               on r.account_id = m.account_id
                        where m.channel_id = ?""")
                .params(channelId, channelId, channelId)
                .query(rs -> {
                    lift.add(rs.getBoolean(1), rs.getLong(2), rs.getLong(3));
                });
        return lift;
    }
}
