package marquee.booking;

/** A seat of one screening: free to hold, held by a buyer until the hold expires, sold, or blocked by the cinema. */
public enum SeatState { FREE, HELD, SOLD, BLOCKED }
