package marquee.campaigns;

import java.util.List;
import marquee.shared.security.Caller;

/** A campaign's results and a side-by-side comparison of a tenant's campaigns; another tenant's answer not found. */
public interface CampaignReports {

    CampaignResults results(Caller caller, long campaignId);

    /** The named campaigns in the order given; none named: all the caller's campaigns, newest first. */
    List<CampaignComparison> compare(Caller caller, List<Long> campaignIds);
}
