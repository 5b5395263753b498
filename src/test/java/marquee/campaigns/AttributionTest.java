package marquee.campaigns;

import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.booking.Buyer;
import marquee.booking.Shows;
import marquee.boxoffice.BoxOffice;
import marquee.catalog.Catalog;
import marquee.shared.security.Role;
import marquee.shared.security.TenantKind;
import marquee.testing.Eventually;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Attribution, last touch within the window: an order paid with a campaign's code, or placed after following a
 * channel's tracking link, carries campaign, channel and partner into the sale event, the box office and the
 * campaign's own sales; a refund takes it back out of all of them.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AttributionTest {

    @LocalServerPort
    int port;
    @Autowired
    Catalog catalog;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    BoxOffice boxOffice;
    @Autowired
    JdbcClient jdbc;

    AccountFixtures people;
    AccountFixtures.Person distributor;
    Shows.Show show;
    long campaign;

    @BeforeEach
    void aCampaignForTheDistributorsFilm() {
        people = new AccountFixtures(accounts, tokens);
        distributor = people.staff(Role.DISTRIBUTOR_ADMIN, people.tenant(TenantKind.DISTRIBUTOR).id());
        show = Shows.in(catalog).showing(aFilm().titled("Free Solo " + System.nanoTime()).ownedBy(distributor.tenantId())).add();
        // Running from last week to next month: a code of a campaign that has ended is valid for a moment only.
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        Http.Answer created = staff().post("/api/campaigns", """
                {"filmId": %d, "name": "Climbing gyms", "objective": "Reach climbers", "budgetMinor": 5000000,
                 "startsOn": "%s", "endsOn": "%s"}""".formatted(show.filmId(), today.minusDays(7), today.plusDays(30)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        campaign = created.json().get("id").asLong();
    }

    @Test
    void a_purchase_after_following_a_channels_link_carries_the_campaign_into_the_sale_box_office_and_report() {
        JsonNode video = channel("""
                {"kind": "SHORT_VIDEO", "name": "Honnold on El Cap", "platform": "Douyin",
                 "postUrl": "https://www.douyin.com/video/1", "costMinor": 800000}""");
        Buyer ann = buyer();

        Http.Answer visit = ann.http().get("/go/" + video.get("linkToken").asString());
        assertThat(visit.status()).isEqualTo(302);
        assertThat(visit.header("Location")).endsWith("/tickets/films/" + show.filmId());
        JsonNode order = ann.buy(show.screeningId(), show.seat(0), show.seat(1)).json();

        String saleId = saleOf(order);
        assertThat(jdbc.sql("select campaign_id, channel_id, partner_id from booking_order where sale_id = ?").param(saleId)
                .query((rs, n) -> new Long[] {rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3)}).single())
                .containsExactly(campaign, video.get("id").asLong(), null);
        Eventually.until("the campaign's sale", () -> attributedSeats() == 2);
        assertThat(jdbc.sql("select count(*) from event_publication where listener_id like 'marquee.campaigns.%' and serialized_event like ?")
                .param("%" + saleId + "%").query(Long.class).single()).isEqualTo(1);
        Eventually.until("the box office's count", () -> boxOffice.campaign(campaign).admissions() == 2);
        assertThat(boxOffice.campaign(campaign).grossMinor()).isEqualTo(9000);
        assertThat(jdbc.sql("select count(*) from campaign_checkout where campaign_id = ?").param(campaign).query(Long.class).single())
                .isEqualTo(1);

        assertThat(ann.refund(order.get("id").asLong(), order.get("tickets").get(0).get("id").asLong()).status()).isEqualTo(200);

        Eventually.until("the refund in the campaign's sales", () -> attributedSeats() == 1);
        Eventually.until("the refund in the box office", () -> boxOffice.campaign(campaign).admissions() == 1);
    }

    @Test
    void a_partner_code_attributes_the_order_to_its_partner_and_is_used_once() {
        JsonNode gyms = channel("""
                {"kind": "PARTNERS", "name": "Climbing gyms", "costMinor": 0}""");
        Http.Answer partners = staff().post("/api/campaigns/" + campaign + "/channels/" + gyms.get("id").asLong() + "/partners",
                """
                {"names": ["Rock Hall Beijing", "Boulder Bar Chengdu"], "codesEach": 3, "discountPercent": 20}""");
        assertThat(partners.status()).as(partners.body()).isEqualTo(201);
        assertThat(partners.json().get("partners")).hasSize(2);
        Http.Answer csv = staff().get("/api/campaigns/" + campaign + "/channels/" + gyms.get("id").asLong() + "/codes");
        assertThat(csv.status()).isEqualTo(200);
        String[] lines = csv.body().strip().split("\r?\n");
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).isEqualTo("partner,code,tracking_link");
        String[] first = lines[1].split(",");
        long rockHall = partners.json().get("partners").get(0).get("id").asLong();

        Http.Answer bought = buyer().buyWith(first[1], show.screeningId(), show.seat(3));
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        JsonNode order = bought.json();
        assertThat(order.get("status").asString()).isEqualTo("PAID");
        assertThat(order.get("total").get("minor").asLong()).as("20% off 45.00").isEqualTo(3600);

        assertThat(jdbc.sql("select partner_id from booking_order where sale_id = ?").param(saleOf(order)).query(Long.class).single())
                .isEqualTo(rockHall);
        Eventually.until("the partner's sale", () -> jdbc.sql("select count(*) from campaign_sale where partner_id = ?")
                .param(rockHall).query(Long.class).single() == 1);
        Buyer another = buyer();
        String hold = another.hold(show.screeningId(), show.seat(4)).json().get("id").asString();
        Http.Answer reused = another.checkout(hold, "reuse", """
                {"holdId": "%s", "couponCode": "%s", "paymentMethod": "approve"}""".formatted(hold, first[1]));
        assertThat(reused.status()).as("a partner's code is single-use").isEqualTo(400);
    }

    @Test
    void a_browser_that_followed_a_link_before_signing_in_is_still_attributed_by_its_cookie() {
        JsonNode tieIn = channel("""
                {"kind": "TIE_IN", "name": "Virtual idol cosplay", "costMinor": 100000}""");
        Http.Answer visit = new Http(port).get("/go/" + tieIn.get("linkToken").asString());
        String cookie = visit.header("Set-Cookie").split(";")[0];
        assertThat(cookie).startsWith("marquee_visitor=");
        Buyer bob = buyer();
        Buyer bobInThatBrowser = new Buyer(bob.id(), bob.http().withHeader("Cookie", cookie));

        JsonNode order = bobInThatBrowser.buy(show.screeningId(), show.seat(6)).json();

        assertThat(jdbc.sql("select channel_id from booking_order where sale_id = ?").param(saleOf(order)).query(Long.class).single())
                .isEqualTo(tieIn.get("id").asLong());
    }

    @Test
    void a_visit_older_than_the_window_or_no_visit_at_all_attributes_nothing() {
        JsonNode video = channel("""
                {"kind": "CREATOR", "name": "Climbing creator", "creator": "@crag", "costMinor": 10}""");
        Buyer carol = buyer();
        jdbc.sql("""
                        insert into campaign_visit (campaign_id, channel_id, account_id, visited_at) values (?, ?, ?, ?)""")
                .params(campaign, video.get("id").asLong(), carol.id(), Instant.now().minus(Duration.ofDays(8)).atOffset(ZoneOffset.UTC))
                .update();

        JsonNode late = carol.buy(show.screeningId(), show.seat(7)).json();
        JsonNode unreached = buyer().buy(show.screeningId(), show.seat(8)).json();

        for (JsonNode order : new JsonNode[] {late, unreached}) {
            assertThat(jdbc.sql("select count(*) from booking_order where sale_id = ? and campaign_id is null").param(saleOf(order))
                    .query(Long.class).single()).as("an unattributed order").isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from event_publication where listener_id like 'marquee.campaigns.%' and serialized_event like ?")
                    .param("%" + saleOf(order) + "%").query(Long.class).single())
                    .as("a sale the campaigns do not need is not even delivered to them").isZero();
        }
    }

    @Test
    void another_tenants_campaign_answers_404_and_bad_input_changes_nothing() {
        AccountFixtures.Person rival = people.staff(Role.DISTRIBUTOR_ADMIN, people.tenant(TenantKind.DISTRIBUTOR).id());
        Http asRival = new Http(port).withToken(rival.token());
        Http.Answer mine = staff().get("/api/campaigns/" + campaign);

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("phases")).hasSize(4);
        assertThat(asRival.get("/api/campaigns/" + campaign).status()).isEqualTo(404);
        assertThat(asRival.post("/api/campaigns/" + campaign + "/channels", """
                {"kind": "TIE_IN", "name": "x", "costMinor": 0}""").status()).isEqualTo(404);
        assertThat(asRival.post("/api/campaigns", """
                {"filmId": %d, "name": "Not mine", "budgetMinor": 1}""".formatted(show.filmId())).status()).isEqualTo(404);
        assertThat(asRival.get("/api/campaigns").json()).isEmpty();
        assertThat(new Http(port).get("/api/campaigns/" + campaign).status()).isEqualTo(401);
        assertThat(new Http(port).get("/go/NOSUCHLK").status()).isEqualTo(404);

        long channels = jdbc.sql("select count(*) from campaign_channel").query(Long.class).single();
        assertThat(staff().post("/api/campaigns/" + campaign + "/channels", """
                {"kind": "SHORT_VIDEO", "name": "", "costMinor": -1}""").status()).isEqualTo(400);
        assertThat(staff().post("/api/campaigns/" + campaign + "/channels", """
                {"kind": "SHORT_VIDEO", "name": "x", "postUrl": "not a url", "costMinor": 0}""").status()).isEqualTo(400);
        assertThat(staff().post("/api/campaigns", """
                {"filmId": %d, "name": "Backwards", "budgetMinor": 1, "startsOn": "2031-02-01", "endsOn": "2031-01-01"}"""
                .formatted(show.filmId())).status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from campaign_channel").query(Long.class).single()).isEqualTo(channels);
    }

    private JsonNode channel(String json) {
        Http.Answer channel = staff().post("/api/campaigns/" + campaign + "/channels", json);
        assertThat(channel.status()).as(channel.body()).isEqualTo(201);
        return channel.json();
    }

    private Http staff() {
        return new Http(port).withToken(distributor.token());
    }

    private Buyer buyer() {
        return Buyer.of(people.moviegoer(), port);
    }

    private String saleOf(JsonNode order) {
        return jdbc.sql("select sale_id from booking_order where id = ?").param(order.get("id").asLong()).query(String.class).single();
    }

    private long attributedSeats() {
        return jdbc.sql("""
                        select coalesce((select sum(seats) from campaign_sale where campaign_id = ?), 0)
                             - coalesce((select sum(seats) from campaign_refund where campaign_id = ?), 0)""")
                .params(campaign, campaign).query(Long.class).single();
    }
}
