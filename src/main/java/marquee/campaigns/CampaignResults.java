package marquee.campaigns;

import java.time.LocalDate;
import java.util.List;

/**
 * What a campaign did: what it may spend and has spent, each phase's attributed takings, each channel's (and each
 * partner's) reach, engagement and funnel, the attributed tickets day by day next to the film's box office, and for
 * each targeted offer the lift of the contacted over the held-out moviegoers. Money in minor units of
 * {@code currency}; tickets and gross are net of refunds. A channel or partner row with fewer distinct buyers than
 * {@code minCell} shows its buyer counts as suppressed; the campaign's totals are always shown.
 *
 * @param spentMinor the channels' costs plus the spend the platforms reported in their engagement figures
 */
public record CampaignResults(long campaignId, String name, long filmId, String filmTitle, String currency,
                              LocalDate startsOn, LocalDate endsOn, long budgetMinor, long spentMinor,
                              long channelCostMinor, long engagementSpendMinor, int minCell, Funnel totals,
                              Engagement engagement, List<PhaseResult> phases, List<ChannelResult> channels,
                              List<Day> daily, BoxOfficeCount boxOffice, List<OfferResult> offers) {

    /**
     * Tracked visits (and distinct browsers) through the links, holds taken to checkout, orders not fully refunded,
     * their tickets and gross net of refunds, their distinct buyers, and cost per net ticket. When
     * {@code suppressed}, everything counted in buyers (holds to cost per ticket) is null.
     */
    public record Funnel(long visits, long visitors, Long holds, Long orders, Long tickets, Long grossMinor, Long buyers,
                         Long costPerTicketMinor, boolean suppressed) {}

    /** The platforms' figures summed over the days they exported. */
    public record Engagement(long views, long likes, long comments, long shares, long spendMinor) {

        public static final Engagement NONE = new Engagement(0, 0, 0, 0, 0);

        public Engagement plus(Engagement o) {
            return new Engagement(views + o.views, likes + o.likes, comments + o.comments, shares + o.shares,
                    spendMinor + o.spendMinor);
        }
    }

    /**
     * A channel, or ({@code partnerId} set) a partner of a community channel. {@code costMinor}: the channel's
     * cost plus its engagement spend (null for a partner, whose cost is the channel's).
     */
    public record ChannelResult(long channelId, Long partnerId, ChannelKind kind, String name, String platform,
                                String creator, String postUrl, Long costMinor, Engagement engagement, Funnel funnel,
                                List<ChannelResult> partners) {}

    /** A phase with the tickets and gross attributed on its days (sales on their day, refunds on theirs). */
    public record PhaseResult(String name, LocalDate startsOn, LocalDate endsOn, long budgetMinor, long tickets,
                              long grossMinor) {}

    /** One day of the campaign: its attributed tickets and gross, and the film's whole box office that day. */
    public record Day(LocalDate day, long tickets, long grossMinor, long filmAdmissions, long filmGrossMinor) {}

    /** The box office's own count of the campaign's sales, as a cross-check of this report's totals. */
    public record BoxOfficeCount(long tickets, long grossMinor, boolean agrees) {}

    /**
     * A targeted offer's lift: contacted against held out, per eligible person (a member with no purchase counts
     * 0), with the segment it was drawn from and the seed that split it. {@code incrementalTickets}: the tickets per
     * person the offer added times the contacted; {@code costPerIncrementalTicketMinor} null unless it added some.
     * When an arm has fewer than {@code minCell} people ({@code suppressed}) the figures are left out.
     */
    public record OfferResult(long channelId, String name, String segment, double holdoutShare, long seed,
                              String couponCode, long contacted, long heldOut, boolean suppressed, Figures purchaseRate,
                              Figures grossPerPerson, Figures ticketsPerPerson, Double incrementalTickets,
                              long costMinor, Long costPerIncrementalTicketMinor) {}

    /**
     * One metric's lift: the arms' means, their difference with its 95% Welch interval and p-value, and the
     * difference relative to the held-out mean. Null where it cannot be told (an arm under two people, a held-out
     * mean of 0).
     */
    public record Figures(Double contacted, Double heldOut, Double absolute, Double relative, Double low, Double high,
                          Double pValue) {}
}
