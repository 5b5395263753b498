/**
 * Audience module: who comes to see a film. Portraits of a film's (or a coupon's) audience against the market,
 * want-to-see and word of mouth with verified viewers, discovery of a film's likely audience, and each
 * moviegoer's purchases kept from booking's events ({@code ./marquee audience rebuild} replays them).
 *
 * <p>The research side, from CSV files (ranking moviegoers for a film nobody has seen yet, the cold-start
 * model, its backtest and the top-K scorer), lives in {@code coldstart}; readers and the live internals in
 * {@code internal}.
 */
package marquee.audience;
