package marquee.boxoffice;

/** The box office's count of the sales attributed to a campaign, net of their refunds; gross in minor units. */
public record CampaignTakings(long campaignId, long admissions, long grossMinor) {}
