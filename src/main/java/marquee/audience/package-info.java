/**
 * Audience module: who will come to see a film. Its public API is the launcher command
 * {@link marquee.audience.AudienceCommand} and the in-memory {@link marquee.audience.AudienceScorer};
 * readers, features, the cold-start model and the backtest live in {@code internal}.
 */
package marquee.audience;
