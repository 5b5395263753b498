package marquee.forecasting.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import marquee.forecasting.ForecastViews.AllocationAdvice;
import marquee.forecasting.ScreeningAdvice;
import marquee.shared.security.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Screening advice for a cinema manager's own cinema, as JSON (another chain's cinema answers 404). */
@RestController
@Tag(name = "Forecasts", description = "As-if final-gross forecasts, the release calendar and the release-date planner")
class AllocationController {

    private final ScreeningAdvice advice;

    AllocationController(ScreeningAdvice advice) {
        this.advice = advice;
    }

    /** Which film deserves more or fewer screenings the day after {@code date} (default: today at the cinema). */
    @GetMapping("/api/forecasts/allocation")
    AllocationAdvice allocation(@RequestParam long cinemaId,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return advice.advise(Caller.current().orElseThrow(), cinemaId, date);
    }
}
