package marquee.console.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import marquee.forecasting.ForecastNotReady;
import marquee.forecasting.ForecastViews.DatePlan;
import marquee.forecasting.ForecastViews.FilmForecast;
import marquee.forecasting.ForecastViews.ReleaseCalendar;
import marquee.forecasting.Forecasts;
import marquee.forecasting.PublishedAccuracy;
import marquee.shared.Sentence;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import tools.jackson.databind.json.JsonMapper;

/** The console's forecast pages: a film's as-if forecast, the release calendar and the date planner. */
@Controller
class ForecastPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Integer> DAY_CHOICES = List.of(0, 1, 2, 3, 5, 7, 10, 14, 21, 28);

    private final Forecasts forecasts;

    ForecastPages(Forecasts forecasts) {
        this.forecasts = forecasts;
    }

    @GetMapping("/forecasts")
    String index(@RequestParam(defaultValue = "china") String market, @RequestParam(required = false) String q,
                 Model model, HttpServletResponse response) {
        if (!forecasts.hasHistory(market)) {
            return none(market, model, response);
        }
        frame(model, market);
        model.addAttribute("q", q);
        model.addAttribute("films", forecasts.films(market, q, 60));
        model.addAttribute("accuracy", PublishedAccuracy.of(market));
        return "console/forecasts";
    }

    @GetMapping("/forecasts/{market}/films/{filmId}")
    String film(@PathVariable String market, @PathVariable String filmId, @RequestParam(defaultValue = "7") int days,
                Model model, HttpServletResponse response) {
        if (!forecasts.hasHistory(market)) {
            return none(market, model, response);
        }
        FilmForecast forecast = forecasts.forecast(market, filmId, days);
        frame(model, market);
        model.addAttribute("f", forecast);
        model.addAttribute("json", json(forecast));
        model.addAttribute("dayChoices", DAY_CHOICES.stream().filter(d -> d <= Math.min(forecast.daysInData(), 28)).toList());
        return "console/forecast-film";
    }

    @GetMapping("/forecasts/{market}/calendar")
    String calendar(@PathVariable String market,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    Model model, HttpServletResponse response) {
        if (!forecasts.hasHistory(market)) {
            return none(market, model, response);
        }
        ReleaseCalendar calendar = forecasts.calendar(market, from, to);
        frame(model, market);
        model.addAttribute("c", calendar);
        model.addAttribute("json", json(calendar));
        return "console/forecast-calendar";
    }

    @GetMapping("/forecasts/{market}/plan")
    String plan(@PathVariable String market, @RequestParam(required = false) String film,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                Model model, HttpServletResponse response) {
        if (!forecasts.hasHistory(market)) {
            return none(market, model, response);
        }
        frame(model, market);
        if (film == null || film.isBlank()) {
            model.addAttribute("films", forecasts.films(market, null, 40));
            return "console/forecast-plan";
        }
        DatePlan plan = forecasts.plan(market, film, from, to);
        model.addAttribute("p", plan);
        model.addAttribute("json", json(plan));
        return "console/forecast-plan";
    }

    @ExceptionHandler(ForecastNotReady.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String notReady(ForecastNotReady e, Model model) {
        model.addAttribute("section", "forecasts");
        // The API says which model is still training (e.getMessage()); the page, in the reader's language, that one is.
        model.addAttribute("title", Sentence.of("sentence.forecast.training.title"));
        model.addAttribute("message", Sentence.of("sentence.forecast.training"));
        model.addAttribute("refresh", e.retryAfterSeconds());
        return "console/forecast-none";
    }

    private String none(String market, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("section", "forecasts");
        model.addAttribute("title", Sentence.of("sentence.forecast.noHistory.title"));
        model.addAttribute("message", Sentence.of("sentence.forecast.noHistory",
                new Sentence.Name("ff.market", market.toLowerCase(java.util.Locale.ROOT)), forecasts.historyFolder()));
        return "console/forecast-none";
    }

    private void frame(Model model, String market) {
        model.addAttribute("section", "forecasts");
        model.addAttribute("market", market.toLowerCase());
        model.addAttribute("markets", forecasts.markets());
        model.addAttribute("symbol", "CNY".equals(forecasts.currency(market)) ? "¥" : "$");
    }

    /** JSON for a page's script, safe inside a script element. */
    private static String json(Object value) {
        return JSON.writeValueAsString(value).replace("</", "<\\/");
    }
}
