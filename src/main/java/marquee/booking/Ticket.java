package marquee.booking;

import java.time.Instant;
import marquee.shared.Money;

/** An e-ticket: one seat of a paid order, with the unguessable code shown at the door as a QR code. */
public record Ticket(long id, String code, long seatId, String row, int number, Money price, TicketStatus status,
                     Instant checkedInAt) {}
