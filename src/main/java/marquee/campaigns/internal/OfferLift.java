package marquee.campaigns.internal;

import marquee.campaigns.CampaignResults;
import marquee.campaigns.Lift;

/**
 * The lift of a targeted offer: each eligible member added once with their net outcome (purchases after the offer
 * started minus their refunds; no purchase: 0), contacted against held out. Purchase rate, gross per person and
 * tickets per person each by Welch's difference in means ({@link Lift}); the incremental tickets are the tickets
 * per person the offer added, times the contacted.
 */
final class OfferLift {

    private final Lift.Moments boughtContacted = new Lift.Moments();
    private final Lift.Moments boughtHeldOut = new Lift.Moments();
    private final Lift.Moments grossContacted = new Lift.Moments();
    private final Lift.Moments grossHeldOut = new Lift.Moments();
    private final Lift.Moments ticketsContacted = new Lift.Moments();
    private final Lift.Moments ticketsHeldOut = new Lift.Moments();

    /** One member: their arm, and their net tickets and gross (minor units). */
    OfferLift add(boolean heldOut, long netTickets, long netGrossMinor) {
        (heldOut ? boughtHeldOut : boughtContacted).add(netTickets > 0 ? 1 : 0);
        (heldOut ? grossHeldOut : grossContacted).add(Math.max(0, netGrossMinor));
        (heldOut ? ticketsHeldOut : ticketsContacted).add(Math.max(0, netTickets));
        return this;
    }

    /** The offer's result; an arm of fewer than {@code minCell} people is too small to show without pointing at someone. */
    CampaignResults.OfferResult result(OfferRows.Offer offer, long costMinor, int minCell) {
        boolean suppressed = ticketsContacted.n() < minCell || ticketsHeldOut.n() < minCell;
        Lift tickets = Lift.of(ticketsContacted, ticketsHeldOut);
        Double incremental = suppressed || Double.isNaN(tickets.absolute()) ? null : tickets.absolute() * ticketsContacted.n();
        Long perIncremental = incremental == null || incremental < 0.5 ? null : Math.round(costMinor / incremental);
        return new CampaignResults.OfferResult(offer.channelId(), offer.name(), offer.segment(), offer.holdoutShare(),
                offer.seed(), offer.couponCode(), ticketsContacted.n(), ticketsHeldOut.n(), suppressed,
                suppressed ? null : figures(Lift.of(boughtContacted, boughtHeldOut)),
                suppressed ? null : figures(Lift.of(grossContacted, grossHeldOut)), suppressed ? null : figures(tickets),
                incremental, costMinor, perIncremental);
    }

    private static CampaignResults.Figures figures(Lift lift) {
        return new CampaignResults.Figures(orNull(lift.treated().mean()), orNull(lift.control().mean()),
                orNull(lift.absolute()), orNull(lift.relative()), orNull(lift.low()), orNull(lift.high()),
                orNull(lift.pValue()));
    }

    private static Double orNull(double x) {
        return Double.isNaN(x) || Double.isInfinite(x) ? null : x;
    }
}
