package marquee.catalog;

import java.util.List;

/** A hall with every one of its seats. */
public record SeatMap(Hall hall, List<Seat> seats) {}
