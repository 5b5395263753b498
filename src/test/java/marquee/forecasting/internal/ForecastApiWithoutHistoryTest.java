package marquee.forecasting.internal;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import marquee.forecasting.Forecasts;
import marquee.shared.web.ProblemAnswers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Without the data sets the API answers 404 problems saying so, never 500. (No second application
 * context: the controller and the problem answers alone, over a history folder that does not exist.)
 */
class ForecastApiWithoutHistoryTest {

    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new ForecastController(new Forecasts("target/no-history-here", 1)))
            .setControllerAdvice(new ProblemAnswers()).build();

    @Test
    void every_endpoint_says_there_is_no_history() throws Exception {
        for (String path : new String[] {"/api/forecasts/china/films", "/api/forecasts/china/films/maoyan-1?days=3",
                "/api/forecasts/us/calendar", "/api/forecasts/china/plan?film=maoyan-1"}) {
            mvc.perform(get(path).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(containsString("box office history of market")));
        }
    }

    @Test
    void an_unknown_market_is_still_a_bad_request() throws Exception {
        mvc.perform(get("/api/forecasts/mars/films").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("market"));
    }
}
