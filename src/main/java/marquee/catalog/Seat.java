package marquee.catalog;

/** A seat: its label for people (row "F", number 7) and its place on the hall's grid. */
public record Seat(long id, String row, int number, int gridRow, int gridCol, SeatType type) {}
