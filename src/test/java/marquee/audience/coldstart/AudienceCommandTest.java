package marquee.audience.coldstart;

import static marquee.audience.coldstart.MarketFixture.market;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import marquee.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudienceCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path interactions;
    private Path films;

    @BeforeEach
    void aMarketOfActionFansAndDramaRegulars() throws IOException {
        MarketFixture market = market()
                .actionFansWatchingNewReleases(30, 90, 4)
                .dramaRegularsWatchingClassics(30, 90)
                .upcoming("tt9000001", "Next Action Film", 2013, "Action|Adventure")
                .upcoming("tt9000002", "Another Action Film", 2013, "Action");
        interactions = market.writeInteractions(dir);
        films = market.writeFilms(dir);
    }

    @Test
    void rankWritesTheTopKPerTargetFilmInTheContractFormat() throws IOException {
        Path targets = MarketFixture.targets(dir, "tt9000001", "tt9000002");
        Path output = dir.resolve("ranking.csv");

        int exit = run("rank", "--interactions", interactions.toString(), "--films", films.toString(),
                "--targets", targets.toString(), "--top", "5", "--out", output.toString());

        assertThat(exit).as(err()).isZero();
        List<String> lines = Files.readAllLines(output);
        assertThat(lines.get(0)).isEqualTo("film_id,rank,user_id,score");
        assertThat(lines).hasSize(1 + 2 * 5);
        assertThat(lines.subList(1, 6)).allSatisfy(line -> assertThat(line).startsWith("tt9000001,"));
        assertThat(lines.subList(1, 6)).extracting(line -> line.split(",")[1])
                .containsExactly("1", "2", "3", "4", "5");
        assertThat(lines.subList(1, 11)).extracting(line -> line.split(",")[2])
                .as("new action films go to the fans of new action films, not to the busiest users")
                .allSatisfy(user -> assertThat(user).startsWith("fan"));
        assertThat(lines.subList(1, 6)).extracting(line -> Double.parseDouble(line.split(",")[3]))
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void anUnknownTargetFilmIsAClearErrorWithExitCodeOne() throws IOException {
        Path targets = MarketFixture.targets(dir, "tt404");

        int exit = run("rank", "--interactions", interactions.toString(), "--films", films.toString(),
                "--targets", targets.toString(), "--top", "5", "--out", dir.resolve("o.csv").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err()).contains("unknown target film tt404");
    }

    @Test
    void emptyTargetsAreAClearError() throws IOException {
        Path targets = MarketFixture.targets(dir);

        int exit = run("rank", "--interactions", interactions.toString(), "--films", films.toString(),
                "--targets", targets.toString(), "--top", "5", "--out", dir.resolve("o.csv").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err()).contains("no target films");
    }

    @Test
    void emptyInteractionsAreAClearError() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "user_id,film_id,rating,rated_at\n");

        int exit = run("backtest", "--interactions", empty.toString(), "--films", films.toString(),
                "--cutoff", "2013-05-01");

        assertThat(exit).isEqualTo(1);
        assertThat(err()).contains("no interactions");
    }

    @Test
    void aCutoffOutsideTheDataIsAClearError() {
        int exit = run("backtest", "--interactions", interactions.toString(), "--films", films.toString(),
                "--cutoff", "2020-01-01");

        assertThat(exit).isEqualTo(1);
        assertThat(err()).contains("outside the data");
    }

    @Test
    void backtestPrintsTheModelNextToBothBaselines() {
        int exit = run("backtest", "--interactions", interactions.toString(), "--films", films.toString(),
                "--cutoff", "2013-05-10");

        assertThat(exit).as(err()).isZero();
        assertThat(out()).contains("Recall@100", "Recall@500", "Recall@1000", "NDCG@100",
                "cold-start model", "popularity", "recent new-release");
        assertThat(out()).contains("reference, not a model");
    }

    @Test
    void wrongCommandLinesPrintUsageAndExitWithTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("forecast")).isEqualTo(2);
        assertThat(run("backtest", "--interactions", "r.csv")).isEqualTo(2);
        assertThat(run("backtest", "--interactions", "r.csv", "--films", "f.csv", "--cutoff", "soon")).isEqualTo(2);
        assertThat(run("rank", "--top", "0")).isEqualTo(2);
        assertThat(err()).contains("Usage: ./marquee audience rank");
    }

    private int run(String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "audience";
        System.arraycopy(args, 0, line, 1, args.length);
        return new Launcher(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(line);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
