package marquee.catalog;

import java.time.Instant;

/** A stretch of a hall's time already taken by a screening (its turnaround included): the hall is not free then. */
public record HallTimeTaken(long hallId, Instant startsAt, Instant endsAt) {}
