package marquee.forecasting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import marquee.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcquisitionCommandTest {

    /** After the 30 fixture pairs (the last China release is in mid 2012) have finished in China. */
    private static final LocalDate CANDIDATE_DATE = LocalDate.of(2012, 9, 14);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int forecast(String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "forecast";
        System.arraycopy(args, 0, line, 1, args.length);
        return new Launcher(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(line);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /** The fixture plus two candidates whose US runs start before the candidate date and go on after it. */
    private static AcquisitionFixture fixture() {
        return new AcquisitionFixture(30)
                .usFilm("cand-a", "Candidate A", CANDIDATE_DATE.minusDays(45), 20_000_000, 0.85, 90, 3800)
                .usFilm("cand-b", "Candidate B", CANDIDATE_DATE.minusDays(3), 8_000_000, 0.8, 60, 3100);
    }

    private int value(AcquisitionFixture f, String prefix, String candidates) throws IOException {
        return forecast("acquisition", "--pairs", file(prefix + "pairs.csv", f.pairsText()).toString(),
                "--china-history", file(prefix + "china.csv", f.chinaText()).toString(),
                "--us-history", file(prefix + "us.csv", f.usText()).toString(),
                "--candidates", file(prefix + "candidates.csv", candidates).toString(),
                "--out", dir.resolve(prefix + "out.csv").toString());
    }

    @Test
    void are_commands_of_the_launcher() {
        assertThat(new Launcher(System.out, System.err).usage()).contains("forecast acquisition",
                "forecast acquisition-backtest");
    }

    @Test
    void writes_one_valuation_per_candidate_in_input_order_with_its_interval() throws IOException {
        String candidates = "us_film_id,china_release_date\ncand-b," + CANDIDATE_DATE + "\ncand-a," + CANDIDATE_DATE + "\n";

        int exit = value(fixture(), "", candidates);

        assertThat(exit).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("out.csv"));
        assertThat(lines.getFirst()).isEqualTo("us_film_id,predicted_china_gross,low80,high80");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("cand-b,");
        assertThat(lines.get(2)).startsWith("cand-a,");
        for (String line : lines.subList(1, 3)) {
            String[] cells = line.split(",");
            double predicted = Double.parseDouble(cells[1]);
            assertThat(predicted).isPositive();
            assertThat(Double.parseDouble(cells[2])).isLessThanOrEqualTo(predicted);
            assertThat(Double.parseDouble(cells[3])).isGreaterThanOrEqualTo(predicted);
        }
        assertThat(out.toString()).contains("2 valuation(s) written", "Candidate A", "Candidate B");
    }

    @Test
    void rows_dated_on_or_after_the_china_release_date_and_later_pairs_do_not_change_the_valuation() throws IOException {
        String candidates = "us_film_id,china_release_date\ncand-a," + CANDIDATE_DATE + "\ncand-b," + CANDIDATE_DATE + "\n";
        assertThat(value(fixture(), "plain-", candidates)).as(err.toString()).isZero();

        AcquisitionFixture altered = fixture();
        // Later pairs: a blockbuster and a flop released in China on and after the date, with their whole runs.
        altered.usFilm("later-1", "Later 1", CANDIDATE_DATE.minusDays(30), 90_000_000, 0.9, 80, 4300)
                .chinaFilm("cn-later-1", "Later 1", CANDIDATE_DATE, 900_000_000, 0.9, 40)
                .usFilm("later-2", "Later 2", CANDIDATE_DATE.minusDays(20), 30_000_000, 0.8, 40, 3000)
                .chinaFilm("cn-later-2", "Later 2", CANDIDATE_DATE.plusDays(9), 10_000, 0.5, 5);
        altered.pairs.add(3, "cn-later-1,Later 1," + CANDIDATE_DATE + ",later-1,Later 1,,");
        altered.pairs.add("cn-later-2,Later 2," + CANDIDATE_DATE.plusDays(9) + ",later-2,Later 2,,");
        alterFrom(altered.china, 1);
        alterFrom(altered.us, 2);
        assertThat(value(altered, "altered-", candidates)).as(err.toString()).isZero();

        assertThat(Files.readAllLines(dir.resolve("altered-out.csv")))
                .isEqualTo(Files.readAllLines(dir.resolve("plain-out.csv")));
    }

    /** Every row dated on or after the candidate date: a third removed, a third with gross x10, all shuffled. */
    private static void alterFrom(List<String> rows, long seed) {
        List<String> kept = new ArrayList<>();
        List<String> later = new ArrayList<>();
        for (String row : rows) {
            (AcquisitionFixture.date(row).isBefore(CANDIDATE_DATE) ? kept : later).add(row);
        }
        assertThat(later).isNotEmpty();
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < later.size(); i++) {
            String[] cells = later.get(i).split(",", -1);
            if (i % 3 == 0) {
                continue;
            }
            if (i % 3 == 1) {
                cells[4] = String.valueOf(Long.parseLong(cells[4]) * 10);
                cells[7] = String.valueOf(Long.parseLong(cells[7]) * 10);
            }
            changed.add(String.join(",", cells));
        }
        Collections.shuffle(changed, new Random(seed));
        rows.clear();
        rows.addAll(kept);
        rows.addAll(changed);
    }

    @Test
    void bad_candidate_rows_are_reported_by_line_and_nothing_is_written() throws IOException {
        String candidates = "us_film_id,china_release_date\ncand-a," + CANDIDATE_DATE + "\ncand-b,14/09/2012\n,2012-09-14\n";

        int exit = value(fixture(), "", candidates);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("line 3", "bad date in china_release_date", "line 4", "us_film_id is empty");
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    @Test
    void a_candidate_missing_from_the_us_history_or_without_a_us_row_before_its_date_is_an_error_naming_its_line()
            throws IOException {
        String candidates = "us_film_id,china_release_date\ncand-a," + CANDIDATE_DATE + "\nnobody," + CANDIDATE_DATE
                + "\ncand-b," + CANDIDATE_DATE.minusDays(10) + "\n";

        int exit = value(fixture(), "", candidates);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("line 3: us film nobody is not in the US history",
                "line 4: us film cand-b has no US row before its China release date " + CANDIDATE_DATE.minusDays(10));
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    @Test
    void bad_rows_of_the_pairs_and_histories_are_reported_by_line() throws IOException {
        AcquisitionFixture f = fixture();
        f.pairs.add(0, "cn-x,X,not-a-date,us-x,X,,");
        f.china.add(0, "cn-y,Y,2011-01-01,2011-01-02,lots,,,");
        String candidates = "us_film_id,china_release_date\ncand-a," + CANDIDATE_DATE + "\n";

        int exit = value(f, "", candidates);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString()).contains("pairs.csv: 1 row(s) rejected", "line 2", "bad date in china_release_date",
                "china.csv: 1 row(s) rejected");
    }

    @Test
    void too_few_training_pairs_before_the_date_is_a_clear_error() throws IOException {
        String candidates = "us_film_id,china_release_date\nus-3,2011-03-20\n";

        int exit = value(fixture(), "", candidates);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("training pairs", "at least 10");
    }

    @Test
    void backtest_prints_every_window_and_the_pooled_accuracy_of_the_model_and_both_baselines() throws IOException {
        AcquisitionFixture f = fixture();
        int exit = forecast("acquisition-backtest", "--pairs", file("pairs.csv", f.pairsText()).toString(),
                "--china-history", file("china.csv", f.chinaText()).toString(),
                "--us-history", file("us.csv", f.usText()).toString(),
                "--cutoffs", "2011-09-01,2011-12-01,2012-03-01,2012-06-01");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2011-09-01..2011-11-30", "2012-03-01..2012-05-31*", "pooled (all)",
                "ratio", "comparables");
    }
}
