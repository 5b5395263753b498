package marquee.boxoffice.internal;

import marquee.testing.MarqueeTest;
import marquee.testing.OnPostgres;
import marquee.testing.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The writer's cache limit, stop and crash recovery on PostgreSQL. */
@MarqueeTest
@OnPostgres
class SaleWriterOnPostgresTest extends SaleWriterTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabases.usePostgres(registry);
    }
}
