package marquee.booking;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;

/** Hold these seats of this screening: all of them or none. */
public record HoldRequest(@NotNull @Positive Long screeningId, @NotNull List<@NotNull Long> seatIds) {}
