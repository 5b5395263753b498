package marquee.accounts;

import marquee.testing.MarqueeTest;
import marquee.testing.OnPostgres;
import marquee.testing.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@MarqueeTest
@OnPostgres
class AccountStoreOnPostgresTest extends AccountStoreSpec {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabases.usePostgres(registry);
    }
}
