package marquee.booking;

import java.time.Instant;
import java.util.List;

/** The seat map of one screening: every seat with its state and price, and how many are free. */
public record SeatPlan(long screeningId, long hallId, long filmId, long cinemaId, Instant startsAt,
                       int gridRows, int gridCols, int freeSeats, List<ScreeningSeat> seats) {}
