package marquee;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The launcher's command line: unknown commands are refused with the usage text. */
class LauncherTest {

    @Test
    void an_unknown_command_exits_with_2() {
        assertThat(MarqueeApplication.runFileCommand("frobnicate", new String[0])).isEqualTo(2);
    }

    @Test
    void the_usage_names_serve_and_seed() {
        assertThat(MarqueeApplication.usage()).contains("serve", "seed", "bench booking", "audience rebuild");
    }

    @Test
    void the_booking_bench_refuses_bad_options_before_starting_anything() {
        assertThat(MarqueeApplication.runAppCommand("bench", new String[] {"booking", "--buyers", "0"})).isEqualTo(2);
    }
}
