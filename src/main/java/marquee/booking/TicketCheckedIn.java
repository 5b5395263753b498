package marquee.booking;

import java.time.Instant;

/** A ticket was scanned at the door: its buyer is a verified viewer of the film. */
public record TicketCheckedIn(long ticketId, long orderId, long buyerId, long filmId, long screeningId, long cinemaId,
                             Instant checkedInAt) {}
