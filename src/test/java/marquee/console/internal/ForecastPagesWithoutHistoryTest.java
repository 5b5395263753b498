package marquee.console.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasToString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import marquee.forecasting.Forecasts;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** Without the data sets every forecast page explains that no history is available (404), never 500. */
class ForecastPagesWithoutHistoryTest {

    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new ForecastPages(new Forecasts("target/no-history-here", 1))).build();

    @Test
    void every_page_explains_that_no_history_is_available() throws Exception {
        for (String path : new String[] {"/forecasts", "/forecasts/china/films/maoyan-1?days=3", "/forecasts/us/calendar",
                "/forecasts/china/plan?film=maoyan-1"}) {
            mvc.perform(get(path))
                    .andExpect(status().isNotFound())
                    .andExpect(view().name("console/forecast-none"))
                    .andExpect(model().attribute("title", hasToString("No box office history")))
                    .andExpect(model().attribute("message", hasToString(containsString("target/no-history-here"))));
        }
    }
}
