package marquee.booking;

import marquee.booking.internal.SlowPayments;
import marquee.testing.MarqueeTest;
import marquee.testing.OnPostgres;
import marquee.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The cancellation race on PostgreSQL: no ticket of the cancelled screening stays valid. */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(SlowPayments.class)
@OnPostgres
class CancelRaceOnPostgresTest extends CancelRaceSpec {

    @Override
    boolean guarded() {
        return true;
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabases.usePostgres(registry);
    }
}
