package marquee.booking.internal;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checkouts a crash cut short between the charge and the sale leave an order pending, its hold being paid for
 * (its seats held for good) and perhaps money taken. At start and then now and then, orders pending for longer
 * than any payment can take ({@code marquee.booking.interrupted-checkout-after}) are settled: failed, seats and
 * coupon given back, an approved charge refunded. So no payment stays without its order.
 */
@Component
class InterruptedCheckouts {

    private static final Logger log = LoggerFactory.getLogger(InterruptedCheckouts.class);

    private final OrderRows orders;
    private final Checkout checkout;
    private final Clock clock;
    private final Duration after;

    InterruptedCheckouts(OrderRows orders, Checkout checkout, Clock clock,
                         @Value("${marquee.booking.interrupted-checkout-after}") Duration after) {
        this.orders = orders;
        this.checkout = checkout;
        this.clock = clock;
        this.after = after;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${marquee.booking.tidy-every}", initialDelayString = "${marquee.booking.tidy-every}")
    void settle() {
        if (marquee.shared.Backdating.replaying()) {
            return; // the demo is paying for orders days back, which look long interrupted to the real clock: next time
        }
        long settled = orders.pendingSince(clock.instant().minus(after)).stream().filter(checkout::settleInterrupted).count();
        if (settled > 0) {
            log.warn("booking: settled {} checkouts interrupted between payment and sale (seats and coupons given back,"
                    + " approved payments refunded)", settled);
        }
    }
}
