package marquee.booking;

import java.time.Instant;
import marquee.shared.Money;

/**
 * What a cinema told a buyer about one of their orders, kept for them to read ("My tickets", GET /api/me/notices):
 * {@code CANCELLED}, the screening was cancelled and {@code seats} tickets refunded with {@code refunded}.
 */
public record BuyerNotice(long id, String kind, long orderId, long screeningId, long filmId, long cinemaId, Instant startsAt,
                          int seats, Money refunded, String reason, Instant createdAt) {}
