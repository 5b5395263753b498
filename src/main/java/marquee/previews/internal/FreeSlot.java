package marquee.previews.internal;

import java.time.LocalDate;
import java.time.LocalTime;

/** A hall free for a whole screening of the film from {@code start} (cinema-local) on {@code date}: where one could go. */
public record FreeSlot(long cinemaId, String city, long hallId, int capacity, LocalDate date, LocalTime start) {}
