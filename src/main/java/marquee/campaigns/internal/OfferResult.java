package marquee.campaigns.internal;

import marquee.campaigns.Lift;

/**
 * A targeted offer's outcome, contacted against held out: the lift of the purchase rate ({@code conversion}: a
 * member who bought at least one ticket of the film after the offer started and kept it is 1, else 0) and of the
 * net revenue per person (minor units), each with its 95% Welch interval; the incremental buyers the offer made,
 * {@code (rate contacted − rate held out) × contacted}, and its cost for each (null when it made none).
 */
public record OfferResult(long channelId, String name, String segment, int eligible, int contacted, int heldOut, long seed,
                          double holdoutShare, Lift conversion, Lift revenuePerPerson, double incrementalTickets,
                          Long costPerIncrementalTicketMinor, String couponCode, long costMinor) {}
