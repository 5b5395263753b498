package marquee.booking.internal;

import java.time.Duration;
import java.util.Map;
import marquee.catalog.SeatType;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Booking rules (application.properties, prefix {@code marquee.booking}).
 *
 * @param holdFor                  how long a hold keeps its seats
 * @param holdExtension            how much longer a hold lasts when extended (once)
 * @param maxSeatsPerHold          the most seats one hold may take
 * @param refundUntilBeforeShow    default refund window: full refunds until this long before the show (per cinema overridable)
 * @param seatTypePercent          price of each seat type as a percentage of the screening's base price
 * @param matineeBefore            local hour before which the matinee percentage applies
 * @param matineePercent           price of a matinee as a percentage
 * @param lateFrom                 local hour from which the late-show percentage applies
 * @param latePercent              price of a late show as a percentage
 * @param checkoutsPerAccountPerMinute checkouts one moviegoer may start per minute (429 beyond)
 * @param idempotencyWait          how long a retry waits for the first request with the same key to finish
 */
@ConfigurationProperties("marquee.booking")
public record BookingSettings(Duration holdFor, Duration holdExtension, int maxSeatsPerHold, Duration refundUntilBeforeShow,
                              Map<SeatType, Integer> seatTypePercent, int matineeBefore, int matineePercent, int lateFrom,
                              int latePercent, int checkoutsPerAccountPerMinute, Duration idempotencyWait) {

    int percentFor(SeatType type) {
        return seatTypePercent.getOrDefault(type, 100);
    }
}
