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
}
