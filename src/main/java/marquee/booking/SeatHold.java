package marquee.booking;

import java.time.Instant;
import java.util.List;
import marquee.shared.Money;

/**
 * Seats of one screening held for a buyer until {@code expiresAt}; after that they are free for anyone
 * else, whether or not anything has tidied up. A hold may be extended once.
 */
public record SeatHold(String id, long screeningId, long buyerId, List<PricedSeat> seats, Money total,
                       Instant expiresAt, boolean extended, String status) {}
