package marquee.campaigns.internal;

import java.util.Optional;
import marquee.audience.CampaignOwners;
import org.springframework.stereotype.Component;

/** Tells the audience module whose campaign it is, for the portrait of a campaign's buyers. */
@Component
class Owners implements CampaignOwners {

    private final CampaignRows rows;

    Owners(CampaignRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Long> ownerOf(long campaignId) {
        return rows.find(campaignId).map(CampaignRows.Row::ownerTenantId);
    }
}
