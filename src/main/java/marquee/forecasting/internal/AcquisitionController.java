package marquee.forecasting.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import marquee.forecasting.AcquisitionValuations;
import marquee.forecasting.AcquisitionViews.AcquisitionRequest;
import marquee.forecasting.AcquisitionViews.BacktestTable;
import marquee.forecasting.AcquisitionViews.UsFilm;
import marquee.forecasting.AcquisitionViews.Valuation;
import marquee.forecasting.ForecastNotReady;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Acquisition valuation of a foreign film for China, as JSON. */
@RestController
@RequestMapping("/api/forecasts/acquisition")
@Tag(name = "Forecasts", description = "Acquisition valuation: a foreign film's final China gross before buying it")
class AcquisitionController {

    private final AcquisitionValuations valuations;

    AcquisitionController(AcquisitionValuations valuations) {
        this.valuations = valuations;
    }

    /**
     * The final China gross of a candidate, with its 80% interval, both baselines, the comparables and the backtest:
     * {@code {usFilmId, chinaReleaseDate}} for a US film of the history, or a new film's figures.
     */
    @PostMapping
    Valuation value(@RequestBody AcquisitionRequest request) {
        return valuations.value(request);
    }

    /** US films of the history whose title contains q, most recent first. */
    @GetMapping("/us-films")
    List<UsFilm> usFilms(@RequestParam(required = false) String q, @RequestParam(defaultValue = "20") int limit) {
        return valuations.usFilms(q, limit);
    }

    /** The rolling-origin accuracy of the valuation and both baselines. */
    @GetMapping("/backtest")
    BacktestTable backtest() {
        return valuations.backtest();
    }

    @ExceptionHandler(ForecastNotReady.class)
    ResponseEntity<ProblemDetail> notReady(ForecastNotReady e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Still loading");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", String.valueOf(e.retryAfterSeconds())).body(problem);
    }
}
