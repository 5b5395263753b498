package marquee.booking;

import java.time.Instant;
import java.util.List;
import marquee.shared.Money;

/** A buyer's order for seats of one screening, with its tickets once paid. */
public record Order(long id, long buyerId, long screeningId, long filmId, long cinemaId, Instant startsAt,
                    OrderStatus status, Money total, String couponCode, Instant createdAt, Instant paidAt,
                    List<Ticket> tickets) {}
