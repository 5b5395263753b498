/**
 * Audience: who a film's audience is, and who will come to see a film, including one nobody has seen yet.
 *
 * <p>On the platform: the audience keeps its own copy of the purchases, refunds and check-ins from booking's
 * events (rebuilt from booking's sales history when asked); {@link marquee.audience.Portraits} shows a film's,
 * a coupon's or a campaign's audience next to the whole market with the TGI of every cell, suppressing cells
 * too small to hide a person; {@link marquee.audience.Discovery} finds the likely audience of a film on the
 * platform's own moviegoers, as segments for a marketer; {@link marquee.audience.WordOfMouth} keeps
 * want-to-see marks and ratings (verified by a checked-in ticket) and the curves and flags distributors read
 * from them. Each answers over HTTP to the staff it belongs to (a distributor its own films and coupons, a
 * chain its own cinemas, the operator everything).
 *
 * <p>Research on public rating data: the launcher command {@link marquee.audience.AudienceCommand}
 * ({@code ./marquee audience rank|backtest|bench}) and the in-memory top-K scorer
 * {@link marquee.audience.AudienceScorer} over struct-of-arrays {@link marquee.audience.MoviegoerFeatures}.
 * Readers, profiles, features, the cold-start model and the backtest live in {@code internal}.
 *
 * <p>Cold-start model: a logistic regression on three features of a (moviegoer, film) pair, computed
 * only from interactions before the cutoff: recent activity on films of the film's era (for a new
 * film: this year's releases, 60-day half-life), smoothed genre lift over the market, and how often
 * the moviegoer rates such films within 30 days of their first rating (30-day half-life). It is
 * trained on six earlier two-week windows (features before each training cutoff, label = rated a
 * new release that debuted between the training cutoff and the real cutoff).
 *
 * <p>Backtest (time split only): candidates are the users with at least one interaction before
 * the cutoff; test films are films whose first interaction is at or after the cutoff and which
 * at least 10 candidates rated afterwards; a film's relevant set is those candidates. Recall@K =
 * hits in the top K / relevant; NDCG@K uses binary gains 1/log2(rank + 1) over the ideal DCG;
 * both per film, then averaged over films. Baselines: popularity (number of earlier interactions)
 * and recent new-release viewers (Σ 0.5^(age days / 30) over interactions with films of the
 * cutoff's year, ties by number of interactions).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audience")
package marquee.audience;
