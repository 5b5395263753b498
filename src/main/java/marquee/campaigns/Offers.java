package marquee.campaigns;

import java.util.List;
import marquee.shared.security.Caller;

/** Targeted offers of a tenant's campaigns, with their randomised holdout. Another tenant's campaign is not found. */
public interface Offers {

    /**
     * Makes an offer to a segment's consenting moviegoers: a share held out at random by a stored seed, the rest
     * given a coupon only they may use. {@link marquee.shared.InvalidInput} for a bad segment, share or discount.
     */
    OfferMade make(Caller caller, long campaignId, NewOffer offer);

    /** The moviegoers an offer contacted (never the held out), in account order. */
    List<Long> contacted(Caller caller, long campaignId, long channelId);
}
