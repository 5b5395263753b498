/**
 * Forecasting: final-gross forecasts with 80% intervals, before release (days_observed 0) and
 * during release (after N days), their backtests on real daily box office, a release-date planner
 * and screening allocation advice. Works from daily box office and film metadata CSV files alone (such
 * as the china-maoyan-daily and us-boxofficemojo-daily data sets); the launcher runs
 * {@link marquee.forecasting.ForecastCommand} as {@code ./marquee forecast ...}:
 * <pre>
 * forecast predict    --history H.csv [--films F.csv] --observed O.csv --out P.csv [--market china|us]
 * forecast backtest   --history H.csv [--films F.csv] --cutoff DATE [--until DATE] [--days 0,1,3,7,14] [--market china|us]
 * forecast plan       --history H.csv [--films F.csv] --from DATE --to DATE (--film ID | --title T [--genres A|B] ...)
 * forecast allocation --history H.csv --from DATE --to DATE
 * </pre>
 * Definitions:
 * <ul>
 * <li>A film's final gross is its last cumulative_gross, else the sum of its daily gross.</li>
 * <li>A <em>finished</em> film of a history: its first row is at most 8 days after its release
 *     date (older dates are re-releases) and the data goes on at least 14 days after its last row.
 *     Backtests train on films finished before the cutoff, reading no row dated on or after it.</li>
 * <li>Days observed N: days from the release date to the film's last row, plus one; preview rows
 *     before the release date count in the gross so far.</li>
 * <li>In-release model (per N): median-loss gradient-boosted trees on log(final / gross so far)
 *     with curve, calendar, market-list, comparable-curve and legs features; 80% interval from the
 *     10th/90th percentiles of out-of-fold residuals. Baseline: gross so far x median multiplier.</li>
 * <li>Pre-release model: the same learner on log final gross minus the market's recent level, from
 *     genres, runtime, formats, track records of director, stars and distributor (earlier films
 *     only), opening theater count where the file gives one (announced before opening in the US),
 *     weekday, days off, season and competition within 14 days. The post-release columns of the
 *     Maoyan film file (want_to_see, rating, rating_count) are never read. Baseline: median final
 *     gross of films with the same first genre, else the same distributor, else all.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forecasting")
package marquee.forecasting;
