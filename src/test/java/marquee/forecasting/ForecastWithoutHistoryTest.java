package marquee.forecasting;

import static org.assertj.core.api.Assertions.assertThat;

import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Without the data sets the API answers 404 problems and the pages explain, never 500. */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "marquee.boxoffice.history-dir=target/no-history-here")
class ForecastWithoutHistoryTest {

    @LocalServerPort
    int port;

    @Test
    void the_api_says_there_is_no_history() {
        Http http = new Http(port);
        for (String path : new String[] {"/api/forecasts/china/films", "/api/forecasts/china/films/maoyan-1?days=3",
                "/api/forecasts/us/calendar", "/api/forecasts/china/plan?film=maoyan-1"}) {
            Http.Answer answer = http.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.contentType()).contains("application/problem+json");
            assertThat(answer.json().get("detail").asString()).contains("history");
        }
    }

    @Test
    void the_pages_explain_that_no_history_is_available() {
        Http http = new Http(port);
        for (String path : new String[] {"/forecasts", "/forecasts/china/films/maoyan-1?days=3", "/forecasts/us/calendar",
                "/forecasts/china/plan?film=maoyan-1"}) {
            Http.Answer answer = http.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).contains("No box office history");
        }
    }
}
