package marquee.booking;

import marquee.booking.internal.SlowPayments;
import marquee.testing.MarqueeTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/** The cancellation race with the seats closed: no ticket of the cancelled screening stays valid. */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(SlowPayments.class)
class CancelRaceOnH2Test extends CancelRaceSpec {

    @Override
    boolean guarded() {
        return true;
    }
}
