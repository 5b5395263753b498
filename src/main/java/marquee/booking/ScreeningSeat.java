package marquee.booking;

import marquee.catalog.SeatType;
import marquee.shared.Money;

/** One seat on a screening's seat map: its place on the hall's grid, its state now, and its price. */
public record ScreeningSeat(long seatId, String row, int number, int gridRow, int gridCol, SeatType type,
                            SeatState state, Money price) {}
