package marquee.forecasting;

import static marquee.forecasting.DailyCsvFixture.daily;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import marquee.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCommandTest {

    private static final LocalDate FIRST_RELEASE = LocalDate.of(2012, 1, 6);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int forecast(String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "forecast";
        System.arraycopy(args, 0, line, 1, args.length);
        return new Launcher(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(line);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path history() throws IOException {
        return file("history.csv", daily().finishedFilms(80, FIRST_RELEASE).text());
    }

    @Test
    void is_the_forecast_command_of_the_launcher() {
        assertThat(new Launcher(System.out, System.err).usage()).contains("forecast predict", "forecast backtest",
                "forecast plan", "forecast allocation");
    }

    @Test
    void predict_writes_the_contract_csv_for_films_given_only_their_first_days() throws IOException {
        LocalDate release = LocalDate.of(2013, 3, 1);
        Path observed = file("observed.csv", daily()
                .film("new-a", release, 500_000, 0.8, 3)
                .film("new-b", release.plusDays(7), 200_000, 0.75, 1)
                .text());
        Path films = file("films.csv", """
                film_id,title,release_date,genres,directors,stars,runtime_min,formats
                new-a,Film new-a,2013-03-01,Comedy,,,100,2D
                upcoming,Upcoming,2013-04-05,Drama,,,95,2D
                """);
        Path predictions = dir.resolve("out/predictions.csv");

        int exit = forecast("predict", "--history", history().toString(), "--films", films.toString(),
                "--observed", observed.toString(), "--out", predictions.toString());

        assertThat(exit).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(predictions);
        assertThat(lines.getFirst()).isEqualTo("film_id,days_observed,predicted_final_gross,low80,high80");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("new-a,3,");
        assertThat(lines.get(2)).startsWith("new-b,1,");
        assertThat(lines.get(3)).startsWith("upcoming,0,");
        double grossSoFarOfA = 500_000 + 400_000 + 320_000;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double predicted = Double.parseDouble(cells[2]);
            assertThat(Double.parseDouble(cells[3])).isLessThanOrEqualTo(predicted);
            assertThat(Double.parseDouble(cells[4])).isGreaterThanOrEqualTo(predicted);
        }
        assertThat(Double.parseDouble(lines.get(1).split(",")[3])).isGreaterThanOrEqualTo(grossSoFarOfA);
    }

    @Test
    void backtest_prints_model_and_baseline_for_every_requested_day() throws IOException {
        int exit = forecast("backtest", "--history", history().toString(), "--cutoff", "2012-06-01",
                "--days", "0,1,3");

        assertThat(exit).as(err.toString()).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("model").contains("baseline").contains("MAPE").contains("medAPE").contains("cov80");
        assertThat(printed.lines().filter(l -> l.matches("\\s+[013]\\s+\\d+.*%.*"))).hasSize(3);
    }

    @Test
    void several_cutoffs_make_a_rolling_origin_table_with_each_cutoff_pooled_and_the_last_held_out() throws IOException {
        int exit = forecast("backtest", "--history", history().toString(), "--cutoffs", "2012-06-01,2012-05-01,2012-07-01",
                "--days", "1,3");

        assertThat(exit).as(err.toString()).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("cutoff 2012-05-01, test films released before 2012-06-01")
                .contains("cutoff 2012-06-01, test films released before 2012-07-01")
                .contains("cutoff 2012-07-01\n")
                .contains("rolling origin");
        assertThat(printed.lines().filter(l -> l.startsWith("2012-07-01 (held out)"))).hasSize(2);
        assertThat(printed.lines().filter(l -> l.startsWith("2012-05-01 ") || l.startsWith("2012-06-01 "))).hasSize(4);
        List<String> pooled = printed.lines().filter(l -> l.startsWith("pooled")).toList();
        assertThat(pooled).hasSize(2);
        int pooledFilms = Integer.parseInt(pooled.getFirst().split("\\s+")[1]);
        int windowFilms = printed.lines().filter(l -> l.matches("2012-0[567]-01.*\\s1\\s.*"))
                .mapToInt(l -> Integer.parseInt(l.replace(" (held out)", "").split("\\s+")[1])).sum();
        assertThat(pooledFilms).isEqualTo(windowFilms).isPositive();
    }

    @Test
    void a_rolling_origin_ending_before_a_cutoff_is_a_usage_error() throws IOException {
        assertThat(forecast("backtest", "--history", history().toString(), "--cutoffs", "2012-05-01,2012-07-01",
                "--until", "2012-06-01")).isEqualTo(2);
        assertThat(err.toString()).contains("--until 2012-06-01 must come after every cutoff");
    }

    @Test
    void usage_errors_print_the_usage_and_exit_with_2() {
        assertThat(forecast()).isEqualTo(2);
        assertThat(forecast("guess")).isEqualTo(2);
        assertThat(forecast("backtest", "--history", "h.csv")).isEqualTo(2);
        assertThat(forecast("backtest", "--history", "h.csv", "--cutoff", "soon")).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: ./marquee forecast backtest");
    }

    @Test
    void unusable_data_gives_a_clear_message_and_exit_1() throws IOException {
        Path broken = file("broken.csv", "film_id,title,date\nf1,Film,2013-01-01\n");

        int exit = forecast("backtest", "--history", broken.toString(), "--cutoff", "2013-01-01");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("lacks column(s)").contains("release_date");
    }

    @Test
    void a_history_without_finished_films_is_refused_with_a_clear_message_not_a_crash() throws IOException {
        Path young = file("young.csv", """
                film_id,title,release_date,date,gross,admissions,screenings
                f1,Film one,2013-01-01,2013-01-01,1000,,
                f1,Film one,2013-01-01,2013-01-02,900,,
                f2,Film two,2013-01-02,2013-01-02,500,,
                """);

        int exit = forecast("backtest", "--history", young.toString(), "--cutoff", "2013-01-02", "--days", "0,1");

        assertThat(exit).as(err.toString()).isEqualTo(1);
        assertThat(err.toString()).contains("leaves 0 finished films to train on");
    }

    @Test
    void rejected_rows_are_reported_with_their_line_numbers() throws IOException {
        Path history = file("history.csv", daily().finishedFilms(80, FIRST_RELEASE)
                .line("bad,Film,2012-01-06,2012-01-06,lots,,,1").text());

        forecast("backtest", "--history", history.toString(), "--cutoff", "2012-06-01", "--days", "1");

        assertThat(err.toString()).contains("1 row(s) rejected").contains("line 2402: gross is not a number");
    }

    @Test
    void plan_prints_the_calendar_effects_estimated_from_the_data_and_recommends_a_date() throws IOException {
        int exit = forecast("plan", "--history", history().toString(), "--title", "Demo", "--genres", "Comedy",
                "--from", "2012-06-01", "--to", "2012-06-30");

        assertThat(exit).as(err.toString()).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("estimated calendar effects").contains("Saturday (vs Monday)")
                .contains("candidate release dates").contains("why (the two largest effects)");
        assertThat(printed.lines().filter(l -> l.startsWith("recommended: 2012-06-"))).hasSize(1);
    }

    @Test
    void a_film_seen_only_in_previews_gets_a_pre_release_forecast_no_lower_than_its_previews() throws IOException {
        Path observed = file("observed.csv", daily().line(   // released 1 March, seen only on 27 February
                "preview,Preview,2013-03-01,2013-02-27,80000,,,80000").text());
        Path predictions = dir.resolve("previews.csv");

        int exit = forecast("predict", "--history", history().toString(), "--observed", observed.toString(),
                "--out", predictions.toString());

        assertThat(exit).as(err.toString()).isZero();
        String[] row = Files.readAllLines(predictions).get(1).split(",");
        assertThat(row[0]).isEqualTo("preview");
        assertThat(row[1]).isEqualTo("0");
        assertThat(Double.parseDouble(row[3])).isGreaterThanOrEqualTo(80_000);
    }
}
