package marquee.booking;

import marquee.booking.internal.UnguardedSeatClaim;
import marquee.testing.MarqueeTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The control: the guarded seat claim replaced by one that reads and then writes a seat, with a pause between
 * ({@link UnguardedSeatClaim}). The race must show.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({SeatRaceSpec.SalesSeen.class, UnguardedSeatClaim.class})
class SeatRaceControlOnH2Test extends SeatRaceSpec {

    @Override
    boolean guarded() {
        return false;
    }
}
