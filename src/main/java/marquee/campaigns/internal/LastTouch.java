package marquee.campaigns.internal;

import java.time.Instant;
import marquee.booking.Attribution;
import marquee.booking.SaleAttribution;
import org.springframework.stereotype.Component;

/**
 * The attribution rule: a campaign's code paid with wins (the buyer showed where they came from); otherwise the
 * last tracking link the buyer's account or browser followed within the window ({@code marquee.campaigns.
 * attribution-window}, 7 days); otherwise none. An attributed checkout is counted in the campaign's funnel.
 */
@Component
class LastTouch implements SaleAttribution {

    private final Touches touches;
    private final CampaignSettings settings;

    LastTouch(Touches touches, CampaignSettings settings) {
        this.touches = touches;
        this.settings = settings;
    }

    @Override
    public Attribution checkout(long buyerId, String visitor, String holdId, String couponCode, Instant at) {
        Attribution attribution = (couponCode == null ? java.util.Optional.<Attribution>empty() : touches.code(couponCode))
                .or(() -> touches.lastVisit(buyerId, visitor, at.minus(settings.attributionWindow())))
                .orElse(Attribution.NONE);
        if (attribution.attributed()) {
            touches.checkout(holdId, attribution, buyerId, at);
        }
        return attribution;
    }
}
