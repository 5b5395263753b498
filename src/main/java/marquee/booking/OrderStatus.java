package marquee.booking;

/**
 * PENDING while the payment is taken; PAID; DECLINED by the payment provider; FAILED when paid for seats
 * that were gone by then (the payment is refunded); REFUNDED when all its tickets were refunded.
 */
public enum OrderStatus { PENDING, PAID, DECLINED, FAILED, REFUNDED }
