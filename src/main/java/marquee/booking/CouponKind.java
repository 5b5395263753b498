package marquee.booking;

/** A coupon takes a percentage off an order, or a fixed amount in the order's currency. */
public enum CouponKind { PERCENT, AMOUNT }
