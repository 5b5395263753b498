package marquee.bench.booking;

import static marquee.bench.booking.BookingBenchTest.LAST_LINE;
import static marquee.bench.booking.BookingBenchTest.bench;
import static org.assertj.core.api.Assertions.assertThat;

import marquee.testing.OnPostgres;
import org.junit.jupiter.api.Test;

/** The booking bench on PostgreSQL: a database of its own on the test server, created for the run and dropped after it. */
@OnPostgres
class BookingBenchOnPostgresTest {

    @Test
    void a_short_run_on_postgresql_sells_seats_and_none_twice() {
        String server = env("MARQUEE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:55432/postgres");
        BookingBenchTest.Run run = bench("--seconds", "2", "--warmup", "1", "--buyers", "4", "--database", "postgres",
                "--jdbc-url", server, "--db-user", env("MARQUEE_TEST_PG_USER", "postgres"),
                "--db-password", env("MARQUEE_TEST_PG_PASSWORD", ""));

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("PostgreSQL, new database marquee_bench_");
        assertThat(run.lastLine()).matches(LAST_LINE).endsWith(" double_sold=0");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
