package marquee.campaigns.internal;

import static marquee.campaigns.internal.CampaignRows.utc;

import java.time.Instant;
import java.util.Optional;
import marquee.booking.Attribution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where buyers came from: tracking links and their visits, campaign codes, and the checkouts that followed. */
@Repository
class Touches {

    /** What a tracking link points at. */
    record Link(long campaignId, long channelId, Long partnerId, long filmId) {

        Attribution attribution() {
            return new Attribution(campaignId, channelId, partnerId);
        }
    }

    private final JdbcClient jdbc;

    Touches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Link> link(String token) {
        Optional<Link> channel = jdbc.sql("""
                        select h.campaign_id, h.id, c.film_id from campaign_channel h join campaign c on c.id = h.campaign_id
                        where h.link_token = ?""")
                .param(token).query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2), null, rs.getLong(3))).optional();
        if (channel.isPresent()) {
            return channel;
        }
        return jdbc.sql("""
                        select h.campaign_id, h.id, p.id, c.film_id
                        from campaign_partner p join campaign_channel h on h.id = p.channel_id join campaign c on c.id = h.campaign_id
                        where p.link_token = ?""")
                .param(token).query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).optional();
    }

    void visit(Link link, String visitor, Long accountId, Instant at) {
        jdbc.sql("""
                        insert into campaign_visit (campaign_id, channel_id, partner_id, visitor, account_id, visited_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(link.campaignId(), link.channelId(), link.partnerId(), visitor, accountId, utc(at)).update();
    }

    /** The last visit of the account or the browser since {@code since}: last touch wins. */
    Optional<Attribution> lastVisit(long accountId, String visitor, Instant since) {
        Optional<Visit> byAccount = jdbc.sql("""
                        select campaign_id, channel_id, partner_id, visited_at from campaign_visit
                        where account_id = ? and visited_at >= ? order by visited_at desc limit 1""")
                .params(accountId, utc(since)).query(Touches::visit).optional();
        Optional<Visit> byBrowser = visitor == null ? Optional.empty() : jdbc.sql("""
                        select campaign_id, channel_id, partner_id, visited_at from campaign_visit
                        where visitor = ? and visited_at >= ? order by visited_at desc limit 1""")
                .params(visitor, utc(since)).query(Touches::visit).optional();
        return byAccount.filter(a -> byBrowser.map(b -> !b.at().isAfter(a.at())).orElse(true)).or(() -> byBrowser)
                .map(Visit::attribution);
    }

    private record Visit(Attribution attribution, Instant at) {}

    private static Visit visit(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Visit(new Attribution(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class)),
                rs.getObject(4, java.time.OffsetDateTime.class).toInstant());
    }

    /** The channel and partner a campaign code attributes to. */
    Optional<Attribution> code(String code) {
        return jdbc.sql("select campaign_id, channel_id, partner_id from campaign_code where code = ?").param(code)
                .query((rs, n) -> new Attribution(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class))).optional();
    }

    /**
     * A hold taken to checkout by a buyer the campaign reached; the same hold tried again after a declined payment
     * counts once. No duplicate-key error is risked: this runs inside booking's transaction, which PostgreSQL would
     * abort. (Two checkouts of one hold never run at once: booking moves the hold to paying first.)
     */
    void checkout(String holdId, Attribution attribution, long buyerId, Instant at) {
        jdbc.sql("""
                        insert into campaign_checkout (hold_id, campaign_id, channel_id, partner_id, buyer_id, started_at)
                        select ?, ?, ?, ?, ?, ? from (values (1)) one
                        where not exists (select 1 from campaign_checkout where hold_id = ?)""")
                .params(holdId, attribution.campaignId(), attribution.channelId(), attribution.partnerId(), buyerId, utc(at), holdId)
                .update();
    }
}
