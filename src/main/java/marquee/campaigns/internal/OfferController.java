package marquee.campaigns.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import marquee.campaigns.CampaignReports;
import marquee.campaigns.CampaignResults;
import marquee.campaigns.NewOffer;
import marquee.campaigns.OfferMade;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Targeted offers of a campaign: made to a segment with a randomised holdout, and their lift. */
@RestController
@RequestMapping("/api/campaigns/{id}/offers")
@Tag(name = "Campaigns", description = "Campaigns, channels, partners with codes, tracking links")
class OfferController {

    private final TargetedOffers offers;
    private final CampaignReports reports;

    OfferController(TargetedOffers offers, CampaignReports reports) {
        this.offers = offers;
        this.reports = reports;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    OfferMade make(@PathVariable long id, @Valid @RequestBody NewOffer offer) {
        return offers.make(CampaignController.caller(), id, offer);
    }

    /** The campaign's offers with their lift: the offers part of the campaign's results. */
    @GetMapping
    List<CampaignResults.OfferResult> results(@PathVariable long id) {
        return reports.results(CampaignController.caller(), id).offers();
    }
}
