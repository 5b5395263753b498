package marquee.campaigns;

import java.util.List;
import java.util.Optional;
import marquee.shared.security.Caller;

/**
 * Campaigns of a tenant: set up, channels and partners added, tracking links followed. Another tenant's campaign
 * is answered as not found ({@link marquee.shared.NotFound}), never as forbidden.
 */
public interface Campaigns {

    Campaign create(Caller caller, NewCampaign campaign);

    /** The caller's campaign (the operator: any). */
    Campaign campaign(Caller caller, long id);

    /** The caller's tenant's campaigns, newest first (the operator: all). */
    List<Campaign> campaigns(Caller caller);

    Channel addChannel(Caller caller, long campaignId, NewChannel channel);

    /** Adds partners to a PARTNERS channel, each with a link and unique single-use codes. */
    Channel addPartners(Caller caller, long campaignId, long channelId, NewPartners partners);

    /** The codes of a channel's partners, one row per code: partner, code, link. */
    List<PartnerCode> partnerCodes(Caller caller, long campaignId, long channelId);

    /**
     * Records a visit through a tracking link by a browser ({@code visitor}) and, when signed in, an account;
     * answers the film whose storefront page the link opens, or empty for an unknown link.
     */
    Optional<Long> visit(String linkToken, String visitor, Long accountId);

    record PartnerCode(String partner, String code, String trackingPath) {}
}
