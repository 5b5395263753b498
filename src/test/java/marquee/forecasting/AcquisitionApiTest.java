package marquee.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.shared.security.Role;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The acquisition valuation API over real HTTP on the shared pairs and histories (skipped where they are absent). */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AcquisitionApiTest {

    /** Gravity: US release 2013-10-04, China release 2013-11-19. */
    static final String GRAVITY = "bom-f50a7ba0ab";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port).withToken(new AccountFixtures(accounts, tokens).staff(Role.DISTRIBUTOR_ADMIN).token());
    }

    static void assumeData() {
        assumeTrue(Files.isReadable(Path.of("../shared/data/acquisitions/pairs.csv"))
                && Files.isReadable(Path.of("../shared/data/us-boxofficemojo-daily/daily.csv")), "../shared/data is not here");
    }

    @Test
    void a_us_film_of_the_history_is_valued_from_its_us_run_before_its_china_date() {
        assumeData();
        Http.Answer answer = http.post("/api/forecasts/acquisition",
                "{\"usFilmId\":\"" + GRAVITY + "\",\"chinaReleaseDate\":\"2013-11-19\"}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode v = answer.json();
        assertThat(v.get("candidate").get("title").asString()).isEqualTo("Gravity");
        assertThat(v.get("candidate").get("gapDays").asInt()).isEqualTo(46);
        JsonNode model = v.get("model");
        assertThat(model.get("predicted").asDouble()).isBetween(model.get("low80").asDouble(), model.get("high80").asDouble());
        assertThat(v.get("ratioBaseline").get("predicted").asDouble()).isPositive();
        assertThat(v.get("comparablesBaseline").get("predicted").asDouble()).isPositive();
        assertThat(v.get("comparables").size()).isEqualTo(7);
        assertThat(v.get("comparables").get(0).get("chinaReleaseDate").asString()).isLessThan("2013-11-19");
        assertThat(v.get("trainingPairs").asInt()).isGreaterThan(50);
        assertThat(v.get("backtest").get("windows").size()).isGreaterThanOrEqualTo(6);
        assertThat(v.get("backtest").get("command").asString()).contains("forecast acquisition-backtest");
    }

    @Test
    void a_new_film_is_valued_from_its_figures() {
        assumeData();
        Http.Answer answer = http.post("/api/forecasts/acquisition", """
                {"title":"Space Film","usReleaseDate":"2014-03-07","usGrossToDate":120000000,"usOpeningGross":45000000,
                 "usTheaters":3900,"usDistributor":"Warner Bros.","chinaReleaseDate":"2014-05-16"}""");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("candidate").get("title").asString()).isEqualTo("Space Film");
        assertThat(answer.json().get("model").get("predicted").asDouble()).isPositive();
    }

    @Test
    void bad_input_is_a_400_naming_the_field_and_an_unknown_film_a_404() {
        assumeData();
        Http.Answer negative = http.post("/api/forecasts/acquisition",
                "{\"usReleaseDate\":\"2014-03-07\",\"usGrossToDate\":-5,\"chinaReleaseDate\":\"2014-05-16\"}");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body()).contains("usGrossToDate");

        Http.Answer beforeUs = http.post("/api/forecasts/acquisition",
                "{\"usFilmId\":\"" + GRAVITY + "\",\"chinaReleaseDate\":\"2013-09-01\"}");
        assertThat(beforeUs.status()).isEqualTo(400);
        assertThat(beforeUs.body()).contains("no US box office before 2013-09-01");

        assertThat(http.post("/api/forecasts/acquisition", "{\"usFilmId\":\"bom-nobody\",\"chinaReleaseDate\":\"2013-11-19\"}")
                .status()).isEqualTo(404);
    }

    @Test
    void us_films_are_found_by_title_and_moviegoers_may_not_value() {
        assumeData();
        Http.Answer found = http.get("/api/forecasts/acquisition/us-films?q=gravity");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().findValuesAsString("usFilmId")).contains(GRAVITY);

        Http anonymous = new Http(port);
        assertThat(anonymous.post("/api/forecasts/acquisition", "{}").status()).isIn(401, 403);
    }
}
