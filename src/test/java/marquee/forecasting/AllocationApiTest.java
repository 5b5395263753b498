package marquee.forecasting;

import static marquee.catalog.CatalogFixtures.aCinemaIn;
import static marquee.catalog.CatalogFixtures.aFilm;
import static marquee.catalog.CatalogFixtures.aHall;
import static marquee.catalog.CatalogFixtures.aScreening;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.booking.SaleContext;
import marquee.booking.TicketsSold;
import marquee.boxoffice.SalesIntake;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.Film;
import marquee.catalog.Hall;
import marquee.catalog.Screening;
import marquee.shared.security.Role;
import marquee.shared.security.TenantKind;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Screening advice over real HTTP on H2: a chain's cinema with two films, one selling out and one nearly empty;
 * the advice moves screenings to the first, and only the chain (and the operator) may ask.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AllocationApiTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final AtomicLong SALES = new AtomicLong();

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Catalog catalog;
    @Autowired
    SalesIntake intake;

    AccountFixtures people;
    long chain;
    Http manager;
    Cinema cinema;
    Film hit;
    Film flop;
    LocalDate today;

    @BeforeEach
    void aCinemaWithAHitAndAFlop() throws Exception {
        people = new AccountFixtures(accounts, tokens);
        chain = people.tenant(TenantKind.CINEMA_CHAIN).id();
        manager = new Http(port).withToken(people.staff(Role.CINEMA_MANAGER, chain).token());
        // A day of its own far ahead, so no other test's sales or screenings fall on it.
        today = LocalDate.of(2031, 3, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 3000));
        LocalDate released = today.minusDays(6);
        cinema = catalog.addCinema(aCinemaIn("Hangzhou", 1), chain);
        hit = aFilm().titled("Allocation hit " + System.nanoTime()).releasedOn(released).addTo(catalog);
        flop = aFilm().titled("Allocation flop " + System.nanoTime()).releasedOn(released).addTo(catalog);
        Hall one = catalog.addHall(cinema.id(), aHall(10, 10));
        Hall two = catalog.addHall(cinema.id(), aHall(10, 10));
        // Today: the hit twice, 80 of 100 seats sold each; the flop four times, 10 sold each.
        for (int show = 0; show < 2; show++) {
            sell(schedule(one, hit, today, 10 + 3 * show), hit, released, 80);
        }
        for (int show = 0; show < 4; show++) {
            sell(schedule(two, flop, today, 10 + 3 * show), flop, released, 10);
        }
        // Yesterday the hit sold 100 seats: its gross grew 60% today.
        sell(schedule(one, hit, today.minusDays(1), 19), hit, released, 100);
        // Tomorrow: three screenings of each, as scheduled so far.
        for (int show = 0; show < 3; show++) {
            schedule(one, hit, today.plusDays(1), 10 + 3 * show);
            schedule(two, flop, today.plusDays(1), 10 + 3 * show);
        }
    }

    @Test
    void the_film_that_sells_gets_the_screenings_of_the_one_that_does_not() {
        Http.Answer answer = manager.get("/api/forecasts/allocation?cinemaId=" + cinema.id() + "&date=" + today);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode advice = answer.json();
        assertThat(advice.get("adviceDay").asString()).isEqualTo(today.plusDays(1).toString());
        assertThat(advice.get("scheduledTomorrow").asBoolean()).isTrue();
        JsonNode more = film(advice, hit.id());
        JsonNode fewer = film(advice, flop.id());
        assertThat(more.get("screeningsToday").asLong()).isEqualTo(2);
        assertThat(more.get("occupancyPctToday").asDouble()).isEqualTo(80.0);
        assertThat(fewer.get("occupancyPctToday").asDouble()).isEqualTo(10.0);
        assertThat(more.get("grossSharePct").asDouble()).isEqualTo(80.0);
        assertThat(more.get("trendPct").asDouble()).isEqualTo(60.0);
        assertThat(more.get("dayInReleaseTomorrow").asInt()).isEqualTo(8);
        assertThat(more.get("screeningsTomorrow").asLong()).isEqualTo(3);
        // Six screenings shared 80:20 (both films are the same age, so the same retention).
        assertThat(more.get("suggestedScreenings").asLong()).isEqualTo(5);
        assertThat(more.get("change").asLong()).isEqualTo(2);
        assertThat(more.get("advice").asString()).isEqualTo("more");
        assertThat(fewer.get("suggestedScreenings").asLong()).isEqualTo(1);
        assertThat(fewer.get("advice").asString()).isEqualTo("fewer");
        assertThat(more.get("why").asString()).contains("occupancy 80%").contains("+60% on yesterday");
        assertThat(advice.get("rule").asString()).contains("retention");
    }

    @Test
    void a_cinema_without_sales_gets_no_advice_but_says_why() {
        Cinema quiet = catalog.addCinema(aCinemaIn("Xiamen", 2), chain);
        JsonNode advice = manager.get("/api/forecasts/allocation?cinemaId=" + quiet.id() + "&date=" + today).json();

        assertThat(advice.get("films").size()).isZero();
        assertThat(advice.get("notes").valueStream().map(JsonNode::asString).toList())
                .anyMatch(n -> n.startsWith("no sales at this cinema"));
    }

    @Test
    void another_chain_sees_nothing_of_the_cinema_and_only_cinema_managers_and_the_operator_may_ask() {
        String path = "/api/forecasts/allocation?cinemaId=" + cinema.id() + "&date=" + today;
        Http otherChain = new Http(port).withToken(people.staff(Role.CINEMA_MANAGER).token());
        Http.Answer refused = otherChain.get(path);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain(hit.displayTitle());
        assertThat(otherChain.get("/api/forecasts/allocation?cinemaId=987654321").status()).isEqualTo(404);
        assertThat(new Http(port).withToken(people.staff(Role.DISTRIBUTOR_ANALYST).token()).get(path).status())
                .isEqualTo(403);
        assertThat(new Http(port).get(path).status()).isEqualTo(401);
        assertThat(new Http(port).withToken(people.staff(Role.OPERATOR).token()).get(path).status()).isEqualTo(200);
        assertThat(manager.get("/api/forecasts/allocation?cinemaId=" + cinema.id() + "&date=someday").status())
                .isEqualTo(400);
    }

    @Test
    void the_console_page_shows_the_advice_to_the_chain_only() {
        Http.Answer page = manager.get("/forecasts/allocation?cinemaId=" + cinema.id() + "&date=" + today);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(hit.displayTitle()).contains("data-advice=\"more\"").contains(cinema.name());
        assertThat(manager.get("/forecasts/allocation").body()).contains("<option");
        assertThat(new Http(port).withToken(people.staff(Role.CINEMA_MANAGER).token())
                .get("/forecasts/allocation?cinemaId=" + cinema.id()).status()).isEqualTo(404);
    }

    private Screening schedule(Hall hall, Film film, LocalDate day, int hour) {
        return catalog.schedule(aScreening(hall.id(), film.id(), day.atTime(LocalTime.of(hour, 0)).atZone(SHANGHAI).toInstant()));
    }

    private void sell(Screening screening, Film film, LocalDate released, int seats) throws Exception {
        SaleContext context = new SaleContext(film.id(), screening.releaseId(), released, screening.id(),
                screening.startsAt(), cinema.id(), cinema.chain(), cinema.city(), cinema.province(), cinema.cityTier(),
                SHANGHAI);
        intake.accept(new TicketsSold("alloc-" + SALES.incrementAndGet() + "-" + System.nanoTime(), context,
                screening.startsAt().minusSeconds(7200), seats, seats * 4500L, "CNY", "marquee", null, null, null,
                null, null)).get();
    }

    private static JsonNode film(JsonNode advice, long filmId) {
        return advice.get("films").valueStream().filter(f -> f.get("filmId").asLong() == filmId).findFirst()
                .orElseThrow();
    }
}
