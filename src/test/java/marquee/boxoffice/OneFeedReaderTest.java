package marquee.boxoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import marquee.Launcher;
import marquee.audience.Interaction;
import marquee.audience.internal.InteractionCsv;
import marquee.forecasting.ForecastViews;
import marquee.forecasting.Forecasts;
import marquee.forecasting.internal.BoxOfficeDay;
import marquee.forecasting.internal.DailyHistory;
import marquee.shared.PageRequest;
import marquee.shared.csv.CsvRead;
import marquee.shared.csv.RejectedRow;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One awkward file through every path that reads CSV: the box office import and its history pages, the
 * daily feed parser itself, forecasting's history (explicit file, command, and the history folder), and
 * the audience reader given a file of its own format that is awkward in the same places. All of them
 * must see the same rows and reject the same lines.
 */
@MarqueeTest
class OneFeedReaderTest {

    /**
     * A byte-order mark and a header in mixed case; a blank line; a quoted title over two lines, so the
     * physical line numbers after it run one ahead of the record numbers; an empty release date; doubled
     * quotes; a gross that is not a number; a quote never closed, which must cost only its own line.
     */
    static final String AWKWARD = """
            \uFEFFFILM_ID, Title ,Release_Date,DATE,Gross,Admissions,Screenings
            a1,"Alpha",2026-03-01,2026-03-01,100.50,10,2

            a2,"Beta
            the Sequel",2026-03-02,2026-03-02,200,,
            a3,Gamma,,2026-03-03,300,,
            a4,"Delta, the ""Fourth""\",2026-03-01,2026-03-02,400,,
            a5,Broken,2026-03-01,2026-03-02,lots,,
            a6,"Open,2026-03-01,2026-03-02,10,,
            a7,Eta,2026-03-01,2026-03-03,50,,
            """;

    static final List<String> TITLES = List.of("Alpha", "Beta\nthe Sequel", "Delta, the \"Fourth\"", "Eta");
    static final List<Long> ROW_LINES = List.of(2L, 4L, 7L, 10L);
    static final List<Long> REJECTED_LINES = List.of(6L, 8L, 9L);

    @Autowired
    MarketFeeds feeds;
    @TempDir
    Path dir;

    @Test
    void the_daily_feed_parser_takes_the_rows_by_their_physical_lines() throws IOException {
        CsvRead<FeedRow> read = DailyFeed.read(awkward(), "CNY");

        assertThat(read.accepted()).extracting(FeedRow::title).containsExactlyElementsOf(TITLES);
        assertThat(read.accepted()).extracting(FeedRow::line).containsExactlyElementsOf(ROW_LINES);
        assertThat(read.rejected()).extracting(RejectedRow::line).containsExactlyElementsOf(REJECTED_LINES);
        assertThat(read.rejected()).extracting(RejectedRow::reason).containsExactly(
                "release_date is empty", "gross is not a number: 'lots'", "malformed quoting");
        assertThat(read.accepted().getFirst().grossMinor()).isEqualTo(10_050);
    }

    @Test
    void the_import_and_the_history_pages_see_the_same_rows() throws IOException {
        ImportReport report = feeds.importDaily(awkward(), "test-awkward", "CNY", line -> { });

        assertThat(report.rowsRead()).isEqualTo(ROW_LINES.size() + REJECTED_LINES.size());
        assertThat(report.accepted()).isEqualTo(ROW_LINES.size());
        assertThat(report.rejected()).isEqualTo(DailyFeed.read(awkward(), "CNY").rejected());
        assertThat(feeds.films(null, "test-awkward", new PageRequest(0, 10)).items())
                .extracting(HistoryFilm::title).containsExactlyInAnyOrderElementsOf(TITLES);
    }

    @Test
    void forecasting_reads_the_same_rows_from_an_explicit_file_and_from_the_history_folder() throws IOException {
        CsvRead<BoxOfficeDay> history = DailyHistory.read(awkward(), "CNY");

        assertThat(history.accepted()).extracting(BoxOfficeDay::title).containsExactlyElementsOf(TITLES);
        assertThat(history.accepted()).extracting(BoxOfficeDay::line).containsExactlyElementsOf(ROW_LINES);
        assertThat(history.rejected()).isEqualTo(DailyFeed.read(awkward(), "CNY").rejected());

        Path folder = Files.createDirectories(dir.resolve("history").resolve(HistoryDataSet.CHINA.folder()));
        Files.writeString(folder.resolve("daily.csv"), AWKWARD);
        Forecasts forecasts = new Forecasts(dir.resolve("history").toString(), 30);
        assertThat(forecasts.films("china", "", 10)).extracting(ForecastViews.FilmRun::title)
                .containsExactlyInAnyOrderElementsOf(TITLES);
    }

    @Test
    void the_forecast_command_reports_the_same_rejected_lines() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // allocation, because it stops right after reading when the file has no screening shares
        new Launcher(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("forecast", "allocation", "--history", awkward().toString(), "--from", "2026-03-01", "--to", "2026-03-03");

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("3 row(s) rejected")
                .contains("line 6: release_date is empty").contains("line 8: gross is not a number")
                .contains("line 9: malformed quoting");
    }

    @Test
    void the_audience_reader_given_the_same_awkwardness_rejects_the_same_lines() throws IOException {
        Path file = dir.resolve("interactions.csv");
        Files.writeString(file, """
                \uFEFFUSER_ID, Film_Id ,RATING,Rated_At
                u1,"a1",8,2026-03-01T10:00:00Z

                u2,"a2
                the Sequel",7,2026-03-02T10:00:00Z
                u3,a3,7,
                u4,"a4, the ""Fourth""\",6,2026-03-02T10:00:00Z
                u5,a5,lots,2026-03-02T10:00:00Z
                u6,"a6,7,2026-03-02T10:00:00Z
                u7,a7,5,2026-03-03T10:00:00Z
                """);

        CsvRead<Interaction> read = InteractionCsv.read(file);

        assertThat(read.accepted()).extracting(Interaction::userId).containsExactly("u1", "u2", "u4", "u7");
        assertThat(read.rejected()).extracting(RejectedRow::line).containsExactlyElementsOf(REJECTED_LINES);
    }

    private Path awkward() throws IOException {
        Path file = dir.resolve("awkward.csv");
        if (!Files.exists(file)) {
            Files.writeString(file, AWKWARD);
        }
        return file;
    }
}
