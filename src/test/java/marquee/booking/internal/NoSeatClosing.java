package marquee.booking.internal;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * For the cancellation race test's control only: a cancellation that does not close the seats (in place of
 * {@link GuardedSeatClosing}). Checkouts paying while it runs then sell seats of the cancelled screening, which the
 * control must show, or the race test proves nothing.
 */
@TestConfiguration(proxyBeanMethods = false)
public class NoSeatClosing {

    @Bean
    @Primary
    SeatClosing noSeatClosing() {
        return screeningId -> 0;
    }
}
