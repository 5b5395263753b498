package marquee.audience;

import java.util.Optional;

/**
 * Who owns a campaign, so that its staff may see the portrait of its buyers; implemented by the campaigns module
 * (the audience does not depend on it, the campaigns module draws its targeted offers from the audience).
 */
public interface CampaignOwners {

    /** The tenant that owns the campaign, or empty for an unknown one. */
    Optional<Long> ownerOf(long campaignId);
}
