package marquee.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static marquee.catalog.CatalogFixtures.aFilm;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.shared.security.Role;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The forecasts API over real HTTP on the real China data next to the project (skipped where it is absent). */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ForecastApiTest {

    /** 致我们终将逝去的青春 (So Young), released 2013-04-26. */
    static final String SO_YOUNG = "maoyan-78059";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Catalog catalog;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port).withToken(new AccountFixtures(accounts, tokens).staff(Role.DISTRIBUTOR_ANALYST).token());
    }

    static void assumeChinaData() {
        assumeTrue(Files.isReadable(Path.of("../shared/data/china-maoyan-daily/daily.csv")), "../shared/data is not here");
    }

    @Test
    void films_of_the_history_are_found_by_title() {
        assumeChinaData();
        Http.Answer answer = http.get("/api/forecasts/china/films?q=%E9%9D%92%E6%98%A5");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode films = answer.json();
        assertThat(films.findValuesAsString("filmId")).contains(SO_YOUNG);
        JsonNode soYoung = films.valueStream().filter(f -> f.get("filmId").asString().equals(SO_YOUNG)).findFirst().orElseThrow();
        assertThat(soYoung.get("releaseDate").asString()).isEqualTo("2013-04-26");
        assertThat(soYoung.get("finalGross").asDouble()).isGreaterThan(5e8);
    }

    @Test
    void a_film_is_forecast_as_if_from_its_first_week_with_no_later_data() {
        assumeChinaData();
        Http.Answer answer = http.get("/api/forecasts/china/films/" + SO_YOUNG + "?days=7");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode f = answer.json();
        assertThat(f.get("trainedBefore").asString()).isEqualTo("2013-04-26");
        assertThat(f.get("trainingFilms").asInt()).isGreaterThan(200);
        double soFar = f.get("grossSoFar").asDouble();
        JsonNode forecast = f.get("forecast");
        assertThat(forecast.get("low80").asDouble()).isGreaterThanOrEqualTo(soFar);
        assertThat(forecast.get("predicted").asDouble()).isBetween(forecast.get("low80").asDouble(), forecast.get("high80").asDouble());
        assertThat(f.get("baseline").get("predicted").asDouble()).isGreaterThan(soFar);
        assertThat(f.get("actualFinalGross").asDouble()).isGreaterThan(soFar);
        assertThat(f.get("actual").size()).isGreaterThan(7);
        assertThat(f.get("fan").get(0).get("day").asInt()).isEqualTo(7);
        assertThat(f.get("fan").get(0).get("predicted").asDouble()).isEqualTo(soFar);
    }

    @Test
    void a_film_is_forecast_before_release_against_the_comparables_baseline() {
        assumeChinaData();
        JsonNode f = http.get("/api/forecasts/china/films/" + SO_YOUNG + "?days=0").json();

        assertThat(f.get("daysObserved").asInt()).isZero();
        assertThat(f.get("forecast").get("predicted").asDouble()).isPositive();
        assertThat(f.get("baselineName").asString()).contains("comparable");
    }

    @Test
    void the_calendar_flags_holidays_and_counts_the_competition() {
        assumeChinaData();
        Http.Answer answer = http.get("/api/forecasts/china/calendar?from=2013-09-25&to=2013-10-10");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode days = answer.json().get("days");
        assertThat(days.size()).isEqualTo(16);
        JsonNode nationalDay = days.get(6);
        assertThat(nationalDay.get("date").asString()).isEqualTo("2013-10-01");
        assertThat(nationalDay.get("holiday").asString()).isEqualTo("National Day");
        assertThat(nationalDay.get("dayOff").asBoolean()).isTrue();
        assertThat(nationalDay.get("rivals").size()).isPositive();
        assertThat(nationalDay.get("competition").asDouble()).isPositive();
    }

    @Test
    void the_planner_compares_dates_and_recommends_one_with_its_two_largest_effects() {
        assumeChinaData();
        Http.Answer answer = http.get("/api/forecasts/china/plan?film=" + SO_YOUNG + "&from=2013-04-10&to=2013-05-20");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode plan = answer.json();
        assertThat(plan.get("candidates").size()).isEqualTo(41);
        assertThat(plan.get("why").size()).isEqualTo(2);
        assertThat(plan.get("effects").size()).isPositive();
        String recommended = plan.get("recommended").asString();
        assertThat(plan.get("candidates").valueStream().filter(c -> c.get("recommended").asBoolean())
                .map(c -> c.get("date").asString()).toList()).containsExactly(recommended);
    }

    @Test
    void the_calendar_after_the_history_shows_2027_holidays_special_dates_and_the_catalogs_announced_releases() {
        assumeChinaData();
        Film rival = aFilm().titled("Calendar rival " + System.nanoTime()).releasedOn(LocalDate.of(2027, 2, 5)).addTo(catalog);
        aFilm().titled("Unannounced rival " + System.nanoTime()).releasedOn(LocalDate.of(2027, 2, 5)).unannounced()
                .addTo(catalog);
        Http.Answer answer = http.get("/api/forecasts/china/calendar?from=2027-01-01&to=2027-03-31");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode c = answer.json();
        assertThat(c.get("days").size()).isEqualTo(90);
        assertThat(c.get("notes").valueStream().map(JsonNode::asString).toList())
                .contains("statutory holidays for 2027 not yet announced (the holiday data ends with 2026);"
                        + " showing the traditional dates only")
                .anyMatch(n -> n.contains("the catalog's announced releases only"));
        JsonNode springFestival = day(c, "2027-02-06");
        assertThat(springFestival.get("holiday").asString()).isEqualTo("Spring Festival");
        assertThat(springFestival.get("dayOff").asBoolean()).isTrue();
        assertThat(day(c, "2027-02-05").get("specialDate").asString()).isEqualTo("Chinese New Year's Eve");
        assertThat(day(c, "2027-02-14").get("specialDate").asString()).isEqualTo("Valentine's Day");
        assertThat(day(c, "2027-01-01").get("holiday").asString()).isEqualTo("New Year");
        // The rival is the catalog's announced film; the unannounced one is nobody's business.
        JsonNode rivals = springFestival.get("rivals");
        assertThat(rivals.findValuesAsString("filmId")).contains("catalog-" + rival.id());
        assertThat(rivals.findValuesAsString("title")).noneMatch(t -> t.startsWith("Unannounced rival"));
        assertThat(rivals.valueStream().filter(r -> r.get("filmId").asString().equals("catalog-" + rival.id()))
                .findFirst().orElseThrow().get("source").asString()).isEqualTo("catalog");
        assertThat(day(c, "2027-02-05").get("releases").asInt()).isGreaterThanOrEqualTo(1);

        Http.Answer page = http.get("/forecasts/china/calendar?from=2027-01-01&to=2027-03-31");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Statutory holidays for 2027 not yet announced");
    }

    @Test
    void the_2026_calendar_knows_the_announced_days_off_and_make_up_working_days() {
        assumeChinaData();
        JsonNode c = http.get("/api/forecasts/china/calendar?from=2026-02-01&to=2026-03-01").json();

        assertThat(c.get("notes").valueStream().map(JsonNode::asString).toList())
                .noneMatch(n -> n.contains("not yet announced"));
        assertThat(day(c, "2026-02-23").get("holiday").asString()).isEqualTo("Spring Festival");
        JsonNode makeUp = day(c, "2026-02-14");
        assertThat(makeUp.get("makeUpWorkday").asBoolean()).isTrue();
        assertThat(makeUp.get("dayOff").asBoolean()).isFalse();
        assertThat(day(c, "2026-02-28").get("dayOff").asBoolean()).isFalse();
    }

    @Test
    void the_planner_compares_dates_after_the_history_against_the_catalogs_announced_releases() {
        assumeChinaData();
        Film rival = aFilm().titled("Planner rival " + System.nanoTime()).releasedOn(LocalDate.of(2027, 2, 10)).addTo(catalog);
        Http.Answer answer = http.get("/api/forecasts/china/plan?film=" + SO_YOUNG + "&from=2027-01-20&to=2027-02-28");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode plan = answer.json();
        assertThat(plan.get("candidates").size()).isEqualTo(40);
        assertThat(plan.get("notes").valueStream().map(JsonNode::asString).toList())
                .anyMatch(n -> n.contains("2027 not yet announced"));
        JsonNode onTheRival = plan.get("candidates").valueStream()
                .filter(x -> x.get("date").asString().equals("2027-02-10")).findFirst().orElseThrow();
        assertThat(onTheRival.get("rivals").valueStream().map(JsonNode::asString).toList()).contains(rival.displayTitle());
        JsonNode beforeSpringFestival = plan.get("candidates").valueStream()
                .filter(x -> x.get("date").asString().equals("2027-02-03")).findFirst().orElseThrow();
        assertThat(beforeSpringFestival.get("effects").valueStream().map(JsonNode::asString).toList())
                .contains("Spring Festival", "Chinese New Year's Eve", "Valentine's Day");
    }

    private static JsonNode day(JsonNode calendar, String date) {
        return calendar.get("days").valueStream().filter(d -> d.get("date").asString().equals(date)).findFirst()
                .orElseThrow();
    }

    @Test
    void bad_input_is_answered_with_problems_naming_the_field() {
        assertField(http.get("/api/forecasts/mars/films"), 400, "market");
        assertField(http.get("/api/forecasts/china/calendar?from=2013-13-01"), 400, "from");
        assumeChinaData();
        assertField(http.get("/api/forecasts/china/films/" + SO_YOUNG + "?days=29"), 400, "days");
        assertField(http.get("/api/forecasts/china/films/" + SO_YOUNG + "?days=-1"), 400, "days");
        assertField(http.get("/api/forecasts/china/films/" + SO_YOUNG + "?days=seven"), 400, "days");
        assertField(http.get("/api/forecasts/china/calendar?from=2013-01-01&to=2014-06-01"), 400, "to");
        assertField(http.get("/api/forecasts/china/calendar?from=2013-05-01&to=2013-04-01"), 400, "to");
        assertField(http.get("/api/forecasts/china/plan?film=" + SO_YOUNG + "&from=2013-01-01&to=2013-12-01"), 400, "to");
        assertThat(http.get("/api/forecasts/china/plan").status()).isEqualTo(400);
        Http.Answer unknown = http.get("/api/forecasts/china/films/maoyan-nope?days=3");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).contains("application/problem+json");
    }

    private static void assertField(Http.Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).contains("application/problem+json");
        assertThat(answer.json().get("errors").findValuesAsString("field")).contains(field);
    }
}
