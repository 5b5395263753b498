package marquee.booking;

import marquee.testing.MarqueeTest;
import marquee.testing.OnPostgres;
import marquee.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The control: the seat guard off and a pause between reading and writing a seat. The race must show. */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(SeatRaceSpec.SalesSeen.class)
@OnPostgres
@TestPropertySource(properties = {"marquee.booking.race-guard=false", "marquee.booking.race-pause=100ms"})
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
