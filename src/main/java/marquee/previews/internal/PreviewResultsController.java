package marquee.previews.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import marquee.previews.PreviewOutcomes;
import marquee.previews.PreviewResults;
import marquee.shared.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The results of a preview as JSON: for the distributor that asked for it, the chain that hosted it and the operator
 * (404 for anyone else, as for a missing request); 409 for a request not accepted.
 */
@RestController
@Tag(name = "Previews")
class PreviewResultsController {

    private final PreviewOutcomes outcomes;

    PreviewResultsController(PreviewOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @GetMapping("/api/screening-requests/{id}/results")
    PreviewResults results(@PathVariable long id) {
        return outcomes.of(Caller.current().orElseThrow(), id);
    }

    /** The results of every accepted preview of the film the caller may see (a chain: those it hosted). */
    @GetMapping("/api/films/{id}/preview-results")
    java.util.List<PreviewResults> ofFilm(@PathVariable long id) {
        return outcomes.ofFilm(Caller.current().orElseThrow(), id);
    }
}
