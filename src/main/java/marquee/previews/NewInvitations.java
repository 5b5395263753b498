package marquee.previews;

import marquee.campaigns.NewOffer;

/**
 * Whom to invite to an invitation-only screening: a segment as campaigns' targeted offers define it (FILM_AUDIENCE,
 * LOOKALIKE or INTERESTS, narrowed by city tiers and a top N), and the share held out at random and not invited
 * (0 to 0.5; absent: {@code marquee.campaigns.holdout-share}).
 */
public record NewInvitations(NewOffer.Segment segment, Double holdoutShare) {}
