package marquee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The launcher's command line: one dispatcher, the usage generated from the commands' declarations. */
class LauncherTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Launcher launcher = new Launcher(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void an_unknown_command_exits_with_2_and_the_usage() {
        assertThat(launcher.run("frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: ./marquee COMMAND");
        assertThat(launcher.run()).isEqualTo(2);
        assertThat(launcher.run("forecast")).isEqualTo(2);
        assertThat(launcher.run("import", "films")).isEqualTo(2);
    }

    @Test
    void help_lists_every_command_with_its_summary() {
        assertThat(launcher.run("help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("serve", "seed", "import boxoffice", "import sales",
                "forecast backtest", "audience rank", "audience backtest", "audience rebuild", "bench booking", "bench boxoffice",
                "bench audience", "bench pages", "final-gross forecasts");
    }

    @Test
    void a_command_shows_its_options() {
        assertThat(launcher.run("import", "boxoffice", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: ./marquee import boxoffice", "--source", "--currency");
    }

    @Test
    void settings_are_refused_by_commands_that_work_from_files() {
        assertThat(launcher.run("forecast", "backtest", "--history", "h.csv", "--cutoff", "2013-01-01", "--server.port=1"))
                .isEqualTo(2);
    }

    @Test
    void the_booking_bench_refuses_bad_options_before_starting_anything() {
        assertThat(launcher.run("bench", "booking", "--buyers", "0")).isEqualTo(2);
    }

    @Test
    void later_settings_replace_earlier_ones_of_the_same_name() {
        assertThat(Launcher.merge(java.util.List.of("--a=1", "--b=2"), java.util.List.of("--a=3")))
                .containsExactly("--a=3", "--b=2");
    }
}
