package marquee.previews;

import marquee.testing.MarqueeTest;
import marquee.testing.OnPostgres;
import marquee.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Two acceptances of one request at once, on PostgreSQL: one screening. */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OnPostgres
class ScreeningRequestRaceOnPostgresTest extends ScreeningRequestRaceSpec {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabases.usePostgres(registry);
    }
}
