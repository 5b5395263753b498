package marquee.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import marquee.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./marquee campaign lift}: the contract's report from a file of units, bad rows by line, clear refusals. */
class LiftCommandTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void the_report_has_one_row_per_treated_arm_and_metric_in_the_contracts_columns() throws IOException {
        Path in = Files.writeString(dir.resolve("test.csv"), """
                unit_id,arm,converted,revenue,city
                1,control,0,0,Chengdu
                2,control,1,45.5,Chengdu
                3,control,0,0,Wuhan
                4,control,1,90,Wuhan
                5,offer,1,45,Chengdu
                6,offer,1,135.5,Wuhan
                7,offer,0,0,Wuhan
                8,offer,1,90,Chengdu
                9,video,0,0,Xi'an
                10,video,1,45,Xi'an
                """);

        assertThat(lift("--in", in.toString(), "--out", dir.resolve("report.csv").toString())).isZero();

        List<String> report = Files.readAllLines(dir.resolve("report.csv"));
        assertThat(report).first().isEqualTo(
                "arm,metric,n_treated,n_control,mean_treated,mean_control,lift_abs,lift_rel,ci95_low,ci95_high,p_value");
        assertThat(report).hasSize(5);
        assertThat(report.get(1)).startsWith("offer,conversion,4,4,0.75,0.5,0.25,0.5,");
        assertThat(report.get(2)).startsWith("offer,revenue,4,4,67.625,33.875,33.75,0.9963099631,");
        assertThat(report.get(3)).startsWith("video,conversion,2,4,0.5,0.5,0,0,");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("10 units in 3 arms (control 'control'), 0 rows rejected");
    }

    @Test
    void bad_rows_are_reported_by_line_and_left_out_and_the_exit_is_3() throws IOException {
        Path in = Files.writeString(dir.resolve("test.csv"), """
                unit_id,arm,converted,revenue
                1,base,0,0
                2,base,yes,0
                3,base,1,10

                5,new,1,ten
                6,new,1,12
                7,,1,12
                8,new,0,0
                """);

        assertThat(lift("--in", in.toString(), "--out", dir.resolve("r.csv").toString(), "--control", "base")).isEqualTo(3);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 3: converted must be 0 or 1, not 'yes'")
                .contains("line 6: revenue is not a decimal: 'ten'").contains("line 8: arm is empty");
        assertThat(Files.readAllLines(dir.resolve("r.csv")).get(1)).startsWith("new,conversion,2,2,");
    }

    @Test
    void a_file_without_the_control_arm_or_the_columns_is_refused_with_exit_1() throws IOException {
        Path noControl = Files.writeString(dir.resolve("a.csv"), "unit_id,arm,converted,revenue\n1,a,0,0\n2,b,1,3\n");
        Path noColumn = Files.writeString(dir.resolve("b.csv"), "unit_id,arm,revenue\n1,a,0\n");

        assertThat(lift("--in", noControl.toString(), "--out", dir.resolve("r.csv").toString())).isEqualTo(1);
        assertThat(lift("--in", noColumn.toString(), "--out", dir.resolve("r.csv").toString())).isEqualTo(1);
        assertThat(lift("--in", dir.resolve("missing.csv").toString(), "--out", dir.resolve("r.csv").toString())).isEqualTo(1);
        assertThat(lift("--out", dir.resolve("r.csv").toString())).as("--in is required").isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no row of the control arm 'control' (arms found: [a, b]")
                .contains("lacks column(s) [converted]").contains("does not exist");
        assertThat(dir.resolve("r.csv")).doesNotExist();
    }

    private int lift(String... args) {
        String[] line = new String[args.length + 2];
        line[0] = "campaign";
        line[1] = "lift";
        System.arraycopy(args, 0, line, 2, args.length);
        return new Launcher(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(line);
    }
}
