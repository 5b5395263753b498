package marquee.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import marquee.Launcher;
import org.junit.jupiter.api.Test;

/** {@code ./marquee demo occupancy}: the demo day worked out from the market's plan, hour by hour, without a store. */
class DemoOccupancyCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Launcher launcher = new Launcher(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void prints_the_day_hour_by_hour() {
        assertThat(launcher.run("demo", "occupancy", "--cinemas=12", "--date=2026-12-02")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Demo day 2026-12-02 (WEDNESDAY)", "occupancy 12.0%", "19:00", "23:00");
        assertThat(printed.lines().count()).isEqualTo(26);
    }

    @Test
    void refuses_an_occupancy_out_of_range() {
        assertThat(launcher.run("demo", "occupancy", "--occupancy=2")).isEqualTo(2);
    }
}
