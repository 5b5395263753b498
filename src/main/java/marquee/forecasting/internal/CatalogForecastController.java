package marquee.forecasting.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import marquee.forecasting.CatalogForecastViews.FilmMatch;
import marquee.forecasting.CatalogForecastViews.LiveForecast;
import marquee.forecasting.CatalogForecasts;
import marquee.forecasting.ForecastNotReady;
import marquee.shared.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Live forecasts of the catalog's films and their match to the market history, as JSON. */
@RestController
@RequestMapping("/api/films/{id}/forecast")
@Tag(name = "Forecasts", description = "Live forecasts of catalog films in release")
class CatalogForecastController {

    private final CatalogForecasts forecasts;

    CatalogForecastController(CatalogForecasts forecasts) {
        this.forecasts = forecasts;
    }

    /** The live curve, the final-gross forecast with its 80% interval and fan, and the match (404: a film not visible). */
    @GetMapping
    LiveForecast forecast(@PathVariable long id) {
        return forecasts.forecast(id);
    }

    /** The film's match to a history film: suggested by the title rule, or confirmed by its distributor. */
    @GetMapping("/match")
    FilmMatch match(@PathVariable long id) {
        return forecasts.match(id);
    }

    /**
     * The film's distributor (or the operator) confirms or fixes the match: {@code {"historyFilmId": "maoyan-182"}},
     * or {@code {"noMatch": true}}. Another distributor's film: 404.
     */
    @PutMapping("/match")
    FilmMatch confirm(@PathVariable long id, @RequestBody MatchRequest request) {
        boolean none = Boolean.TRUE.equals(request.noMatch());
        String historyFilmId = request.historyFilmId() == null || request.historyFilmId().isBlank() ? null
                : request.historyFilmId().strip();
        if (none == (historyFilmId != null)) {
            throw new InvalidInput("historyFilmId", "give either historyFilmId or noMatch: true");
        }
        return forecasts.confirm(id, historyFilmId);
    }

    record MatchRequest(String historyFilmId, Boolean noMatch) {
    }

    @ExceptionHandler(ForecastNotReady.class)
    ResponseEntity<ProblemDetail> notReady(ForecastNotReady e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Model still training");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", String.valueOf(e.retryAfterSeconds())).body(problem);
    }
}
