package marquee.previews.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import marquee.previews.ScreeningPlan;
import marquee.previews.ScreeningPlanner;
import marquee.shared.InvalidInput;
import marquee.shared.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The preview screening plan of a film, as JSON: for its distributor and the operator (404 for anyone else's film). */
@RestController
@Tag(name = "Previews", description = "Where to show a film first: preview and targeted screenings where its audience lives")
class ScreeningPlanController {

    private final ScreeningPlanner planner;

    ScreeningPlanController(ScreeningPlanner planner) {
        this.planner = planner;
    }

    /**
     * Cities and cinemas ranked by the expected attendance of a screening of the film, the plan of {@code count}
     * screenings (1-50) between {@code from} and {@code to} (at most 60 days, not in the past), the naive plan
     * beside it, and both plans' expected attendance.
     */
    @GetMapping("/api/films/{id}/screening-plan")
    ScreeningPlan plan(@PathVariable long id, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       @RequestParam(defaultValue = "10") String count) {
        return planner.plan(Caller.current().orElseThrow(), id, date("from", from), date("to", to), number(count));
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(name, "is required: a date such as 2026-12-24");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput(name, "must be a date such as 2026-12-24, not '" + value + "'");
        }
    }

    static int number(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("count", "must be a whole number of screenings (1-50), not '" + value + "'");
        }
    }
}
