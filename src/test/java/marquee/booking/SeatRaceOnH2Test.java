package marquee.booking;

import marquee.testing.MarqueeTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/** The race with the seat guard on: no seat is ever held or sold twice. */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(SeatRaceSpec.SalesSeen.class)
class SeatRaceOnH2Test extends SeatRaceSpec {

    @Override
    boolean guarded() {
        return true;
    }
}
