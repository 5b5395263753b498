package marquee.booking;

import marquee.testing.MarqueeTest;
import marquee.testing.OnPostgres;
import marquee.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The race with the seat guard on: no seat is ever held or sold twice. */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(SeatRaceSpec.SalesSeen.class)
@OnPostgres
class SeatRaceOnPostgresTest extends SeatRaceSpec {

    @Override
    boolean guarded() {
        return true;
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabases.usePostgres(registry);
    }
}
