package marquee.forecasting.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import marquee.forecasting.ForecastNotReady;
import marquee.forecasting.ForecastViews.DatePlan;
import marquee.forecasting.ForecastViews.FilmForecast;
import marquee.forecasting.ForecastViews.FilmRun;
import marquee.forecasting.ForecastViews.ReleaseCalendar;
import marquee.forecasting.Forecasts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Forecasts and planner results over the real box office history, as JSON. */
@RestController
@RequestMapping("/api/forecasts")
@Tag(name = "Forecasts", description = "As-if final-gross forecasts, the release calendar and the release-date planner")
class ForecastController {

    private final Forecasts forecasts;

    ForecastController(Forecasts forecasts) {
        this.forecasts = forecasts;
    }

    /** Films of a market's history (china or us) whose title contains q, biggest first. */
    @GetMapping("/{market}/films")
    List<FilmRun> films(@PathVariable String market, @RequestParam(required = false) String q,
                            @RequestParam(defaultValue = "50") int limit) {
        return forecasts.films(market, q, limit);
    }

    /** The film's forecast from its first N days (0..28), trained only on films finished before its release. */
    @GetMapping("/{market}/films/{filmId}")
    FilmForecast forecast(@PathVariable String market, @PathVariable String filmId,
                          @RequestParam(defaultValue = "7") int days) {
        return forecasts.forecast(market, filmId, days);
    }

    /** Holidays, special dates and competition per day (default: the last six months of the data). */
    @GetMapping("/{market}/calendar")
    ReleaseCalendar calendar(@PathVariable String market,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return forecasts.calendar(market, from, to);
    }

    /** The release-date planner for a film of the history over from..to (default: three weeks either side of its date). */
    @GetMapping("/{market}/plan")
    DatePlan plan(@PathVariable String market, @RequestParam String film,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return forecasts.plan(market, film, from, to);
    }

    @ExceptionHandler(ForecastNotReady.class)
    ResponseEntity<ProblemDetail> notReady(ForecastNotReady e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Model still training");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", String.valueOf(e.retryAfterSeconds())).body(problem);
    }
}
