package marquee.audience;

import marquee.testing.MarqueeTest;
import marquee.testing.OnPostgres;
import marquee.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OnPostgres
class AudienceHistoryOnPostgresTest extends AudienceHistorySpec {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabases.usePostgres(registry);
    }
}
