package marquee.console.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import marquee.catalog.Catalog;
import marquee.previews.PreviewOutcomes;
import marquee.previews.PreviewResults;
import marquee.shared.Conflict;
import marquee.shared.security.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results of a preview in the console (the API's {@code /api/screening-requests/{id}/results} as a page): attendance,
 * ratings, and want-to-see and later sales in the preview city against its matched cities, with charts and tables. Seen
 * by the distributor that asked, the chain that hosted it and the operator (404 for anyone else).
 */
@Controller
class PreviewResultsPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PreviewOutcomes outcomes;
    private final Catalog catalog;

    PreviewResultsPages(PreviewOutcomes outcomes, Catalog catalog) {
        this.outcomes = outcomes;
        this.catalog = catalog;
    }

    @GetMapping("/screening-requests/{id}/results")
    String results(@PathVariable long id, Model model, HttpServletResponse response) {
        model.addAttribute("section", "requests");
        model.addAttribute("requestId", id);
        try {
            PreviewResults results = outcomes.of(Caller.current().orElseThrow(), id);
            ZoneId zone = catalog.cinema(results.cinemaId()).timeZone();
            model.addAttribute("r", results);
            model.addAttribute("localStart", LocalDateTime.ofInstant(results.startsAt(), zone));
            model.addAttribute("wantToSeeUntil", LocalDateTime.ofInstant(results.wantToSee().to(), zone));
            model.addAttribute("json", JSON.writeValueAsString(results).replace("</", "<\\/"));
        } catch (Conflict notYet) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problem", notYet.sentence() != null ? notYet.sentence() : notYet.getMessage());
        }
        return "console/preview-results";
    }
}
