package marquee.boxoffice;

import marquee.testing.MarqueeTest;
import marquee.testing.OnPostgres;
import marquee.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"marquee.events.redeliver-after=0s", "marquee.events.redeliver-every=1s"})
@OnPostgres
class SalesRecoveryOnPostgresTest extends SalesRecoverySpec {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabases.usePostgres(registry);
    }
}
