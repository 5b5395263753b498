package marquee.campaigns;

import java.time.Instant;

/** A targeted offer as made: its channel, the segment and split it drew (reproducible from the seed) and its coupon. */
public record OfferMade(long channelId, long campaignId, String name, String segment, double holdoutShare, long seed,
                        String couponCode, int eligible, int contacted, int heldOut, Instant startsAt) {}
