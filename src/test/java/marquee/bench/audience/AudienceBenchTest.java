package marquee.bench.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import marquee.Launcher;
import org.junit.jupiter.api.Test;

/** {@code ./marquee bench audience}, small: both timings with their baselines, and the scorer agreeing with the full sort. */
class AudienceBenchTest {

    @Test
    void prints_the_median_of_the_scorer_and_the_portrait_next_to_their_baselines() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Integer exit = new Launcher(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                .run("bench", "audience", "--moviegoers", "20000", "--tickets", "20000", "--runs", "3");

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("20,000 synthetic moviegoers", "median", "full sort",
                "same top 1000 as the full sort: true", "portrait of a film with 20,000 tickets");
    }

    @Test
    void refuses_a_bad_option_with_2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        Integer exit = new Launcher(System.out, new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("bench", "audience", "--runs", "none");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: ./marquee bench audience");
    }
}
