package marquee.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import marquee.forecasting.internal.Backtest;
import marquee.forecasting.internal.BoxOfficeHistory;
import marquee.forecasting.internal.DailyHistory;
import marquee.forecasting.internal.FilmMetadataCsv;
import marquee.forecasting.internal.Market;
import marquee.forecasting.internal.ModelSettings;
import marquee.forecasting.internal.RollingBacktest;
import org.junit.jupiter.api.Test;

/** On the real Maoyan data next to the project (skipped where ../shared/data is absent). */
class SharedDataBacktestTest {

    private static final Path CHINA = Path.of("../shared/data/china-maoyan-daily");

    @Test
    void the_model_beats_the_naive_baseline_on_china_validation_films_after_a_week() {
        assumeTrue(Files.isReadable(CHINA.resolve("daily.csv")), "../shared/data is not here");

        Backtest.Result result = Backtest.run(
                BoxOfficeHistory.of(DailyHistory.read(CHINA.resolve("daily.csv"), "CNY").accepted()),
                FilmMetadataCsv.read(CHINA.resolve("films.csv")).accepted(), Market.CHINA,
                LocalDate.of(2013, 6, 30), LocalDate.of(2013, 12, 31), List.of(7), ModelSettings.defaults());

        Backtest.Row week = result.rows().getFirst();
        assertThat(week.model().films()).isGreaterThan(100);
        assertThat(week.model().medianApe()).isLessThan(0.75 * week.baseline().medianApe());
        assertThat(week.model().coverage80()).isBetween(0.65, 0.95);
    }

    @Test
    void on_every_rolling_cutoff_the_model_beats_the_naive_multiplier_at_day_3_and_day_7() {
        assumeTrue(Files.isReadable(CHINA.resolve("daily.csv")), "../shared/data is not here");

        RollingBacktest.Result result = RollingBacktest.run(
                BoxOfficeHistory.of(DailyHistory.read(CHINA.resolve("daily.csv"), "CNY").accepted()),
                FilmMetadataCsv.read(CHINA.resolve("films.csv")).accepted(), Market.CHINA,
                List.of(LocalDate.of(2012, 7, 1), LocalDate.of(2013, 1, 1), LocalDate.of(2013, 7, 1), LocalDate.of(2014, 1, 1)),
                LocalDate.of(2014, 7, 1), List.of(3, 7), ModelSettings.defaults());

        assertThat(result.windows()).hasSize(4).allSatisfy(window -> assertThat(window.rows()).allSatisfy(row -> {
            assertThat(row.model().films()).as("films at day %d after %s", row.day(), window.cutoff()).isGreaterThan(80);
            assertThat(row.model().medianApe()).as("median APE at day %d after %s", row.day(), window.cutoff())
                    .isLessThan(0.75 * row.baseline().medianApe());
        }));
        assertThat(result.pooled()).allSatisfy(p -> assertThat(p.model().coverage80()).isBetween(0.70, 0.90));
    }
}
