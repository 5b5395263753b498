package marquee.console.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.previews.ScreeningPlan;
import marquee.previews.ScreeningPlanner;
import marquee.shared.InvalidInput;
import marquee.shared.MarketSettings;
import marquee.shared.NotFound;
import marquee.shared.security.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * A film's preview screening plan: a form (window, count), the plan's cities on the province map, the plan and the
 * naive plan as tables with their expected attendance. For the film's distributor and the operator (404 otherwise).
 */
@Controller
class ScreeningPlanPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int DEFAULT_DAYS = 10;
    private static final int DEFAULT_COUNT = 10;

    private final ScreeningPlanner planner;
    private final Catalog catalog;
    private final MarketSettings market;
    private final Clock clock;

    ScreeningPlanPages(ScreeningPlanner planner, Catalog catalog, MarketSettings market, Clock clock) {
        this.planner = planner;
        this.catalog = catalog;
        this.market = market;
        this.clock = clock;
    }

    @GetMapping("/films/{id}/screening-plan")
    String plan(@PathVariable long id, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String count, Model model, HttpServletResponse response) {
        Caller caller = Caller.current().orElseThrow();
        Film film = catalog.findFilm(id).filter(f -> caller.mayManage(f.distributorTenantId())).orElseThrow(() -> new NotFound("film", id));
        LocalDate first = market.today(clock).plusDays(1);
        String fromText = from == null || from.isBlank() ? first.toString() : from;
        String toText = to == null || to.isBlank() ? LocalDate.parse(fromText.matches("\\d{4}-\\d{2}-\\d{2}") ? fromText : first.toString())
                .plusDays(DEFAULT_DAYS - 1).toString() : to;
        String countText = count == null || count.isBlank() ? "" + DEFAULT_COUNT : count;
        model.addAttribute("section", "films");
        model.addAttribute("film", film);
        model.addAttribute("from", fromText);
        model.addAttribute("to", toText);
        model.addAttribute("count", countText);
        try {
            ScreeningPlan plan = planner.plan(caller, id, date("from", fromText), date("to", toText), number(countText));
            model.addAttribute("p", plan);
            long days = java.time.temporal.ChronoUnit.DAYS.between(plan.from(), plan.to()) + 1;
            model.addAttribute("laterFrom", plan.to().plusDays(1));
            model.addAttribute("laterTo", plan.to().plusDays(days));
            model.addAttribute("json", JSON.writeValueAsString(plan).replace("</", "<\\/"));
        } catch (InvalidInput bad) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", bad.field() + " " + bad.getMessage());
        }
        return "console/screening-plan";
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput(name, "must be a date such as 2026-12-24, not '" + value + "'");
        }
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("count", "must be a whole number of screenings (1-50), not '" + value + "'");
        }
    }
}
