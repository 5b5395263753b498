package marquee.campaigns.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import marquee.campaigns.Lift;
import marquee.campaigns.NewOffer;
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

    /** An offer's result as JSON: the lifts with the arms' sizes and means; what cannot be computed is null. */
    record ResultView(long channelId, String name, String segment, int eligible, int contacted, int heldOut, long seed,
                      double holdoutShare, String couponCode, long costMinor, LiftView conversion, LiftView revenuePerPerson,
                      double incrementalTickets, Long costPerIncrementalTicketMinor, boolean suppressed) {}

    record LiftView(long nContacted, long nHeldOut, Double meanContacted, Double meanHeldOut, Double absolute, Double relative,
                    Double low, Double high, Double pValue) {

        static LiftView of(Lift l) {
            return new LiftView(l.treated().n(), l.control().n(), finite(l.treated().mean()), finite(l.control().mean()),
                    finite(l.absolute()), finite(l.relative()), finite(l.low()), finite(l.high()), finite(l.pValue()));
        }

        private static Double finite(double x) {
            return Double.isFinite(x) ? x : null;
        }
    }

    private final TargetedOffers offers;
    private final CampaignSettings settings;

    OfferController(TargetedOffers offers, CampaignSettings settings) {
        this.offers = offers;
        this.settings = settings;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TargetedOffers.Made make(@PathVariable long id, @Valid @RequestBody NewOffer offer) {
        return offers.make(CampaignController.caller(), id, offer);
    }

    /**
     * The campaign's offers with their lift. An arm of fewer than {@code marquee.campaigns.min-cell} people is too
     * small to show without pointing at someone: its offer's lifts and incremental figures are left out.
     */
    @GetMapping
    List<ResultView> results(@PathVariable long id) {
        return offers.offerResults(CampaignController.caller(), id).stream().map(this::view).toList();
    }

    private ResultView view(OfferResult r) {
        boolean suppressed = r.contacted() < settings.minCell() || r.heldOut() < settings.minCell();
        return new ResultView(r.channelId(), r.name(), r.segment(), r.eligible(), r.contacted(), r.heldOut(), r.seed(),
                r.holdoutShare(), r.couponCode(), r.costMinor(), suppressed ? null : LiftView.of(r.conversion()),
                suppressed ? null : LiftView.of(r.revenuePerPerson()), suppressed ? 0 : r.incrementalTickets(),
                suppressed ? null : r.costPerIncrementalTicketMinor(), suppressed);
    }
}
