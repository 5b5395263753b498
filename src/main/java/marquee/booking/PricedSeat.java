package marquee.booking;

import marquee.catalog.SeatType;
import marquee.shared.Money;

/** A seat of a screening with its price, as priced by the server (never by the client). */
public record PricedSeat(long seatId, String row, int number, SeatType type, Money price) {}
