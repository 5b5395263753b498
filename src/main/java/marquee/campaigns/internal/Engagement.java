package marquee.campaigns.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import marquee.campaigns.CampaignEngagement;
import marquee.campaigns.EngagementDay;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The engagement figures as stored (campaign_engagement: one row per channel and day). Writes are an update, then an
 * insert for the days not there yet: plain SQL that H2 and PostgreSQL read alike (their MERGE dialects differ).
 */
@Repository
class Engagement {

    /** A channel as an engagement file may name it: by id or by its post's address. */
    record ChannelRef(long id, long campaignId, String postUrl) {}

    /** A channel's day. */
    record Key(long channelId, LocalDate day) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Engagement(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A campaign's engagement per channel and day, ordered by channel then day, with its totals. */
    CampaignEngagement ofCampaign(long campaignId) {
        List<EngagementDay> days = jdbc.sql("""
                        select e.* from campaign_engagement e join campaign_channel c on c.id = e.channel_id
                        where c.campaign_id = ? order by e.channel_id, e.engaged_on""")
                .param(campaignId).query(Engagement::day).list();
        return new CampaignEngagement(campaignId, days);
    }

    boolean campaignExists(long campaignId) {
        return jdbc.sql("select count(*) from campaign where id = ?").param(campaignId).query(Long.class).single() > 0;
    }

    /** The channels a file may name: a campaign's, or (null) every campaign's. */
    List<ChannelRef> channels(Long campaignId) {
        String sql = "select id, campaign_id, post_url from campaign_channel";
        var query = campaignId == null ? jdbc.sql(sql) : jdbc.sql(sql + " where campaign_id = ?").param(campaignId);
        return query.query((rs, n) -> new ChannelRef(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("post_url")))
                .list();
    }

    /** The stored days of these channels. */
    Map<Key, EngagementDay> stored(Collection<Long> channelIds) {
        Map<Key, EngagementDay> stored = new HashMap<>();
        for (long channelId : channelIds) {
            jdbc.sql("select * from campaign_engagement where channel_id = ?").param(channelId).query(Engagement::day).list()
                    .forEach(d -> stored.put(new Key(d.channelId(), d.day()), d));
        }
        return stored;
    }

    void update(List<EngagementDay> days, Instant now) {
        batch.batchUpdate("""
                        update campaign_engagement set views = ?, likes = ?, comments = ?, shares = ?, spend_minor = ?, updated_at = ?
                        where channel_id = ? and engaged_on = ?""",
                days, 1000, (ps, d) -> {
                    ps.setLong(1, d.views());
                    ps.setLong(2, d.likes());
                    ps.setLong(3, d.comments());
                    ps.setLong(4, d.shares());
                    ps.setLong(5, d.spendMinor());
                    ps.setObject(6, CampaignRows.utc(now));
                    ps.setLong(7, d.channelId());
                    ps.setObject(8, d.day());
                });
    }

    void insert(List<EngagementDay> days, Instant now) {
        batch.batchUpdate("""
                        insert into campaign_engagement (channel_id, engaged_on, views, likes, comments, shares, spend_minor, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""",
                days, 1000, (ps, d) -> {
                    ps.setLong(1, d.channelId());
                    ps.setObject(2, d.day());
                    ps.setLong(3, d.views());
                    ps.setLong(4, d.likes());
                    ps.setLong(5, d.comments());
                    ps.setLong(6, d.shares());
                    ps.setLong(7, d.spendMinor());
                    ps.setObject(8, CampaignRows.utc(now));
                });
    }

    private static EngagementDay day(ResultSet rs, int n) throws SQLException {
        return new EngagementDay(rs.getLong("channel_id"), rs.getObject("engaged_on", LocalDate.class), rs.getLong("views"),
                rs.getLong("likes"), rs.getLong("comments"), rs.getLong("shares"), rs.getLong("spend_minor"));
    }
}
