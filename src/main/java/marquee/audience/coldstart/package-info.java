/**
 * Research, from CSV files: ranking moviegoers for a film nobody has seen yet ({@code ./marquee audience rank}),
 * the cold-start model, its two baselines and its backtest ({@code ./marquee audience backtest}), and the in-memory
 * top-K scorer {@link marquee.audience.coldstart.AudienceScorer} over struct-of-arrays
 * {@link marquee.audience.coldstart.MoviegoerFeatures}. None of it runs in the web application.
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
 *
 * <p>A named interface of the audience module: the benchmarks (src/bench) time its scorer.
 */
@NamedInterface("coldstart")
package marquee.audience.coldstart;

import org.springframework.modulith.NamedInterface;
