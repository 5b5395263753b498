package marquee.campaigns.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import marquee.campaigns.CampaignComparison;
import marquee.campaigns.CampaignReports;
import marquee.campaigns.CampaignResults;
import marquee.shared.InvalidInput;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A campaign's results (funnel per channel and partner, daily takings, offers' lift) and campaigns side by side. */
@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "Campaigns", description = "Campaigns, channels, partners with codes, tracking links")
class CampaignResultsController {

    private static final int MAX_COMPARED = 20;

    private final CampaignReports reports;

    CampaignResultsController(CampaignReports reports) {
        this.reports = reports;
    }

    @GetMapping("/{id}/results")
    CampaignResults results(@PathVariable long id) {
        return reports.results(CampaignController.caller(), id);
    }

    /** {@code ids} absent: all the caller's campaigns. */
    @GetMapping("/compare")
    List<CampaignComparison> compare(@RequestParam(required = false) List<Long> ids) {
        if (ids != null && ids.size() > MAX_COMPARED) {
            throw new InvalidInput("ids", "at most " + MAX_COMPARED + " campaigns at once");
        }
        return reports.compare(CampaignController.caller(), ids == null ? List.of() : ids.stream().distinct().toList());
    }
}
