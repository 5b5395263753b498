package marquee.boxoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import marquee.shared.csv.RejectedRow;
import marquee.shared.InvalidInput;
import marquee.shared.PageRequest;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Importing daily box office feeds: idempotent, corrections replace, bad rows rejected by line and reason. */
@MarqueeTest
class DailyFeedImportTest {

    static final String HEADER = "film_id,title,release_date,date,gross,admissions,screenings,currency";

    @Autowired
    MarketFeeds feeds;
    @TempDir
    Path dir;

    @Test
    void the_same_file_twice_gives_the_same_state_and_a_corrected_row_replaces_its_value() throws IOException {
        Path file = feed("once.csv", List.of(
                "t-1,Free Solo,2026-01-10,2026-01-10,1000.50,120,30,CNY",
                "t-1,Free Solo,2026-01-10,2026-01-11,800,,,CNY",
                "t-2,\"Capernaum, the film\",2026-01-12,2026-01-12,300,40,12,CNY"));

        ImportReport first = feeds.importDaily(file, "test-a", "CNY", line -> { });
        ImportReport second = feeds.importDaily(file, "test-a", "CNY", line -> { });

        assertThat(first.stored()).isEqualTo(3);
        assertThat(first.rejected()).isEmpty();
        assertThat(second.stored()).isZero();
        assertThat(second.unchanged()).isEqualTo(3);
        HistoryFilm soloFilm = feeds.films("free solo", "test-a", new PageRequest(0, 5)).items().getFirst();
        assertThat(soloFilm.totalGrossMinor()).isEqualTo(180_050);
        assertThat(feeds.films("capernaum", "test-a", new PageRequest(0, 5)).items().getFirst().title()).isEqualTo("Capernaum, the film");

        Path corrected = feed("corrected.csv", List.of("t-1,Free Solo,2026-01-10,2026-01-11,900,,,CNY"));
        ImportReport correction = feeds.importDaily(corrected, "test-a", "CNY", line -> { });
        assertThat(correction.stored()).isEqualTo(1);
        List<DayFigures> curve = feeds.curve(soloFilm.id());
        assertThat(curve).extracting(DayFigures::grossMinor).containsExactly(100_050L, 90_000L);
        assertThat(curve).extracting(DayFigures::dayOfRelease).containsExactly(1, 2);
    }

    @Test
    void one_percent_bad_rows_of_each_kind_are_reported_by_line_and_the_good_rows_imported() throws IOException {
        List<String> lines = new ArrayList<>();
        Map<Integer, String> expected = new java.util.TreeMap<>();
        String[][] bad = {
                {"b-%d,Bad Date,2026-01-01,2026-13-40,100,1,1,CNY", "bad date"},
                {"b-%d,Negative,2026-01-01,2026-01-02,-5,1,1,CNY", "negative gross"},
                {"b-%d,Money,2026-01-01,2026-01-02,100,1,1,XYZ", "unknown currency"},
                {"b-%d,\"Broken,2026-01-01,2026-01-02,100,1,1,CNY", "malformed quoting"},
                {"b-%d,Short,2026-01-01,2026-01-02,100", "wrong column count"},
        };
        for (int i = 0; i < 600; i++) {
            int lineNumber = lines.size() + 2; // the header is line 1
            if (i % 100 < bad.length && i >= 100) {
                String[] kind = bad[i % 100];
                lines.add(kind[0].formatted(i));
                expected.put(lineNumber, kind[1]);
            } else {
                lines.add("g-%d,Good %d,2026-01-01,2026-01-%02d,%d.25,10,2,CNY".formatted(i % 50, i % 50, 1 + i / 50, 100 + i));
            }
        }
        lines.add("g-0,Good 0,2026-01-01,2026-01-01,999,10,2,CNY"); // same key as line 2, other values
        expected.put(lines.size() + 1, "duplicated key");

        ImportReport report = feeds.importDaily(feed("mixed.csv", lines), "test-b", "CNY", line -> { });

        Map<Long, String> rejected = report.rejected().stream()
                .collect(Collectors.toMap(RejectedRow::line, RejectedRow::reason));
        assertThat(rejected.keySet()).containsExactlyInAnyOrderElementsOf(
                expected.keySet().stream().map(Integer::longValue).toList());
        expected.forEach((line, reason) -> assertThat(rejected.get((long) line)).startsWith(reason));
        assertThat(report.stored()).isEqualTo(600 - 25);
        assertThat(feeds.films("bad date", "test-b", new PageRequest(0, 5)).total()).isZero();
    }

