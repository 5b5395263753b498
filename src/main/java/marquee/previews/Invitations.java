package marquee.previews;

import java.time.Instant;

/**
 * The invitations to the screening of an accepted invitation-only request: the segment they went to, the random
 * split (the seed recomputes it with campaigns' {@link marquee.campaigns.HoldoutSplit}), and how many of the segment's
 * consenting members were invited and how many held out (not invited, the comparison for the preview's results).
 */
public record Invitations(long requestId, long screeningId, String segment, double holdoutShare, long seed, int eligible,
                          int invited, int heldOut, Instant createdAt) {}
