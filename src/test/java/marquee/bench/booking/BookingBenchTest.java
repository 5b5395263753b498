package marquee.bench.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import marquee.Launcher;
import org.junit.jupiter.api.Test;

/**
 * The booking bench runs end to end for a few seconds against a Marquee it starts itself, and ends with
 * its machine-readable line and no seat sold twice. Not a timing test: the figures depend on the machine.
 */
class BookingBenchTest {

    static final String LAST_LINE = "purchases_per_s=\\d+ checkout_p99_ms=\\d+\\.\\d double_sold=\\d+";

    @Test
    void a_short_run_on_the_embedded_store_sells_seats_and_none_twice() {
        Run run = bench("--seconds", "3", "--warmup", "1", "--buyers", "8", "--read-seconds", "1", "--readers", "4");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.lastLine()).matches(LAST_LINE).endsWith(" double_sold=0");
        assertThat(run.out()).contains("embedded H2 store", "hold ", "checkout ", "errors: 0");
        // The web stack's own cost: a simple read's rate and CPU, anonymous and with a token.
        assertThat(run.out()).containsPattern("simple read \\(GET /api/films/\\{id\\}, anonymous, 4 readers\\): [0-9,]+ reads/s")
                .contains("token, 4 readers").containsPattern("reads_per_s=\\d+ read_cpu_ms=\\d+\\.\\d{3} read_request_cpu_ms=");
        // Sold at all (warm-up included): on a busy machine the first purchases may take longer than the measured seconds.
        assertThat(run.out()).containsPattern("database: [1-9][0-9,]* tickets");
    }

    @Test
    void bad_options_print_the_usage_and_exit_with_2() {
        Run run = bench("--seconds", "zero");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: ./marquee bench booking");
        assertThat(bench("--database", "oracle").exit()).isEqualTo(2);
        assertThat(bench("--url", "http://127.0.0.1:1", "--database", "postgres").exit()).isEqualTo(2);
    }

    record Run(int exit, String out, String err) {
        String lastLine() {
            List<String> lines = out.lines().toList();
            return lines.isEmpty() ? "" : lines.getLast();
        }
    }

    static Run bench(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] line = new String[args.length + 2];
        line[0] = "bench";
        line[1] = "booking";
        System.arraycopy(args, 0, line, 2, args.length);
        int exit = new Launcher(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(line);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
