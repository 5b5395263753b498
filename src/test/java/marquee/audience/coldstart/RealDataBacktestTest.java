package marquee.audience.coldstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import marquee.audience.internal.FilmCsv;
import marquee.audience.internal.InteractionCsv;
import org.junit.jupiter.api.Test;

/** The tuning backtest on the real MovieTweetings snapshot; skipped where the shared data is absent. */
class RealDataBacktestTest {

    private static final Path DATA = Path.of("../shared/data/movietweetings-100k");

    @Test
    void onTheTuningCutoffTheModelBeatsPopularityByTheGoalMarginsAndTheNewReleaseBaseline() {
        assumeTrue(Files.isRegularFile(DATA.resolve("ratings.csv")), "shared data not present: " + DATA);
        History history = new History(InteractionCsv.read(DATA.resolve("ratings.csv")).accepted(),
                new Catalog(FilmCsv.read(DATA.resolve("films.csv")).accepted()));

        Backtest.Report report = Backtest.run(history, Instant.parse("2013-06-01T00:00:00Z"));

        assertThat(report.candidates()).isEqualTo(10_209);
        List<Backtest.Figures> figures = report.figures();
        Backtest.Figures model = figures.get(0);
        Backtest.Figures popularity = figures.get(1);
        Backtest.Figures newReleases = figures.get(2);
        assertThat(model.recall100()).isGreaterThanOrEqualTo(2.5 * popularity.recall100());
        assertThat(model.recall500()).isGreaterThanOrEqualTo(1.75 * popularity.recall500());
        assertThat(model.recall100()).isGreaterThan(newReleases.recall100());
        assertThat(model.ndcg100()).isGreaterThan(newReleases.ndcg100());
    }
}
