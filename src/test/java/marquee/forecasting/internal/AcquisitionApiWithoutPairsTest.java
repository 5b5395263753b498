package marquee.forecasting.internal;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import marquee.forecasting.AcquisitionValuations;
import marquee.shared.web.ProblemAnswers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** Without the training pairs the valuation answers 409 saying so, never 500 (controller and problem answers only). */
class AcquisitionApiWithoutPairsTest {

    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new AcquisitionController(new AcquisitionValuations("target/no-history-here", "", 1)))
            .setControllerAdvice(new ProblemAnswers()).build();

    @Test
    void every_endpoint_says_no_training_pairs_are_configured() throws Exception {
        mvc.perform(post("/api/forecasts/acquisition").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"usFilmId\":\"bom-1\",\"chinaReleaseDate\":\"2014-01-01\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("no training pairs configured")));
        mvc.perform(get("/api/forecasts/acquisition/backtest"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("marquee.forecasting.acquisition-pairs")));
        mvc.perform(get("/api/forecasts/acquisition/us-films?q=x"))
                .andExpect(status().isConflict());
    }

    @Test
    void a_request_without_a_china_release_date_is_a_bad_request() throws Exception {
        mvc.perform(post("/api/forecasts/acquisition").contentType(MediaType.APPLICATION_JSON).content("{\"usFilmId\":\"bom-1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("chinaReleaseDate"));
    }
}
