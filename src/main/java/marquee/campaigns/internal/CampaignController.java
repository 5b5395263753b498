package marquee.campaigns.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import marquee.campaigns.Campaign;
import marquee.campaigns.Campaigns;
import marquee.campaigns.Channel;
import marquee.campaigns.NewCampaign;
import marquee.campaigns.NewChannel;
import marquee.campaigns.NewPartners;
import marquee.shared.security.Caller;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The campaigns JSON API: campaigns with their phases, channels, partners and partner codes. */
@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "Campaigns", description = "Campaigns, channels, partners with codes, tracking links")
class CampaignController {

    private final Campaigns campaigns;

    CampaignController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Campaign create(@Valid @RequestBody NewCampaign campaign) {
        return campaigns.create(caller(), campaign);
    }

    @GetMapping
    List<Campaign> list() {
        return campaigns.campaigns(caller());
    }

    @GetMapping("/{id}")
    Campaign campaign(@PathVariable long id) {
        return campaigns.campaign(caller(), id);
    }

    @PostMapping("/{id}/channels")
    @ResponseStatus(HttpStatus.CREATED)
    Channel addChannel(@PathVariable long id, @Valid @RequestBody NewChannel channel) {
        return campaigns.addChannel(caller(), id, channel);
    }

    @PostMapping("/{id}/channels/{channelId}/partners")
    @ResponseStatus(HttpStatus.CREATED)
    Channel addPartners(@PathVariable long id, @PathVariable long channelId, @Valid @RequestBody NewPartners partners) {
        return campaigns.addPartners(caller(), id, channelId, partners);
    }

    /** The partners' codes as CSV, to hand to the partners: partner, code, tracking link. */
    @GetMapping(value = "/{id}/channels/{channelId}/codes", produces = "text/csv")
    ResponseEntity<String> codes(@PathVariable long id, @PathVariable long channelId) throws java.io.IOException {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter out = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setHeader("partner", "code", "tracking_link").get())) {
            for (Campaigns.PartnerCode code : campaigns.partnerCodes(caller(), id, channelId)) {
                out.printRecord(code.partner(), code.code(), code.trackingPath());
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"campaign-" + id + "-channel-" + channelId + "-codes.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)).body(csv.toString());
    }

    static Caller caller() {
        return Caller.current().orElseThrow(() -> new IllegalStateException("the rule table lets no anonymous caller here"));
    }
}
