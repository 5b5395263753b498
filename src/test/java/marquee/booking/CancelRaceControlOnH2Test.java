package marquee.booking;

import marquee.booking.internal.NoSeatClosing;
import marquee.booking.internal.SlowPayments;
import marquee.testing.MarqueeTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/** The control: a cancellation that leaves the seats open ({@link NoSeatClosing}). The race must show. */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({SlowPayments.class, NoSeatClosing.class})
class CancelRaceControlOnH2Test extends CancelRaceSpec {

    @Override
    boolean guarded() {
        return false;
    }
}
