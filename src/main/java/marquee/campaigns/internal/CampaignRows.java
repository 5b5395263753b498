package marquee.campaigns.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import marquee.campaigns.Campaign;
import marquee.campaigns.Channel;
import marquee.campaigns.ChannelKind;
import marquee.campaigns.Campaigns.PartnerCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Campaigns, their phases, channels, partners and codes as stored. */
@Repository
class CampaignRows {

    /** A campaign's own row, without its phases and channels. */
    record Row(long id, long ownerTenantId, long filmId, String name, String objective, long budgetMinor, String currency,
               LocalDate startsOn, LocalDate endsOn, Instant createdAt) {}

    private final JdbcClient jdbc;

    CampaignRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Row c) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into campaign (owner_tenant_id, film_id, name, objective, budget_minor, currency, starts_on, ends_on,
                                              created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.ownerTenantId(), c.filmId(), c.name(), c.objective(), c.budgetMinor(), c.currency(), c.startsOn(),
                        c.endsOn(), utc(c.createdAt()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void insertPhases(long campaignId, List<Campaign.Phase> phases) {
        for (int i = 0; i < phases.size(); i++) {
            Campaign.Phase p = phases.get(i);
            jdbc.sql("insert into campaign_phase (campaign_id, position, name, starts_on, ends_on, budget_minor) values (?, ?, ?, ?, ?, ?)")
                    .params(campaignId, i, p.name(), p.startsOn(), p.endsOn(), p.budgetMinor()).update();
        }
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select * from campaign where id = ?").param(id).query(CampaignRows::row).optional();
    }

    /** A tenant's campaigns, newest first; null: every tenant's. */
    List<Row> ofTenant(Long tenantId) {
        return tenantId == null
                ? jdbc.sql("select * from campaign order by created_at desc, id desc").query(CampaignRows::row).list()
                : jdbc.sql("select * from campaign where owner_tenant_id = ? order by created_at desc, id desc").param(tenantId)
                        .query(CampaignRows::row).list();
    }

    List<Campaign.Phase> phases(long campaignId) {
        return jdbc.sql("select * from campaign_phase where campaign_id = ? order by position").param(campaignId)
                .query((rs, n) -> new Campaign.Phase(rs.getString("name"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getLong("budget_minor")))
                .list();
    }

    long insertChannel(long campaignId, ChannelKind kind, String name, String platform, String postUrl, String creator,
                       long costMinor, String linkToken, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into campaign_channel (campaign_id, kind, name, platform, post_url, creator, cost_minor, link_token,
                                                      created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(campaignId, kind.name(), name, platform, postUrl, creator, costMinor, linkToken, utc(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** A campaign's channels with their partners and their own codes. */
    List<Channel> channels(long campaignId) {
        return jdbc.sql("select * from campaign_channel where campaign_id = ? order by id").param(campaignId)
                .query((rs, n) -> channel(rs, List.of(), List.of())).list().stream()
                .map(c -> new Channel(c.id(), c.campaignId(), c.kind(), c.name(), c.platform(), c.postUrl(), c.creator(),
                        c.costMinor(), c.linkToken(), partners(c.id()), channelCodes(c.id())))
                .toList();
    }

    long insertPartner(long channelId, String name, String linkToken, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into campaign_partner (channel_id, name, link_token, created_at) values (?, ?, ?, ?)")
                .params(channelId, name, linkToken, utc(now)).update(key, "id");
        return key.getKey().longValue();
    }

    List<Channel.Partner> partners(long channelId) {
        return jdbc.sql("""
                        select p.id, p.channel_id, p.name, p.link_token,
                               (select count(*) from campaign_code c where c.partner_id = p.id) as codes
                        from campaign_partner p where p.channel_id = ? order by p.id""")
                .param(channelId)
                .query((rs, n) -> new Channel.Partner(rs.getLong("id"), rs.getLong("channel_id"), rs.getString("name"),
                        rs.getString("link_token"), rs.getInt("codes")))
                .list();
    }

    void insertCode(String code, long campaignId, long channelId, Long partnerId) {
        jdbc.sql("insert into campaign_code (code, campaign_id, channel_id, partner_id) values (?, ?, ?, ?)")
                .params(code, campaignId, channelId, partnerId).update();
    }

    private List<String> channelCodes(long channelId) {
        return jdbc.sql("select code from campaign_code where channel_id = ? and partner_id is null order by code")
                .param(channelId).query(String.class).list();
    }

    List<PartnerCode> partnerCodes(long channelId) {
        return jdbc.sql("""
                        select p.name, c.code, p.link_token
                        from campaign_code c join campaign_partner p on p.id = c.partner_id
                        where c.channel_id = ? order by p.id, c.code""")
                .param(channelId)
                .query((rs, n) -> new PartnerCode(rs.getString(1), rs.getString(2), "/go/" + rs.getString(3))).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("owner_tenant_id"), rs.getLong("film_id"), rs.getString("name"),
                rs.getString("objective"), rs.getLong("budget_minor"), rs.getString("currency"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static Channel channel(ResultSet rs, List<Channel.Partner> partners, List<String> codes) throws SQLException {
        return new Channel(rs.getLong("id"), rs.getLong("campaign_id"), ChannelKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("platform"), rs.getString("post_url"), rs.getString("creator"),
                rs.getLong("cost_minor"), rs.getString("link_token"), partners, codes);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
