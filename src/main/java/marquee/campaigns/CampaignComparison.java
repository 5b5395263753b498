package marquee.campaigns;

import java.time.LocalDate;

/**
 * One campaign in a side-by-side comparison of a tenant's campaigns: budget, spent, net attributed tickets and
 * gross, cost per ticket, and its targeted offer with the largest purchase-rate lift (null without offers).
 */
public record CampaignComparison(long campaignId, String name, String filmTitle, LocalDate startsOn, LocalDate endsOn,
                                 String currency, long budgetMinor, long spentMinor, long tickets, long grossMinor,
                                 Long costPerTicketMinor, CampaignResults.OfferResult bestLift) {}
