package marquee.audience;

import static marquee.booking.BookingRequests.coupon;
import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.booking.Buyer;
import marquee.booking.Shows;
import marquee.catalog.Catalog;
import marquee.shared.security.Role;
import marquee.testing.Eventually;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Portraits of a coupon's and a campaign's buyers over HTTP: exactly the buyers who redeemed it, small cells
 * suppressed (three people here), seen by the coupon's owner and by the operator only.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "marquee.audience.minimum-cell=3")
class CouponPortraitTest {

    @LocalServerPort
    int port;
    @Autowired
    Catalog catalog;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;

    AccountFixtures people;
    Http operator;

    @BeforeEach
    void staff() {
        people = new AccountFixtures(accounts, tokens);
        operator = as(people.staff(Role.OPERATOR));
    }

    @Test
    void a_coupons_portrait_counts_exactly_the_buyers_who_redeemed_it_and_only_its_owner_sees_it() {
        AccountFixtures.Person distributor = people.staff(Role.DISTRIBUTOR_ADMIN);
        Http owner = as(distributor);
        Shows.Show show = Shows.in(catalog).showing(aFilm().titled("Coupon film " + System.nanoTime()).ownedBy(distributor.tenantId())).add();
        String code = code("AUTUMN");
        assertThat(owner.post("/api/coupons", coupon(code, "PERCENT", 20, 100, 1, show.filmId(), null)).status()).isEqualTo(201);
        // Four moviegoers of Beijing and a newcomer without a home city redeem it; two others buy without it.
        List<Buyer> redeemers = buyers(people.moviegoers(4));
        AccountFixtures.Person newcomer = people.moviegoer();
        int seat = 0;
        for (Buyer buyer : redeemers) {
            assertThat(buyer.buyWith(code, show.screeningId(), show.seat(seat++)).status()).isEqualTo(201);
        }
        assertThat(Buyer.of(newcomer, port).buyWith(code.toLowerCase(), show.screeningId(), show.seat(seat++), show.seat(seat++)).status()).isEqualTo(201);
        for (Buyer buyer : buyers(people.moviegoers(2))) {
            assertThat(buyer.buy(show.screeningId(), show.seat(seat++)).status()).isEqualTo(201);
        }

        JsonNode portrait = portraitOnceItHas(owner, "coupon=" + code, 5);
        assertThat(portrait.get("tickets").asLong()).isEqualTo(6);
        assertThat(portrait.get("title").asString()).isEqualTo("coupon " + code);
        assertThat(cell(portrait, "city", "Beijing").get("people").asLong()).isEqualTo(4);
        assertThat(cell(portrait, "city", "unknown").get("suppressed").asBoolean()).as("one person: under the minimum cell").isTrue();
        assertThat(cell(portrait, "city", "unknown").get("people").isNull()).isTrue();
        assertThat(owner.get("/api/audience/portraits?coupon=" + code.toLowerCase()).json().get("audience").asLong()).isEqualTo(5);
        assertThat(operator.get("/api/audience/portraits?coupon=" + code).json().get("audience").asLong()).isEqualTo(5);

        Http.Answer rival = as(people.staff(Role.DISTRIBUTOR_ANALYST)).get("/api/audience/portraits?coupon=" + code);
        Http.Answer unknown = owner.get("/api/audience/portraits?coupon=NOSUCH" + code);
        assertThat(rival.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(rival.body()).isEqualTo(unknown.body().replace("NOSUCH" + code, code));
        assertThat(as(people.staff(Role.CINEMA_MANAGER)).get("/api/audience/portraits?coupon=" + code).status()).isEqualTo(404);
    }

    @Test
    void a_campaigns_portrait_counts_the_buyers_of_its_sales_and_only_its_owner_and_the_operator_see_it() {
        AccountFixtures.Person distributor = people.staff(Role.DISTRIBUTOR_ADMIN);
        Shows.Show show = Shows.in(catalog).showing(aFilm().titled("Campaign film " + System.nanoTime()).ownedBy(distributor.tenantId())).add();
        long campaign = as(distributor).post("/api/campaigns", "{\"filmId\": " + show.filmId() + ", \"name\": \"Launch\", \"budgetMinor\": 100}")
                .json().get("id").asLong();
        String code = code("LAUNCH");
        assertThat(operator.post("/api/coupons", coupon(code, "AMOUNT", 500, 100, 1, show.filmId(), null, campaign)).status()).isEqualTo(201);
        int seat = 0;
        for (Buyer buyer : buyers(people.moviegoers(3))) {
            assertThat(buyer.buyWith(code, show.screeningId(), show.seat(seat++)).status()).isEqualTo(201);
        }
        buyers(people.moviegoers(1)).get(0).buy(show.screeningId(), show.seat(seat));

        JsonNode portrait = portraitOnceItHas(operator, "campaign=" + campaign, 3);
        assertThat(portrait.get("tickets").asLong()).isEqualTo(3);
        assertThat(cell(portrait, "city", "Beijing").get("people").asLong()).isEqualTo(3);
        assertThat(as(distributor).get("/api/audience/portraits?campaign=" + campaign).status()).isEqualTo(200);
        assertThat(as(people.staff(Role.DISTRIBUTOR_ADMIN)).get("/api/audience/portraits?campaign=" + campaign).status())
                .as("another distributor's campaign").isEqualTo(404);
    }

    @Test
    void a_portrait_is_of_films_a_coupon_or_a_campaign_one_of_the_three() {
        assertThat(operator.get("/api/audience/portraits").status()).isEqualTo(400);
        assertThat(operator.get("/api/audience/portraits?films=1&coupon=ANY").status()).isEqualTo(400);
        assertThat(operator.get("/api/audience/portraits?coupon=ANY&campaign=1").status()).isEqualTo(400);
    }

    /** The portrait, asked for again until the audience's index has the buyers (it is rebuilt a few seconds after a sale). */
    private static JsonNode portraitOnceItHas(Http http, String query, long buyers) {
        Eventually.until(buyers + " buyers in the portrait of " + query,
                () -> http.get("/api/audience/portraits?" + query).json().get("audience").asLong() == buyers);
        return http.get("/api/audience/portraits?" + query).json();
    }

    private static JsonNode cell(JsonNode portrait, String dimension, String label) {
        for (JsonNode d : portrait.get("dimensions")) {
            if (d.get("name").asString().equals(dimension)) {
                for (JsonNode cell : d.get("cells")) {
                    if (cell.get("label").asString().equals(label)) {
                        return cell;
                    }
                }
            }
        }
        throw new AssertionError("no cell " + label + " of " + dimension + " in " + portrait);
    }

    /** A coupon code no other test has taken. */
    private static String code(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private List<Buyer> buyers(List<AccountFixtures.Person> persons) {
        return persons.stream().map(p -> Buyer.of(p, port)).toList();
    }

    private Http as(AccountFixtures.Person person) {
        return new Http(port).withToken(person.token());
    }
}
