package marquee.previews;

import static marquee.catalog.CatalogFixtures.aFilm;
import static marquee.catalog.CatalogFixtures.aHall;
import static marquee.previews.RequestParties.acceptance;
import static marquee.previews.RequestParties.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import marquee.accounts.AccountFixtures;
import marquee.accounts.AccountFixtures.Person;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.accounts.GeneratedMoviegoer;
import marquee.audience.internal.AudienceData;
import marquee.booking.CheckoutRequest;
import marquee.booking.HoldRequest;
import marquee.booking.Order;
import marquee.booking.Purchases;
import marquee.booking.SeatState;
import marquee.boxoffice.CitySales;
import marquee.catalog.Catalog;
import marquee.catalog.CatalogFixtures;
import marquee.catalog.Cinema;
import marquee.catalog.Film;
import marquee.catalog.Hall;
import marquee.catalog.NewCinema;
import marquee.catalog.Screening;
import marquee.shared.security.Role;
import marquee.testing.Eventually;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The results of a preview on a small market built by construction, in a store of its own: an invitation-only preview
 * in Dali (tier 3, 100 moviegoers, 60 of them pet lovers, the segment invited with half held out); Baoshan, Qujing and
 * Yuxi just like it (tier 3, 100 moviegoers, the same want-to-see before the preview); Kunming just like it too but with
 * a preview of its own (so never a comparison); Lijiang alike in size but far keener beforehand, Shanghai a big tier-1
 * city. Known bookings, check-ins, ratings, want-to-see marks before and after, and later sales per city give the figures.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "marquee.test.market=preview-results")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreviewResultsTest {

    static final List<String> CITIES = List.of("Dali", "Baoshan", "Qujing", "Yuxi", "Kunming", "Lijiang", "Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Catalog catalog;
    @Autowired
    AudienceData audience;
    @Autowired
    Purchases purchases;
    @Autowired
    CitySales citySales;
    @Autowired
    JdbcClient jdbc;

    Person distributor;
    Person manager;
    Film film;
    Map<String, Cinema> cinemas = new HashMap<>();
    Map<String, Hall> halls = new HashMap<>();
    Map<String, List<Long>> people = new HashMap<>();
    List<Long> petLovers;
    long request;
    long sentOnly;
    Screening preview;
    JsonNode invitation;
    List<Long> invited = new ArrayList<>();
    List<Long> heldOut = new ArrayList<>();
    List<Long> previewBuyers;

    @BeforeAll
    void aMarketWithAPreviewInDali() {
        AccountFixtures fixtures = new AccountFixtures(accounts, tokens);
        distributor = fixtures.staff(Role.DISTRIBUTOR_ADMIN);
        manager = fixtures.staff(Role.CINEMA_MANAGER);
        film = aFilm().titled("Results test: the climb").releasedOn(LocalDate.now(RequestParties.CHINA).plusDays(4))
                .ownedBy(distributor.tenantId()).addTo(catalog);
        List<GeneratedMoviegoer> population = new ArrayList<>();
        for (String city : CITIES) {
            boolean big = city.equals("Shanghai");
            Cinema cinema = catalog.addCinema(new NewCinema("Results cinema of " + city, "Results Chain", city, big ? "Shanghai" : "Yunnan",
                    big ? 1 : 3, "Asia/Shanghai", null), manager.tenantId());
            cinemas.put(city, cinema);
            halls.put(city, catalog.addHall(cinema.id(), aHall(10, 10)));
            int count = big ? 300 : 100;
            for (int i = 0; i < count; i++) {
                boolean pets = city.equals("Dali") && i < 60;
                population.add(new GeneratedMoviegoer(city.toLowerCase() + "-" + i + "@results.test", city + " goer " + i, 1990, null, city,
                        pets ? List.of("pets") : List.of(), true, List.of()));
            }
        }
        accounts.addPopulation(population);
        for (String city : CITIES) {
            int count = city.equals("Shanghai") ? 300 : 100;
            people.put(city, IntStream.range(0, count).mapToObj(i -> accounts.accountByEmail(city.toLowerCase() + "-" + i + "@results.test")
                    .orElseThrow().id()).toList());
        }
        petLovers = people.get("Dali").subList(0, 60);
        audience.invalidate();

        // The preview in Dali, invitation-only, three days ahead; another in Kunming; a request in Yuxi never answered.
        request = send("Dali", 3, true);
        preview = catalog.screening(accept(request, "Dali", 3));
        accept(send("Kunming", 3, false), "Kunming", 3);
        sentOnly = send("Yuxi", 4, false);
        Http.Answer made = new Http(port).withToken(distributor.token()).post("/api/screening-requests/" + request + "/invitations",
                "{\"segment\":{\"rule\":\"INTERESTS\",\"interest\":\"pets\"},\"holdoutShare\":0.5}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        invitation = made.json();
        jdbc.sql("select account_id, held_out from screening_invitee where screening_id = ? order by account_id").param(preview.id())
                .query(rs -> {
                    (rs.getBoolean(2) ? heldOut : invited).add(rs.getLong(1));
                });

        // Six invited book the preview, one of them two seats (7 seats); four seats are checked in at the door.
        previewBuyers = invited.subList(0, 6);
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            orders.add(buy(previewBuyers.get(i), preview, i == 0 ? 2 : 1));
        }
        purchases.checkIn(orders.get(0).tickets().get(0).code(), preview.cinemaId());
        purchases.checkIn(orders.get(0).tickets().get(1).code(), preview.cinemaId());
        purchases.checkIn(orders.get(1).tickets().get(0).code(), preview.cinemaId());
        purchases.checkIn(orders.get(2).tickets().get(0).code(), preview.cinemaId());

        // Later sales, five days ahead: Dali 10 tickets (one more invited, two held out, seven others), Baoshan 4, Qujing 2,
        // Yuxi 3, Lijiang 20 (not a matched city), none in Shanghai or Kunming.
        Map<String, Screening> later = new HashMap<>();
        for (String city : List.of("Dali", "Baoshan", "Qujing", "Yuxi", "Lijiang")) {
            later.put(city, catalog.schedule(CatalogFixtures.aScreening(halls.get(city).id(), film.id(), at(5, 19))));
        }
        List<Long> daliLater = new ArrayList<>(List.of(invited.get(6), heldOut.get(0), heldOut.get(1)));
        daliLater.addAll(people.get("Dali").subList(60, 67));
        daliLater.forEach(buyer -> buy(buyer, later.get("Dali"), 1));
        Map<String, Integer> sold = Map.of("Baoshan", 4, "Qujing", 2, "Yuxi", 3, "Lijiang", 20);
        sold.forEach((city, n) -> people.get(city).subList(0, n).forEach(buyer -> buy(buyer, later.get(city), 1)));
        // Every film's tickets those days: another film sells 10 in Dali, 36 in Baoshan, 18 in Qujing, 27 in Yuxi, so the
        // film's share of the city's tickets is 50% in Dali and 10% in each matched city.
        Film other = aFilm().titled("Results test: the other film").running(90).addTo(catalog);
        Map<String, Integer> otherSold = Map.of("Dali", 10, "Baoshan", 36, "Qujing", 18, "Yuxi", 27);
        otherSold.forEach((city, n) -> {
            Screening screening = catalog.schedule(CatalogFixtures.aScreening(halls.get(city).id(), other.id(), at(5, 14)));
            List<Long> all = people.get(city);
            all.subList(20, 20 + n).forEach(buyer -> buy(buyer, screening, 1));
        });
        Eventually.until("the other film's sales reach the box office", () -> citySales.allFilms(LocalDate.now(RequestParties.CHINA),
                LocalDate.now(RequestParties.CHINA).plusDays(10)).stream().mapToLong(CitySales.CityTakings::admissions).sum() == 46 + 91);
        Eventually.until("the sales reach the box office", () -> citySales.byCity(film.id(), LocalDate.now(RequestParties.CHINA),
                LocalDate.now(RequestParties.CHINA).plusDays(10)).stream().mapToLong(CitySales.CityTakings::admissions).sum() == 7 + 10 + 29);

        // Want-to-see: before the preview 5 in each tier-3 city like Dali, 40 in Lijiang, 15 in Shanghai; after it (and
        // before the release) 12 more in Dali, 2, 3 and 4 in Baoshan, Qujing and Yuxi.
        Instant before = Instant.now().minusSeconds(86_400);
        Instant after = preview.startsAt().plusSeconds(3_600);
        Map<String, int[]> marks = Map.of("Dali", new int[] {5, 12}, "Baoshan", new int[] {5, 2}, "Qujing", new int[] {5, 3},
                "Yuxi", new int[] {5, 4}, "Kunming", new int[] {5, 0}, "Lijiang", new int[] {40, 0}, "Shanghai", new int[] {15, 0});
        marks.forEach((city, n) -> {
            List<Long> all = people.get(city);
            List<Long> who = all.subList(all.size() - n[0] - n[1], all.size());
            for (int i = 0; i < who.size(); i++) {
                jdbc.sql("insert into want_to_see (account_id, film_id, marked_at, account_created_at) values (?, ?, ?, ?)")
                        .params(who.get(i), film.id(), (i < n[0] ? before : after).atOffset(ZoneOffset.UTC),
                                before.minusSeconds(86_400 * 30).atOffset(ZoneOffset.UTC)).update();
            }
        });

        // Verified ratings: the preview audience 9, 9, 8, 10, 7, 9 (mean 8.67, five of six 8 or more); nine later viewers
        // elsewhere 6, 7, 5, 8, 6, 7, 6, 5, 7 (mean 6.33); an unverified 1 that must not count.
        int[] previewRatings = {9, 9, 8, 10, 7, 9};
        for (int i = 0; i < 6; i++) {
            rating(previewBuyers.get(i), previewRatings[i], true);
        }
        int[] laterRatings = {6, 7, 5, 8, 6, 7, 6, 5, 7};
        List<Long> laterViewers = new ArrayList<>(people.get("Baoshan").subList(0, 4));
        laterViewers.addAll(people.get("Qujing").subList(0, 2));
        laterViewers.addAll(people.get("Yuxi").subList(0, 3));
        for (int i = 0; i < 9; i++) {
            rating(laterViewers.get(i), laterRatings[i], true);
        }
        rating(people.get("Shanghai").get(0), 1, false);
    }

    @Test
    void the_figures_of_the_preview_are_those_built_into_the_market() {
        Http.Answer answer = new Http(port).withToken(distributor.token()).get("/api/screening-requests/" + request + "/results");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode r = answer.json();
        assertThat(r.get("city").asString()).isEqualTo("Dali");
        assertThat(r.get("screeningId").asLong()).isEqualTo(preview.id());
        assertThat(r.get("started").asBoolean()).isFalse();

        JsonNode a = r.get("attendance");
        assertThat(a.get("seats").asInt()).isEqualTo(100);
        assertThat(a.get("invited").asInt()).isEqualTo(invited.size()).isEqualTo(invitation.get("invited").asInt());
        assertThat(a.get("heldOut").asInt()).isEqualTo(heldOut.size());
        assertThat(a.get("bookers").asLong()).isEqualTo(6);
        assertThat(a.get("booked").asLong()).isEqualTo(7);
        assertThat(a.get("checkedIn").asLong()).isEqualTo(4);
        assertThat(a.get("occupancy").asDouble()).isEqualTo(0.07);
        assertThat(a.get("checkInRate").asDouble()).isEqualTo(0.57);
        assertThat(a.get("invitedBooked").asDouble()).isCloseTo(6.0 / invited.size(), within(0.006));
        JsonNode buyers = a.get("filmBuyers");
        assertThat(buyers.get("treatedCount").asLong()).isEqualTo(invited.size());
        assertThat(buyers.get("treated").asDouble()).isCloseTo(7.0 / invited.size(), within(0.006));
        assertThat(buyers.get("controlCount").asLong()).isEqualTo(heldOut.size());
        assertThat(buyers.get("control").asDouble()).isCloseTo(2.0 / heldOut.size(), within(0.006));
        assertThat(buyers.get("smallNumbers").asBoolean()).isTrue();

        JsonNode ratings = r.get("ratings");
        assertThat(ratings.get("preview").get("ratings").asLong()).isEqualTo(6);
        assertThat(ratings.get("preview").get("mean").asDouble()).isEqualTo(8.67);
        assertThat(ratings.get("preview").get("highShare").asDouble()).isEqualTo(0.83);
        assertThat(ratings.get("preview").get("histogram").get(8).asLong()).isEqualTo(3);
        assertThat(ratings.get("others").get("ratings").asLong()).isEqualTo(9);
        assertThat(ratings.get("others").get("mean").asDouble()).isEqualTo(6.33);
        JsonNode ratingDifference = ratings.get("difference");
        assertThat(ratingDifference.get("difference").asDouble()).isEqualTo(2.33);
        assertThat(ratingDifference.get("low").asDouble()).isPositive().isLessThan(2.33);
        assertThat(ratingDifference.get("high").asDouble()).isGreaterThan(2.33);
        assertThat(ratingDifference.get("smallNumbers").asBoolean()).as("six and nine ratings are few").isTrue();

        // The preview city, then the three cities nearest by the rule; Kunming had a preview, Lijiang was far keener
        // beforehand, Shanghai is bigger and of another tier.
        List<String> cities = new ArrayList<>();
        r.get("cities").forEach(c -> cities.add(c.get("city").asString() + ":" + c.get("role").asString()));
        assertThat(cities).containsExactly("Dali:PREVIEW", "Baoshan:MATCHED", "Qujing:MATCHED", "Yuxi:MATCHED");
        JsonNode dali = r.get("cities").get(0);
        assertThat(dali.get("moviegoers").asLong()).isEqualTo(100);
        assertThat(dali.get("wantToSeeBefore").asLong()).isEqualTo(5);
        assertThat(dali.get("wantToSeeAdded").asLong()).isEqualTo(12);
        assertThat(dali.get("admissions").asLong()).as("the preview's own day is not a later sale").isEqualTo(10);
        assertThat(r.get("cities").get(1).get("admissionsPer1000").asDouble()).isEqualTo(40.0);

        JsonNode growth = r.get("wantToSee").get("growthPer1000");
        assertThat(growth.get("preview").asDouble()).isEqualTo(120.0);
        assertThat(growth.get("matched").asDouble()).isEqualTo(30.0);
        assertThat(growth.get("difference").asDouble()).isEqualTo(90.0);
        assertThat(growth.get("matchedCities").asInt()).isEqualTo(3);
        assertThat(growth.get("low").asDouble()).isLessThan(90.0);
        assertThat(growth.get("high").asDouble()).isGreaterThan(90.0);
        assertThat(growth.get("smallNumbers").asBoolean()).as("12 marks").isTrue();

        JsonNode sales = r.get("sales");
        assertThat(sales.get("from").asString()).isEqualTo(LocalDate.parse(r.get("previewDay").asString()).plusDays(1).toString());
        assertThat(sales.get("previewAdmissions").asLong()).isEqualTo(10);
        JsonNode perThousand = sales.get("per1000");
        assertThat(perThousand.get("preview").asDouble()).isEqualTo(100.0);
        assertThat(perThousand.get("matched").asDouble()).isEqualTo(30.0);
        assertThat(perThousand.get("difference").asDouble()).isEqualTo(70.0);
        assertThat(perThousand.get("low").asDouble()).isLessThan(70.0);
        assertThat(perThousand.get("high").asDouble()).isGreaterThan(70.0);
        assertThat(perThousand.get("smallNumbers").asBoolean()).as("10 tickets against three cities").isTrue();
        assertThat(sales.get("extraAdmissions").asDouble()).isEqualTo(7.0);
        JsonNode share = sales.get("sharePct");
        assertThat(dali.get("cityAdmissions").asLong()).isEqualTo(20);
        assertThat(dali.get("sharePct").asDouble()).isEqualTo(50.0);
        assertThat(share.get("preview").asDouble()).isEqualTo(50.0);
        assertThat(share.get("matched").asDouble()).isEqualTo(10.0);
        assertThat(share.get("difference").asDouble()).isEqualTo(40.0);
        assertThat(share.get("low").asDouble()).isLessThan(40.0);
        assertThat(share.get("high").asDouble()).isGreaterThan(40.0);
        assertThat(r.get("matchingRule").asString()).contains("nearest").contains("want-to-see");
        List<String> caveats = new ArrayList<>();
        r.get("caveats").forEach(c -> caveats.add(c.asString()));
        assertThat(caveats).contains("NOT_STARTED", "FEW_RATINGS", "SALES_SMALL_NUMBERS", "WANT_TO_SEE_SMALL_NUMBERS");
    }

    @Test
    void the_distributor_and_the_hosting_chain_see_the_results_others_are_answered_404_and_bad_input_a_clear_4xx() {
        AccountFixtures fixtures = new AccountFixtures(accounts, tokens);
        String path = "/api/screening-requests/" + request + "/results";
        assertThat(new Http(port).withToken(manager.token()).get(path).status()).isEqualTo(200);
        assertThat(new Http(port).withToken(fixtures.staff(Role.OPERATOR).token()).get(path).status()).isEqualTo(200);
        assertThat(new Http(port).withToken(fixtures.staff(Role.DISTRIBUTOR_ADMIN).token()).get(path).status()).isEqualTo(404);
        assertThat(new Http(port).withToken(fixtures.staff(Role.CINEMA_MANAGER).token()).get(path).status()).isEqualTo(404);
        assertThat(new Http(port).withToken(fixtures.moviegoer().token()).get(path).status()).isEqualTo(403);
        assertThat(new Http(port).get(path).status()).isEqualTo(401);

        Http mine = new Http(port).withToken(distributor.token());
        assertThat(mine.get("/api/screening-requests/987654321/results").status()).isEqualTo(404);
        Http.Answer notANumber = mine.get("/api/screening-requests/abc/results");
        assertThat(notANumber.status()).isEqualTo(400);
        Http.Answer notAccepted = mine.get("/api/screening-requests/" + sentOnly + "/results");
        assertThat(notAccepted.status()).as(notAccepted.body()).isEqualTo(409);
        assertThat(notAccepted.body()).contains("ACCEPTED");
    }

    @Test
    void the_console_page_shows_the_results_in_both_languages_and_the_requests_page_links_to_it() {
        Http mine = new Http(port).withToken(distributor.token());
        Http.Answer page = mine.get("/screening-requests/" + request + "/results?lang=en");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Results of a preview").contains("id=\"attendance-chart\"").contains("id=\"cities-chart\"")
                .contains("id=\"ratings-chart\"").contains("id=\"city-Dali\"").contains("id=\"city-Yuxi\"")
                .doesNotContain("id=\"city-Kunming\"").contains("How cities are matched").contains("id=\"caveat-SALES_SMALL_NUMBERS\"")
                .contains("cannot be told apart from chance");
        assertThat(page.body()).doesNotContain("??results.");
        String chinese = mine.get("/screening-requests/" + request + "/results?lang=zh").body();
        assertThat(chinese).contains("点映效果").contains("城市如何匹配").doesNotContain("??results.");
        assertThat(mine.get("/screening-requests?lang=en").body()).contains("/screening-requests/" + request + "/results");
        assertThat(new Http(port).withToken(manager.token()).get("/screening-requests/" + request + "/results").status()).isEqualTo(200);
        AccountFixtures fixtures = new AccountFixtures(accounts, tokens);
        assertThat(new Http(port).withToken(fixtures.staff(Role.DISTRIBUTOR_ADMIN).token())
                .get("/screening-requests/" + request + "/results").status()).isEqualTo(404);
        Http.Answer notYet = mine.get("/screening-requests/" + sentOnly + "/results");
        assertThat(notYet.status()).isEqualTo(409);
        assertThat(notYet.body()).contains("ACCEPTED");
    }

    @Test
    void in_a_browser_the_page_draws_its_three_charts() {
        org.openqa.selenium.WebDriver browser = marquee.testing.Browser.open();
        try {
            String base = "http://127.0.0.1:" + port;
            marquee.testing.Browser.signIn(browser, base, distributor.account().email(), distributor.password());
            browser.get(base + "/screening-requests?lang=en");
            browser.findElement(org.openqa.selenium.By.cssSelector("#request-" + request + " .results-link")).click();
            marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(15))
                    .until(d -> d.findElements(org.openqa.selenium.By.cssSelector(
                            "#attendance-chart canvas, #ratings-chart canvas, #cities-chart canvas")).size() == 3);
            assertThat(browser.getCurrentUrl()).endsWith("/screening-requests/" + request + "/results");
            assertThat(browser.findElement(org.openqa.selenium.By.cssSelector("#city-Dali .admissions")).getText()).isEqualTo("10");
            marquee.testing.Browser.screenshotFullPage(browser, "preview-results");
        } finally {
            browser.quit();
        }
    }

    @Test
    void per_film_the_distributor_sees_every_preview_and_a_chain_those_it_hosted() {
        JsonNode all = new Http(port).withToken(distributor.token()).get("/api/films/" + film.id() + "/preview-results").json();
        List<String> cities = new ArrayList<>();
        all.forEach(r -> cities.add(r.get("city").asString()));
        assertThat(cities).containsExactly("Dali", "Kunming");
        assertThat(new Http(port).withToken(manager.token()).get("/api/films/" + film.id() + "/preview-results").json().size()).isEqualTo(2);
        AccountFixtures fixtures = new AccountFixtures(accounts, tokens);
        assertThat(new Http(port).withToken(fixtures.staff(Role.CINEMA_MANAGER).token())
                .get("/api/films/" + film.id() + "/preview-results").status()).isEqualTo(404);
        assertThat(new Http(port).withToken(fixtures.staff(Role.DISTRIBUTOR_ADMIN).token())
                .get("/api/films/" + film.id() + "/preview-results").status()).isEqualTo(404);
        assertThat(new Http(port).withToken(distributor.token()).get("/api/films/x/preview-results").status()).isEqualTo(400);
    }

    private long send(String city, int daysAhead, boolean invitationOnly) {
        String body = RequestParties.request(film.id(), cinemas.get(city).id(), at(daysAhead, 10), at(daysAhead, 22), 50);
        Http.Answer sent = new Http(port).withToken(distributor.token()).post("/api/screening-requests",
                invitationOnly ? body : body.replace("\"invitationOnly\":true", "\"invitationOnly\":false"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        return sent.json().get("id").asLong();
    }

    private long accept(long id, String city, int daysAhead) {
        Http.Answer accepted = new Http(port).withToken(manager.token()).post("/api/screening-requests/" + id + "/accept",
                acceptance(halls.get(city), at(daysAhead, 19)));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return accepted.json().get("screeningId").asLong();
    }

    private Order buy(long buyer, Screening screening, int seats) {
        List<Long> free = purchases.seatPlan(screening.id()).seats().stream().filter(s -> s.state() == SeatState.FREE)
                .map(s -> s.seatId()).limit(seats).toList();
        var hold = purchases.hold(buyer, new HoldRequest(screening.id(), free));
        return purchases.checkout(buyer, new CheckoutRequest(hold.id(), null, "approve", null, null));
    }

    private void rating(long account, int rating, boolean verified) {
        jdbc.sql("insert into film_rating (account_id, film_id, rating, rated_at, verified, account_created_at) values (?, ?, ?, ?, ?, ?)")
                .params(account, film.id(), rating, Instant.now().atOffset(ZoneOffset.UTC), verified,
                        Instant.now().minusSeconds(86_400 * 60).atOffset(ZoneOffset.UTC)).update();
    }
}
