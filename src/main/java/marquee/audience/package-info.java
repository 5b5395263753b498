/**
 * Audience: who a film's audience is, and who will come to see a film, including one nobody has seen yet.
 *
 * <p>On the platform: the audience keeps its own copy of the purchases, refunds and check-ins from booking's
 * events (rebuilt from booking's sales history when asked); {@link marquee.audience.Portraits} shows a film's,
 * a coupon's or a campaign's audience next to the whole market with the TGI of every cell, suppressing cells
 * too small to hide a person; {@link marquee.audience.Discovery} finds the likely audience of a film on the
 * platform's own moviegoers, as segments for a marketer; {@link marquee.audience.WordOfMouth} keeps
 * want-to-see marks and ratings (by verified viewers only: a paid ticket, not refunded, for a screening of
 * the film that has started, asked of booking's {@link marquee.booking.Viewings}) and the curves and flags
 * distributors read from them; {@link marquee.audience.Reviews} the storefront's score, histogram and reviews,
 * helpful votes and reports, and the reviews staff should look at. Each answers over HTTP to the staff it belongs to (a distributor its own films and coupons, a
 * chain its own cinemas, the operator everything).
 *
 * <p>The research side, from CSV files of public rating data (ranking moviegoers for a film nobody has seen
 * yet, the cold-start model, its backtest and the top-K scorer), lives in {@code coldstart}; readers and the
 * live internals in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audience")
package marquee.audience;
