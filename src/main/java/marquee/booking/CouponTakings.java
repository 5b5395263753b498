package marquee.booking;

/**
 * What a coupon brought in: its uses (orders that took one, as counted at checkout), the admissions of those orders
 * still valid, and their gross (captured less refunded, minor units of {@code currency}; null currency: no sale yet).
 */
public record CouponTakings(Coupon coupon, int uses, long admissions, long grossMinor, String currency) {}