    @Test
    void records_name_the_best_opening_days_and_the_fastest_to_a_threshold() throws IOException {
        feeds.importDaily(feed("records.csv", List.of(
                "r-1,Slow Burner,2026-02-06,2026-02-06,100,,,CNY",
                "r-1,Slow Burner,2026-02-06,2026-02-07,500,,,CNY",
                "r-1,Slow Burner,2026-02-06,2026-02-08,600,,,CNY",
                "r-2,Big Opener,2026-02-13,2026-02-12,900,,,CNY", // a preview the day before: counts toward the total, not as the opening day
                "r-2,Big Opener,2026-02-13,2026-02-13,800,,,CNY",
                "r-3,Small One,2026-08-01,2026-08-01,50,,,CNY")), "test-records", "CNY", line -> { });

        HistoryRecords records = feeds.records("test-records", 100_000, 10);

        assertThat(records.bestOpeningDays()).extracting(o -> o.film().title()).containsExactly("Big Opener", "Slow Burner", "Small One");
        assertThat(records.bestOpeningDays().getFirst().grossMinor()).isEqualTo(80_000);
        assertThat(records.fastestToThreshold()).extracting(f -> f.film().title() + " in " + f.days())
                .containsExactly("Big Opener in 1", "Slow Burner in 3");
    }

    @Test
    void comparables_are_of_the_same_season_with_the_nearest_opening_week_aligned_by_day_of_release() throws IOException {
        feeds.importDaily(feed("comparables.csv", List.of(
                "c-1,Target,2026-02-10,2026-02-10,1000,,,CNY",
                "c-1,Target,2026-02-10,2026-02-11,800,,,CNY",
                "c-2,Near In Size,2025-02-20,2025-02-20,1700,,,CNY",
                "c-3,Far In Size,2025-02-01,2025-02-01,90000,,,CNY",
                "c-4,Other Season,2025-08-10,2025-08-10,1800,,,CNY")), "test-comparables", "CNY", line -> { });
        long target = feeds.films("target", "test-comparables", new PageRequest(0, 1)).items().getFirst().id();

        Comparables comparables = feeds.comparables(target, 5);

        assertThat(comparables.film().days()).extracting(DayFigures::dayOfRelease).containsExactly(1, 2);
        assertThat(comparables.comparables()).extracting(c -> c.film().title()).containsExactly("Near In Size", "Far In Size");
        assertThatThrownBy(() -> feeds.comparables(target, 0)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_file_without_the_required_columns_is_refused_whole() throws IOException {
        Path file = dir.resolve("wrong.csv");
        Files.writeString(file, "id,name\n1,x\n");

        assertThatThrownBy(() -> feeds.importDaily(file, "test-c", "CNY", line -> { }))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("film_id");
    }

    @Test
    void the_real_china_daily_box_office_imports_without_errors_and_again_without_change() {
        Path china = Path.of("..", "shared", "data", "china-maoyan-daily", "daily.csv");
        Assumptions.assumeTrue(Files.exists(china), "../shared/data is not beside the checkout");

        ImportReport first = feeds.importDaily(china, "maoyan", "CNY", line -> { });
        ImportReport second = feeds.importDaily(china, "maoyan", "CNY", line -> { });

        assertThat(first.rejected()).isEmpty();
        assertThat(first.stored()).isGreaterThan(20_000);
        assertThat(second.stored()).isZero();
        assertThat(second.unchanged()).isEqualTo(first.accepted());
        assertThat(feeds.films(null, "maoyan", new PageRequest(0, 1)).items().getFirst().totalGrossMinor())
                .isGreaterThan(1_000_000_000_00L);
        HistoryRecords records = feeds.records("maoyan", 100_000_000_00L, 5);
        assertThat(records.bestOpeningDays()).hasSize(5);
        assertThat(records.fastestToThreshold()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.film().totalGrossMinor()).isGreaterThanOrEqualTo(100_000_000_00L));
    }

    private Path feed(String name, List<String> rows) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n");
        return file;
    }

}
