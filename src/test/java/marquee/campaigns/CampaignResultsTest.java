package marquee.campaigns;

import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.booking.Buyer;
import marquee.booking.Shows;
import marquee.catalog.Catalog;
import marquee.shared.MarketSettings;
import marquee.shared.security.Role;
import marquee.testing.Eventually;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A campaign's results over real HTTP: moviegoers follow its tracking links and buy through the booking API, some
 * refund; the platforms' engagement and a targeted offer's members and purchases are written as their importers
 * would. The funnel, the suppression of small cells, the daily series and the lift are checked by hand.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CampaignResultsTest {

    @LocalServerPort
    int port;
    @Autowired
    Catalog catalog;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MarketSettings market;
    @Autowired
    Clock clock;

    AccountFixtures people;
    AccountFixtures.Person distributor;
    Http admin;
    CampaignSetup setup;
    LocalDate today;

    @BeforeEach
    void aDistributorWithAFilmOnShow() {
        people = new AccountFixtures(accounts, tokens);
        distributor = people.staff(Role.DISTRIBUTOR_ADMIN);
        admin = new Http(port).withToken(distributor.token());
        setup = new CampaignSetup(admin, jdbc);
        today = market.today(clock);
    }

    @Test
    void the_funnel_counts_visits_holds_orders_and_net_tickets_per_channel_with_refunds_taken_back_out() {
        Shows.Show show = Shows.in(catalog).showing(aFilm().titled("Results film " + System.nanoTime())
                .ownedBy(distributor.tenantId())).add();
        long id = setup.campaign(show.filmId(), today, 500_000);
        JsonNode video = setup.channel(id, "SHORT_VIDEO", "Funeral professionals interview", 30_000);
        JsonNode creator = setup.channel(id, "CREATOR", "Climbing creator", 10_000);
        setup.engagement(video.get("id").asLong(), today.minusDays(1), 1000, 100, 10, 5, 2_000);
        setup.engagement(video.get("id").asLong(), today, 500, 50, 5, 1, 1_000);

        // Six moviegoers follow the video's link and buy: one two seats; one refunds all, another one of two seats.
        List<Buyer> viaVideo = buyers(6);
        List<JsonNode> orders = new ArrayList<>();
        int seat = 0;
        for (int i = 0; i < viaVideo.size(); i++) {
            Buyer b = viaVideo.get(i);
            assertThat(b.http().get("/go/" + video.get("linkToken").asString()).status()).isEqualTo(302);
            Http.Answer order = i == 0 ? b.buy(show.screeningId(), show.seat(seat++), show.seat(seat++))
                    : b.buy(show.screeningId(), show.seat(seat++));
            assertThat(order.status()).as(order.body()).isEqualTo(201);
            orders.add(order.json());
        }
        assertThat(new Http(port).get("/go/" + video.get("linkToken").asString()).status()).isEqualTo(302); // a visit, no sale
        assertThat(viaVideo.get(5).refund(orders.get(5).get("id").asLong()).status()).isEqualTo(200);
        assertThat(viaVideo.get(0).refund(orders.get(0).get("id").asLong(),
                orders.get(0).get("tickets").get(1).get("id").asLong()).status()).isEqualTo(200);
        long videoGross = price(orders.get(0), 0) + price(orders.get(1), 0) + price(orders.get(2), 0)
                + price(orders.get(3), 0) + price(orders.get(4), 0);

        // Two follow the creator's link and buy: too few buyers to show.
        List<Buyer> viaCreator = buyers(2);
        long creatorGross = 0;
        for (Buyer b : viaCreator) {
            b.http().get("/go/" + creator.get("linkToken").asString());
            creatorGross += price(b.buy(show.screeningId(), show.seat(seat++)).json(), 0);
        }

        Eventually.until("the sales and refunds to reach the campaign and the box office", () -> {
            JsonNode r = results(id);
            return r.get("totals").get("tickets").asLong() == 7 && r.get("boxOffice").get("agrees").asBoolean();
        });
        JsonNode r = results(id);
        JsonNode v = channel(r, video.get("id").asLong());
        assertThat(v.get("costMinor").asLong()).isEqualTo(33_000);
        assertThat(v.get("engagement").get("views").asLong()).isEqualTo(1500);
        assertThat(v.get("engagement").get("likes").asLong()).isEqualTo(150);
        assertThat(v.get("engagement").get("spendMinor").asLong()).isEqualTo(3_000);
        JsonNode funnel = v.get("funnel");
        assertThat(funnel.get("suppressed").asBoolean()).isFalse();
        assertThat(funnel.get("visits").asLong()).isEqualTo(7);
        assertThat(funnel.get("visitors").asLong()).isEqualTo(7);
        assertThat(funnel.get("holds").asLong()).isEqualTo(6);
        assertThat(funnel.get("orders").asLong()).as("the fully refunded order is no order").isEqualTo(5);
        assertThat(funnel.get("tickets").asLong()).isEqualTo(5);
        assertThat(funnel.get("buyers").asLong()).isEqualTo(5);
        assertThat(funnel.get("grossMinor").asLong()).isEqualTo(videoGross);
        assertThat(funnel.get("costPerTicketMinor").asLong()).isEqualTo(33_000 / 5);

        JsonNode c = channel(r, creator.get("id").asLong()).get("funnel");
        assertThat(c.get("suppressed").asBoolean()).isTrue();
        assertThat(c.get("visits").asLong()).isEqualTo(2);
        assertThat(c.get("tickets").isNull()).isTrue();
        assertThat(c.get("grossMinor").isNull()).isTrue();
        assertThat(c.get("holds").isNull()).isTrue();

        JsonNode totals = r.get("totals");
        assertThat(totals.get("suppressed").asBoolean()).as("the campaign's totals are always shown").isFalse();
        assertThat(totals.get("tickets").asLong()).isEqualTo(7);
        assertThat(totals.get("orders").asLong()).isEqualTo(7);
        assertThat(totals.get("holds").asLong()).isEqualTo(8);
        assertThat(totals.get("visits").asLong()).isEqualTo(9);
        assertThat(totals.get("grossMinor").asLong()).isEqualTo(videoGross + creatorGross);
        assertThat(r.get("spentMinor").asLong()).isEqualTo(30_000 + 10_000 + 3_000);
        assertThat(r.get("boxOffice").get("tickets").asLong()).isEqualTo(7);

        JsonNode day = dayOf(r, today);
        assertThat(day.get("tickets").asLong()).isEqualTo(7);
        assertThat(day.get("grossMinor").asLong()).isEqualTo(videoGross + creatorGross);
        long filmAdmissions = 0;
        for (JsonNode d : r.get("daily")) {
            filmAdmissions += d.get("filmAdmissions").asLong();
        }
        assertThat(filmAdmissions).as("the film's box office over the campaign's days (counted on the screening's day)")
                .isEqualTo(7);
        assertThat(r.get("daily").size()).isEqualTo(21);
        assertThat(r.get("phases").get(0).get("tickets").asLong()).isZero();
        assertThat(r.get("phases").get(1).get("tickets").asLong()).isEqualTo(7);
        assertThat(r.get("phases").get(1).get("budgetMinor").asLong()).isEqualTo(250_000);
    }

    @Test
    void a_targeted_offers_lift_is_the_welch_difference_of_contacted_and_held_out_with_non_buyers_counted_as_zero() {
        long filmId = aFilm().titled("Offer film " + System.nanoTime()).ownedBy(distributor.tenantId()).addTo(catalog).id();
        long id = setup.campaign(filmId, today, 100_000);
        long offer = setup.offer(id, "Family drama fans", 6_000);
        long base = 9_000_000_000L + System.nanoTime() % 1_000_000_000L;
        // 20 contacted: 6 buy one ticket at 40.00, one of them refunds (5 net buyers); 10 held out: 1 buys.
        for (int i = 0; i < 20; i++) {
            setup.member(offer, base + i, false);
            if (i < 6) {
                setup.purchase(offer, base + i, "s" + base + i, 1, 4_000);
            }
        }
        setup.refund(offer, base + 5, "s" + base + 5, 1, 4_000);
        for (int i = 20; i < 30; i++) {
            setup.member(offer, base + i, true);
        }
        setup.purchase(offer, base + 20, "s" + base + 20, 1, 4_000);

        JsonNode lift = results(id).get("offers").get(0);
        assertThat(lift.get("contacted").asLong()).isEqualTo(20);
        assertThat(lift.get("heldOut").asLong()).isEqualTo(10);
        JsonNode rate = lift.get("purchaseRate");
        assertThat(rate.get("contacted").asDouble()).isCloseTo(0.25, within(1e-9));
        assertThat(rate.get("heldOut").asDouble()).isCloseTo(0.10, within(1e-9));
        assertThat(rate.get("absolute").asDouble()).isCloseTo(0.15, within(1e-9));
        assertThat(rate.get("relative").asDouble()).isCloseTo(1.5, within(1e-9));
        // By hand: sample variances p(1-p)n/(n-1), Welch-Satterthwaite degrees of freedom, t quantile.
        double vt = 0.25 * 0.75 * 20 / 19 / 20;
        double vc = 0.10 * 0.90 * 10 / 9 / 10;
        double se = Math.sqrt(vt + vc);
        double df = (vt + vc) * (vt + vc) / (vt * vt / 19 + vc * vc / 9);
        TDistribution t = new TDistribution(df);
        double half = t.inverseCumulativeProbability(0.975) * se;
        assertThat(rate.get("low").asDouble()).isCloseTo(0.15 - half, within(1e-9));
        assertThat(rate.get("high").asDouble()).isCloseTo(0.15 + half, within(1e-9));
        assertThat(rate.get("pValue").asDouble()).isCloseTo(2 * t.cumulativeProbability(-0.15 / se), within(1e-9));
        assertThat(lift.get("grossPerPerson").get("absolute").asDouble()).isCloseTo(4_000 * 0.25 - 4_000 * 0.10, within(1e-6));
        assertThat(lift.get("incrementalTickets").asDouble()).isCloseTo(0.15 * 20, within(1e-9));
        assertThat(lift.get("costPerIncrementalTicketMinor").asLong()).isEqualTo(2_000);

        JsonNode compared = admin.get("/api/campaigns/compare?ids=" + id).json();
        assertThat(compared).hasSize(1);
        assertThat(compared.get(0).get("bestLift").get("name").asString()).isEqualTo("Family drama fans");
        assertThat(compared.get(0).get("spentMinor").asLong()).isEqualTo(6_000);
    }

    @Test
    void another_tenants_campaign_is_not_found_on_the_api_the_comparison_and_the_page() {
        long filmId = aFilm().titled("Private film " + System.nanoTime()).ownedBy(distributor.tenantId()).addTo(catalog).id();
        long id = setup.campaign(filmId, today, 100_000);
        Http other = new Http(port).withToken(people.staff(Role.DISTRIBUTOR_ANALYST).token());

        assertThat(other.get("/api/campaigns/" + id + "/results").status()).isEqualTo(404);
        assertThat(other.get("/api/campaigns/compare?ids=" + id).status()).isEqualTo(404);
        assertThat(other.get("/api/campaigns/compare").json()).isEmpty();
        Http.Answer page = other.get("/campaigns/" + id);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Not found");
        assertThat(other.get("/campaigns").body()).doesNotContain("data-campaign=\"" + id + "\"");

        Http.Answer own = new Http(port).withToken(people.staff(Role.DISTRIBUTOR_ANALYST, distributor.tenantId()).token())
                .get("/campaigns/" + id);
        assertThat(own.status()).as("an analyst of the owner reads it").isEqualTo(200);
        assertThat(own.body()).contains("id=\"funnel-chart\"", "id=\"daily-chart\"", "id=\"channels\"");
        assertThat(admin.get("/campaigns").body()).contains("data-campaign=\"" + id + "\"");
        assertThat(admin.get("/api/campaigns/compare?ids=abc").status()).isEqualTo(400);
        assertThat(new Http(port).withToken(people.moviegoer().token()).get("/api/campaigns/" + id + "/results").status())
                .isEqualTo(403);
    }

    private List<Buyer> buyers(int count) {
        return people.moviegoers(count).stream().map(p -> Buyer.of(p, port)).toList();
    }

    private JsonNode results(long id) {
        Http.Answer answer = admin.get("/api/campaigns/" + id + "/results");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static long price(JsonNode order, int ticket) {
        return order.get("tickets").get(ticket).get("price").get("minor").asLong();
    }

    private static JsonNode channel(JsonNode results, long channelId) {
        for (JsonNode c : results.get("channels")) {
            if (c.get("channelId").asLong() == channelId) {
                return c;
            }
        }
        throw new AssertionError("no channel " + channelId);
    }

    private static JsonNode dayOf(JsonNode results, LocalDate day) {
        for (JsonNode d : results.get("daily")) {
            if (d.get("day").asString().equals(day.toString())) {
                return d;
            }
        }
        throw new AssertionError("no day " + day);
    }
}
