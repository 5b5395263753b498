package marquee.previews;

import static marquee.catalog.CatalogFixtures.aFilm;
import static marquee.catalog.CatalogFixtures.aHall;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import marquee.Launcher;
import marquee.accounts.AccountFixtures;
import marquee.accounts.AccountFixtures.Person;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.accounts.GeneratedMoviegoer;
import marquee.audience.internal.AudienceData;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.Film;
import marquee.catalog.Hall;
import marquee.catalog.NewCinema;
import marquee.catalog.ScreeningFilter;
import marquee.shared.PageRequest;
import marquee.shared.security.Role;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The screening planner on a synthetic market built with the project's builders, in a store of its own (so that no
 * other test's moviegoers or cinemas are in it): two big cities with many moviegoers, three cinemas each and big
 * halls, whose people have never cared for climbing films; four small towns with one or two cinemas, whose fewer
 * moviegoers are climbers who go to the cinema often. The audience of a climbing film is in the small towns by
 * construction, so the plan must expect more than the naive plan of the biggest cities, and never break a constraint.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "marquee.test.market=screening-plan")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreeningPlanTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

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
    ApplicationContext context;

    Person distributor;
    Person otherDistributor;
    Person operator;
    Person manager;
    Film film;
    Film filler;
    List<Film> seen = new ArrayList<>();
    LocalDate from;
    LocalDate to;

    @BeforeAll
    void aMarketWhoseAudienceLivesInSmallTowns() {
        AccountFixtures people = new AccountFixtures(accounts, tokens);
        distributor = people.staff(Role.DISTRIBUTOR_ANALYST);
        otherDistributor = people.staff(Role.DISTRIBUTOR_ADMIN);
        operator = people.staff(Role.OPERATOR);
        manager = people.staff(Role.CINEMA_MANAGER);
        film = aFilm().titled("Plan test: the climb").unannounced().ownedBy(distributor.tenantId()).addTo(catalog);
        filler = aFilm().titled("Plan test: the last climb").running(90).addTo(catalog);
        for (int k = 0; k < 10; k++) {
            seen.add(aFilm().titled("Plan test: climb " + k).addTo(catalog));
        }
        from = LocalDate.now(CHINA).plusDays(1);
        to = from.plusDays(2);
        List<GeneratedMoviegoer> population = new ArrayList<>();
        for (int c = 1; c <= 2; c++) {
            String city = "Bigcity " + c;
            for (int k = 1; k <= 3; k++) {
                long cinema = cinema(city, "Guangdong", 1, k);
                catalog.addHall(cinema, aHall(10, 20)); // 200 seats
                catalog.addHall(cinema, aHall(8, 15)); // 120 seats
            }
            population.addAll(moviegoers(city, 400, List.of(), 0));
        }
        for (int c = 1; c <= 4; c++) {
            String city = "Smalltown " + c;
            for (int k = 1; k <= (c % 2 == 0 ? 2 : 1); k++) {
                long cinema = cinema(city, "Yunnan", 4, k);
                Hall small = catalog.addHall(cinema, aHall(6, 10)); // 60 seats
                catalog.addHall(cinema, aHall(10, 10)); // 100 seats
                // The small hall is taken on the first evening: the plan must not use it then.
                Instant evening = from.atTime(19, 0).atZone(CHINA).toInstant();
                catalog.schedule(marquee.catalog.CatalogFixtures.aScreening(small.id(), filler.id(), evening));
            }
            population.addAll(moviegoers(city, 30 + 10 * c, List.of("rock-climbing"), 10));
        }
        accounts.addPopulation(population);
        audience.invalidate();
    }

    private long cinema(String city, String province, int tier, int k) {
        return catalog.addCinema(new NewCinema("Cinema " + k + " of " + city, "Plan Chain", city, province, tier, "Asia/Shanghai",
                null)).id();
    }

    private List<GeneratedMoviegoer> moviegoers(String city, int count, List<String> interests, int viewings) {
        String batch = city.replace(' ', '-') + "-" + System.nanoTime();
        return IntStream.range(0, count).mapToObj(i -> new GeneratedMoviegoer(batch + "-" + i + "@plan.test", "Goer " + i, 1990,
                null, city, interests, true, IntStream.range(0, viewings)
                .mapToObj(v -> new GeneratedMoviegoer.Viewing(seen.get(v).id(), LocalDate.of(2026, 11, 2).plusDays(v), null)).toList()))
                .toList();
    }

    /**
     * With fewer screenings than cities the naive plan spends some on the big cities and must expect less; with more,
     * it reaches every town too, and the plan must still expect at least as much (here: every last expected person).
     */
    @ParameterizedTest(name = "{0} screenings")
    @CsvSource({"1, true", "2, true", "3, true", "5, true", "12, false"})
    void the_plan_keeps_its_constraints_and_expects_more_than_the_naive_plan_of_the_biggest_cities(int count, boolean fewerThanCities) {
        JsonNode answer = plan(new Http(port).withToken(distributor.token()), count).json();

        JsonNode plan = answer.get("plan");
        JsonNode naive = answer.get("naive");
        keepsItsConstraints(plan, count);
        keepsItsConstraints(naive, count);
        assertThat(naive.get("screenings").get(0).get("city").asString()).startsWith("Bigcity");
        assertThat(plan.get("screenings").get(0).get("city").asString()).startsWith("Smalltown");
        long planned = plan.get("expectedAttendance").asLong();
        long naively = naive.get("expectedAttendance").asLong();
        if (fewerThanCities) {
            assertThat(planned).as(answer.toString()).isGreaterThan(naively);
        } else {
            double everyone = 0;
            for (JsonNode city : answer.get("cities")) {
                everyone += city.get("expectedAudience").asDouble();
            }
            assertThat(planned).as(answer.toString()).isGreaterThanOrEqualTo(naively).isEqualTo(Math.round(everyone));
        }
        assertThat(answer.get("naiveKept").asBoolean()).isFalse();
        assertThat(answer.get("cities").get(0).get("city").asString()).startsWith("Smalltown");
    }

    /**
     * The planner keeps the market's timetable between views; a screening stored in the proposed slot must take it
     * out of the next plan at once, and cancelling that screening must free the slot again.
     */
    @Test
    void a_slot_taken_after_a_plan_is_not_proposed_again_and_comes_back_when_the_screening_is_cancelled() {
        Http http = new Http(port).withToken(distributor.token());
        JsonNode first = plan(http, 1).json().get("plan").get("screenings").get(0);
        LocalDate date = LocalDate.parse(first.get("date").asString());
        Instant start = date.atTime(java.time.LocalTime.parse(first.get("start").asString())).atZone(CHINA).toInstant();

        marquee.catalog.Screening taken = catalog.schedule(marquee.catalog.CatalogFixtures.aScreening(
                first.get("hallId").asLong(), filler.id(), start));
        try {
            JsonNode next = plan(http, 1).json().get("plan").get("screenings").get(0);
            assertThat(slot(next)).as("the hall is taken then").isNotEqualTo(slot(first));
        } finally {
            catalog.markCancelled(taken.id(), Instant.now(), "plan test");
        }
        assertThat(slot(plan(http, 1).json().get("plan").get("screenings").get(0))).isEqualTo(slot(first));
    }

    private static String slot(JsonNode screening) {
        return screening.get("hallId").asLong() + "@" + screening.get("date").asString() + "T" + screening.get("start").asString();
    }

    @Test
    void only_the_films_distributor_and_the_operator_may_plan_it_and_bad_input_is_a_clear_400() {
        Http mine = new Http(port).withToken(distributor.token());
        assertThat(plan(new Http(port).withToken(operator.token()), 3).status()).isEqualTo(200);
        assertThat(plan(new Http(port).withToken(otherDistributor.token()), 3).status()).isEqualTo(404);
        assertThat(plan(new Http(port).withToken(manager.token()), 3).status()).isEqualTo(403);
        assertThat(plan(new Http(port), 3).status()).isEqualTo(401);
        assertThat(mine.get("/api/films/987654321/screening-plan?from=" + from + "&to=" + to + "&count=3").status()).isEqualTo(404);

        for (String query : List.of("count=0", "count=51", "count=many", "to=" + from.minusDays(1), "to=" + from.plusDays(60),
                "from=" + from.minusDays(5), "from=", "from=tomorrow")) {
            String params = "from=" + from + "&to=" + to + "&count=3";
            String key = query.substring(0, query.indexOf('='));
            params = params.replaceAll(key + "=[^&]*", query);
            Http.Answer bad = mine.get("/api/films/" + film.id() + "/screening-plan?" + params);
            assertThat(bad.status()).as(query + ": " + bad.body()).isEqualTo(400);
            assertThat(bad.body()).as(query).contains(key);
        }
    }

    @Test
    void the_command_prints_the_plan_and_ends_with_both_expected_attendances() {
        JsonNode api = plan(new Http(port).withToken(operator.token()), 4).json();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Launcher launcher = new Launcher(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        int exit = launcher.run(context, "plan", "screenings", "--film", "" + film.id(), "--from", from.toString(), "--to", to.toString(),
                "--count", "4");

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines[lines.length - 1]).isEqualTo("plan_expected_attendance=" + api.get("plan").get("expectedAttendance").asLong()
                + " naive_expected_attendance=" + api.get("naive").get("expectedAttendance").asLong());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Smalltown");
        assertThat(launcher.run(context, "plan", "screenings", "--film", "987654321", "--from", from.toString(), "--to", to.toString(),
                "--count", "4")).isEqualTo(1);
        assertThat(launcher.run(context, "plan", "screenings", "--film", "" + film.id(), "--from", from.toString(), "--to", to.toString(),
                "--count", "51")).isEqualTo(2);
        assertThat(launcher.run(context, "plan", "screenings", "--film", "" + film.id(), "--from", "soon", "--to", to.toString(),
                "--count", "4")).isEqualTo(2);
    }

    @Test
    void the_console_page_shows_the_plan_beside_the_naive_plan_to_the_films_distributor_only() {
        String path = "/films/" + film.id() + "/screening-plan?from=" + from + "&to=" + to + "&count=3";
        Http.Answer page = new Http(port).withToken(distributor.token()).get(path);
        JsonNode api = plan(new Http(port).withToken(distributor.token()), 3).json();

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"plan-expected\">" + api.get("plan").get("expectedAttendance").asLong() + "<")
                .contains("id=\"naive-expected\">" + api.get("naive").get("expectedAttendance").asLong() + "<")
                .contains("Smalltown 4").contains("Bigcity 1").contains("MarqueeAudience.planMap");
        assertThat(new Http(port).withToken(otherDistributor.token()).get(path).status()).isEqualTo(404);
        Http.Answer bad = new Http(port).withToken(distributor.token()).get(path.replace("count=3", "count=0"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("count must be 1 to 50");
        assertThat(new Http(port).withToken(distributor.token()).get("/films/" + film.id()).body()).contains("screening-plan-link");
        assertThat(new Http(port).withToken(otherDistributor.token()).get("/films/" + filler.id()).body()).doesNotContain("screening-plan-link");
    }

    /** In headless Chromium (skipped where it is not installed): from the film page to the plan, its map and its tables. */
    @Test
    void a_distributor_plans_previews_from_the_film_page_and_sees_the_map_and_both_plans() {
        org.openqa.selenium.WebDriver browser = marquee.testing.Browser.open();
        try {
            browser.get("http://127.0.0.1:" + port + "/login");
            browser.findElement(org.openqa.selenium.By.name("email")).sendKeys(distributor.account().email());
            browser.findElement(org.openqa.selenium.By.name("password")).sendKeys(distributor.password());
            browser.findElement(org.openqa.selenium.By.cssSelector(".signin button")).click();
            var wait = marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(30));
            wait.until(d -> d.getCurrentUrl().endsWith("/account"));
            browser.get("http://127.0.0.1:" + port + "/films/" + film.id());
            browser.findElement(org.openqa.selenium.By.id("screening-plan-link")).click();
            wait.until(d -> !d.findElements(org.openqa.selenium.By.id("count")).isEmpty());
            var count = browser.findElement(org.openqa.selenium.By.id("count"));
            count.clear();
            count.sendKeys("3");
            browser.findElement(org.openqa.selenium.By.id("make-plan")).click();
            wait.until(d -> "true".equals(d.findElement(org.openqa.selenium.By.id("plan-map")).getAttribute("data-ready")));

            JsonNode api = plan(new Http(port).withToken(distributor.token()), 3).json();
            assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("#plan-map canvas"))).isNotEmpty();
            assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("#plan tbody tr"))).hasSize(3);
            assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("#naive tbody tr"))).hasSize(3);
            assertThat(browser.findElement(org.openqa.selenium.By.id("plan-expected")).getText())
                    .isEqualTo("" + api.get("plan").get("expectedAttendance").asLong());
            assertThat(browser.findElement(org.openqa.selenium.By.id("naive-expected")).getText())
                    .isEqualTo("" + api.get("naive").get("expectedAttendance").asLong());
            assertThat(browser.findElement(org.openqa.selenium.By.cssSelector("#plan tbody tr")).getText()).contains("Smalltown");
            marquee.testing.Browser.screenshotFullPage(browser, "screening-plan");
        } finally {
            browser.quit();
        }
    }

    private Http.Answer plan(Http http, int count) {
        return http.get("/api/films/" + film.id() + "/screening-plan?from=" + from + "&to=" + to + "&count=" + count);
    }

    /** At most one screening per cinema per day, inside the window, in a hall of that cinema free for the whole film. */
    private void keepsItsConstraints(JsonNode plan, int count) {
        assertThat(plan.get("screenings").size()).isBetween(1, count);
        Set<String> cinemaDays = new HashSet<>();
        long total = 0;
        for (JsonNode s : plan.get("screenings")) {
            long cinemaId = s.get("cinemaId").asLong();
            LocalDate date = LocalDate.parse(s.get("date").asString());
            assertThat(cinemaDays.add(cinemaId + "@" + date)).as("one per cinema per day: " + s).isTrue();
            assertThat(date).isBetween(from, to);
            Hall hall = catalog.halls(cinemaId).stream().filter(h -> h.id() == s.get("hallId").asLong()).findFirst().orElseThrow();
            assertThat(s.get("capacity").asInt()).isEqualTo(hall.capacity());
            assertThat(s.get("expectedAttendance").asDouble()).isBetween(0.0, (double) hall.capacity());
            Cinema cinema = catalog.cinema(cinemaId);
            assertThat(s.get("city").asString()).isEqualTo(cinema.city());
            Instant start = date.atTime(java.time.LocalTime.parse(s.get("start").asString())).atZone(cinema.timeZone()).toInstant();
            Instant end = start.plus(Duration.ofMinutes(film.runtimeMin())).plus(Catalog.TURNAROUND);
            assertThat(catalog.screenings(new ScreeningFilter(null, cinemaId, null, null), new PageRequest(0, 200)).items())
                    .as("the hall is free then: " + s)
                    .noneMatch(o -> o.hallId() == hall.id() && o.startsAt().isBefore(end) && o.endsAt().isAfter(start));
            total += Math.round(s.get("expectedAttendance").asDouble());
        }
        assertThat(plan.get("expectedAttendance").asLong()).isBetween(total - plan.get("screenings").size(), total + plan.get("screenings").size());
    }
}
