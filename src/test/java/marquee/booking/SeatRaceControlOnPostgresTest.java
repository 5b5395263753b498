package marquee.booking;

import marquee.booking.internal.UnguardedSeatClaim;
import marquee.testing.MarqueeTest;
import marquee.testing.OnPostgres;
import marquee.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The control: the guarded seat claim replaced by one that reads and then writes a seat, with a pause between
 * ({@link UnguardedSeatClaim}). The race must show.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({SeatRaceSpec.SalesSeen.class, UnguardedSeatClaim.class})
@OnPostgres
class SeatRaceControlOnPostgresTest extends SeatRaceSpec {

    @Override
    boolean guarded() {
        return false;
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabases.usePostgres(registry);
    }
}
