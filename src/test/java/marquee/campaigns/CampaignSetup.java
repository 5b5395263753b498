package marquee.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import marquee.testing.Http;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Campaigns for tests, set up through the API as their distributor's admin; the rows other parts of the module fill
 * (platform engagement, targeted offers with their members and purchases) written straight into their tables.
 */
public record CampaignSetup(Http admin, JdbcClient jdbc) {

    /** A campaign for the film from ten days ago to ten days ahead, in two phases: before today, and from today. */
    public long campaign(long filmId, LocalDate today, long budgetMinor) {
        Http.Answer created = admin.post("/api/campaigns", Http.json(Map.of(
                "filmId", filmId, "name", "Results campaign " + System.nanoTime(), "objective", "measure it",
                "budgetMinor", budgetMinor, "startsOn", today.minusDays(10).toString(), "endsOn", today.plusDays(10).toString(),
                "phases", List.of(
                        Map.of("name", "Warm-up", "startsOn", today.minusDays(10).toString(),
                                "endsOn", today.minusDays(1).toString(), "budgetMinor", budgetMinor / 4),
                        Map.of("name", "Release", "startsOn", today.toString(), "endsOn", today.plusDays(10).toString(),
                                "budgetMinor", budgetMinor / 2)))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** A channel added through the API: its JSON (id, linkToken...). */
    public JsonNode channel(long campaignId, String kind, String name, long costMinor) {
        Http.Answer added = admin.post("/api/campaigns/" + campaignId + "/channels", Http.json(Map.of(
                "kind", kind, "name", name, "platform", "Douyin", "creator", "A creator", "costMinor", costMinor)));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json();
    }

    public void engagement(long channelId, LocalDate day, long views, long likes, long comments, long shares, long spendMinor) {
        jdbc.sql("""
                        insert into campaign_engagement (channel_id, engaged_on, views, likes, comments, shares, spend_minor, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(channelId, day, views, likes, comments, shares, spendMinor, OffsetDateTime.now(ZoneOffset.UTC)).update();
    }

    /** A targeted offer channel with its offer row (members and purchases added by {@link #member} and {@link #purchase}). */
    public long offer(long campaignId, String name, long costMinor) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String token = Long.toString(Math.abs(System.nanoTime()), 32).toUpperCase().replaceAll("[^A-Z2-9]", "Z");
        jdbc.sql("""
                        insert into campaign_channel (campaign_id, kind, name, cost_minor, link_token, created_at)
                        values (?, 'OFFER', ?, ?, ?, ?)""")
                .params(campaignId, name, costMinor, token.substring(Math.max(0, token.length() - 8)), now).update();
        long channelId = jdbc.sql("select max(id) from campaign_channel where campaign_id = ?").param(campaignId)
                .query(Long.class).single();
        jdbc.sql("""
                        insert into campaign_offer (channel_id, campaign_id, segment, holdout_share, seed, coupon_code, eligible,
                                                    contacted, held_out, starts_at, created_at)
                        values (?, ?, 'tag:drama', 0.1, 42, ?, 0, 0, 0, ?, ?)""")
                .params(channelId, campaignId, "OFFER" + channelId, now, now).update();
        return channelId;
    }

    /**
     * An offer whose purchase rate lifts by 15 points: 180 contacted moviegoers of whom a quarter buy, 20 held out of
     * whom a tenth buy (accounts from {@code firstAccount}, one 4,000 fen ticket each).
     */
    public long offerLiftingFifteenPoints(long campaignId, String name, long firstAccount, String salePrefix) {
        long offer = offer(campaignId, name, 5_000);
        for (int i = 0; i < 200; i++) {
            member(offer, firstAccount + i, i >= 180);
            if (i < 180 ? i % 4 == 0 : i % 10 == 0) {
                purchase(offer, firstAccount + i, salePrefix + firstAccount + i, 1, 4_000);
            }
        }
        return offer;
    }

    public void member(long channelId, long accountId, boolean heldOut) {
        jdbc.sql("insert into campaign_offer_member (channel_id, account_id, held_out) values (?, ?, ?)")
                .params(channelId, accountId, heldOut).update();
    }

    public void purchase(long channelId, long accountId, String saleId, int seats, long amountMinor) {
        jdbc.sql("""
                        insert into campaign_offer_purchase (sale_id, channel_id, account_id, seats, amount_minor, sold_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(saleId, channelId, accountId, seats, amountMinor, Instant.now().atOffset(ZoneOffset.UTC)).update();
    }

    public void refund(long channelId, long accountId, String saleId, int seats, long amountMinor) {
        jdbc.sql("""
                        insert into campaign_offer_refund (refund_id, sale_id, channel_id, account_id, seats, amount_minor)
                        values (?, ?, ?, ?, ?, ?)""")
                .params("r-" + saleId, saleId, channelId, accountId, seats, amountMinor).update();
    }
}
