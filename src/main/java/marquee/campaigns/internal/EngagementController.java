package marquee.campaigns.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import marquee.campaigns.CampaignEngagement;
import marquee.campaigns.EngagementDay;
import marquee.campaigns.EngagementReport;
import marquee.campaigns.Engagements;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A campaign's engagement: the platforms' daily figures per post uploaded as CSV (UTF-8), and read back per channel
 * and day with totals. An upload with any bad row stores nothing and answers 400 with every rejected row.
 */
@RestController
@RequestMapping("/api/campaigns/{id}/engagement")
@Tag(name = "Campaigns", description = "Campaigns, channels, partners with codes, tracking links")
class EngagementController {

    /** The engagement with its totals, as the results page reads it. */
    record EngagementView(long campaignId, List<EngagementDay> days, Map<Long, CampaignEngagement.Totals> perChannel,
                          Map<LocalDate, CampaignEngagement.Totals> perDay, CampaignEngagement.Totals total) {}

    private final Engagements engagements;

    EngagementController(Engagements engagements) {
        this.engagements = engagements;
    }

    @PostMapping(consumes = {"text/csv", "text/plain"})
    ResponseEntity<EngagementReport> upload(@PathVariable long id, @RequestBody byte[] csv) {
        EngagementReport report = engagements.importCsv(CampaignController.caller(), id,
                new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8));
        return ResponseEntity.status(report.applied() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(report);
    }

    @GetMapping
    EngagementView engagement(@PathVariable long id) {
        CampaignEngagement e = engagements.ofCampaign(CampaignController.caller(), id);
        return new EngagementView(e.campaignId(), e.days(), e.perChannel(), e.perDay(), e.total());
    }
}
