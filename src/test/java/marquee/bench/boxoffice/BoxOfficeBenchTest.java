package marquee.bench.boxoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import marquee.Launcher;
import org.junit.jupiter.api.Test;

/** {@code ./marquee bench boxoffice}, small, in a Marquee of its own: ends with its machine-readable line. */
class BoxOfficeBenchTest {

    @Test
    void a_small_run_ends_with_its_figures() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Integer exit = new Launcher(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                .run("bench", "boxoffice", "--events", "5000");

        assertThat(exit).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getLast()).matches("events_per_s=\\d+ visible_p99_ms=\\d+\\.\\d ranking_p99_ms=\\d+\\.\\d");
    }

    @Test
    void phase_two_runs_at_the_rate_asked_for() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Integer exit = new Launcher(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                .run("bench", "boxoffice", "--events", "2000", "--paced-at", "500");

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("phase 2, paced at 500 events/s: 1,000 events in ");
    }

    @Test
    void a_rate_that_is_not_positive_is_refused_before_anything_starts() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        Integer exit = new Launcher(System.out, new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("bench", "boxoffice", "--paced-at", "0");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--paced-at must be positive");
    }
}
