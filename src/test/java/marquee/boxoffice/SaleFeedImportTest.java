package marquee.boxoffice;

import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import marquee.shared.csv.RejectedRow;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.NewCinema;
import marquee.Launcher;
import marquee.shared.InvalidInput;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Other sellers' sale feeds: counted through the same intake as the platform's sales, idempotent by the
 * feed's sale ids, every bad row rejected by line and reason and leaving nothing behind.
 */
@MarqueeTest
class SaleFeedImportTest {

    static final String HEADER = "sale_id,kind,film_id,cinema_id,screening_starts_at,seats,amount_minor,currency,sold_at,refunds_sale_id";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    SaleFeeds feeds;
    @Autowired
    BoxOffice boxOffice;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Catalog catalog;
    @Autowired
    ApplicationContext application;
    @TempDir
    Path dir;

    long film;
    long otherFilm;
    long cinema;

    @BeforeEach
    void catalog() {
        int n = SEQUENCE.incrementAndGet();
        film = aFilm().titled("Fed film " + n).releasedOn(LocalDate.of(2026, 1, 1)).addTo(catalog).id();
        otherFilm = aFilm().titled("Other fed film " + n).releasedOn(LocalDate.of(2026, 1, 1)).addTo(catalog).id();
        Cinema place = catalog.addCinema(new NewCinema("Feed Cinema " + n, "Feed Chain", "Hangzhou", "Zhejiang", 2,
                "Asia/Shanghai", null));
        cinema = place.id();
    }

    @Test
    void importing_the_same_feed_twice_changes_nothing_and_csv_and_json_lines_are_the_same_events() throws IOException {
        Path csv = file("once.csv", HEADER,
                sale("a-1", film, "2028-02-10T19:30:00+08:00", 2, 9_000, "2028-02-08T10:00:00+08:00"),
                sale("a-2", otherFilm, "2028-02-10T23:30:00+08:00", 3, 12_000, "2028-02-10T20:00:00+08:00"),
                refund("a-3", "a-1", film, "2028-02-10T19:30:00+08:00", 1, 4_500, "2028-02-09T10:00:00+08:00"));

        ImportReport first = feeds.importSales(csv, null, "seller-a", line -> { });
        String rollups = RollupFingerprint.of(application);
        ImportReport second = feeds.importSales(csv, null, "seller-a", line -> { });

        assertThat(first.rejected()).isEmpty();
        assertThat(first.stored()).isEqualTo(3);
        assertThat(first.films()).isEqualTo(2);
        assertThat(second.stored()).isZero();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(RollupFingerprint.of(application)).isEqualTo(rollups);
        Ranking day = boxOffice.ranking(LocalDate.of(2028, 2, 10), new Scope(Scope.Level.CINEMA, "" + cinema));
        assertThat(day.totalGrossMinor()).isEqualTo(9_000 - 4_500 + 12_000);
        assertThat(day.totalAdmissions()).isEqualTo(4);
        RankingRow fed = day.rows().stream().filter(r -> r.filmId() == film).findFirst().orElseThrow();
        assertThat(fed.presaleGrossMinor()).isZero(); // sold after the film's release
        assertThat(fed.grossMinor()).isEqualTo(4_500);

        Path jsonLines = file("once.jsonl",
                "{\"sale_id\":\"a-1\",\"kind\":\"SALE\",\"film_id\":%d,\"cinema_id\":%d,\"screening_starts_at\":\"2028-02-10T19:30:00+08:00\",\"seats\":2,\"amount_minor\":9000,\"currency\":\"CNY\",\"sold_at\":\"2028-02-08T10:00:00+08:00\"}".formatted(film, cinema),
                "{\"sale_id\":\"a-3\",\"kind\":\"REFUND\",\"film_id\":%d,\"cinema_id\":%d,\"screening_starts_at\":\"2028-02-10T19:30:00+08:00\",\"seats\":1,\"amount_minor\":4500,\"currency\":\"CNY\",\"sold_at\":\"2028-02-09T10:00:00+08:00\",\"refunds_sale_id\":\"a-1\"}".formatted(film, cinema),
                "{\"sale_id\":\"a-9\",\"kind\":\"SALE\",\"film_id\":%d,".formatted(film));
        ImportReport json = feeds.importSales(jsonLines, null, "seller-a", line -> { });
        assertThat(json.unchanged()).isEqualTo(2);
        assertThat(json.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).startsWith("malformed JSON");
        });
        assertThat(RollupFingerprint.of(application)).isEqualTo(rollups);

        ImportReport otherSeller = feeds.importSales(csv, null, "seller-b", line -> { });
        assertThat(otherSeller.stored()).as("another seller's ids are its own").isEqualTo(3);
    }

    @Test
    void one_percent_bad_rows_of_each_kind_are_reported_by_line_and_only_the_good_rows_counted() throws IOException {
        String show = "2028-02-11T19:00:00+08:00";
        String sold = "2028-02-01T10:00:00+08:00";
        String[][] bad = {
                {sale("b%d", film, "2028-02-30T19:00:00+08:00", 2, 9_000, sold), "bad date"},
                {sale("b%d", film, show, 2, -900, sold), "negative amount"},
                {sale("b%d", film, show, 2, 9_000, sold).replace(",CNY,", ",XYZ,"), "unknown currency"},
                {sale("b%d", film, show, 2, 9_000, sold).replace(",CNY,", ",USD,"), "currency USD is not the market's"},
                {sale("b%d", 987_654_321L, show, 2, 9_000, sold), "unknown film"},
                {"b%d,SALE," + film + ",987654321," + show + ",2,9000,CNY," + sold + ",", "unknown cinema"},
                {"b%d,SALE," + film + "," + cinema + "," + show + ",2", "wrong column count"},
                {"\"b%d,SALE," + film + "," + cinema + "," + show + ",2,9000,CNY," + sold + ",", "malformed quoting"},
                {sale("g{-50}", film, show, 3, 13_500, sold), "duplicate sale id"},
                {refund("b%d", "never-sold-%d", film, show, 1, 4_500, sold), "refunds a sale that is not counted"},
                {refund("b%d", "g{-50}", film, show, 5, 22_500, sold), "refunds more than is left"},
        };
        List<String> lines = new ArrayList<>();
        Map<Integer, String> expected = new TreeMap<>();
        long goodGross = 0;
        for (int i = 0; i < 1_000; i++) {
            int line = lines.size() + 2; // the header is line 1
            if (i >= 100 && i % 100 < bad.length) {
                String[] kind = bad[i % 100];
                lines.add(kind[0].replace("g{-50}", "g" + (i - 50)).replace("%d", Integer.toString(i)));
                expected.put(line, kind[1]);
            } else {
                lines.add(sale("g" + i, i % 2 == 0 ? film : otherFilm, show, 2, 9_000, sold));
                goodGross += 9_000;
            }
        }
        lines.add(lines.get(7)); // the same row again: unchanged, not counted twice
        List<String> all = new ArrayList<>(List.of(HEADER));
        all.addAll(lines);
        Path feed = file("mixed.csv", all.toArray(String[]::new));

        ImportReport report = feeds.importSales(feed, null, "seller-mixed", line -> { });

        Map<Long, String> rejected = report.rejected().stream()
                .collect(Collectors.toMap(RejectedRow::line, RejectedRow::reason));
        assertThat(rejected.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet().stream().map(Integer::longValue).toList());
        expected.forEach((line, reason) -> assertThat(rejected.get((long) line)).as("line " + line).startsWith(reason));
        assertThat(report.stored()).isEqualTo(1_000 - 9 * bad.length);
        assertThat(report.unchanged()).isEqualTo(1);
        Ranking day = boxOffice.ranking(LocalDate.of(2028, 2, 11), new Scope(Scope.Level.CINEMA, "" + cinema));
        assertThat(day.totalGrossMinor()).as("rejected rows leave nothing behind").isEqualTo(goodGross);

        String rollups = RollupFingerprint.of(application);
        ImportReport again = feeds.importSales(feed, null, "seller-mixed", line -> { });
        assertThat(again.stored()).isZero();
        assertThat(again.rejected()).extracting(RejectedRow::line).containsExactlyElementsOf(rejected.keySet().stream().sorted().toList());
        assertThat(RollupFingerprint.of(application)).isEqualTo(rollups);
    }

    @Test
    void a_refund_needs_its_sale_counted_first_matching_it_and_never_gives_back_more_than_is_left() throws IOException {
        String show = "2028-02-12T15:00:00+08:00";
        Path early = file("refund-first.csv", HEADER,
                refund("r-1", "s-1", film, show, 1, 4_000, "2028-02-11T09:00:00+08:00"),
                sale("s-1", film, show, 3, 12_000, "2028-02-10T09:00:00+08:00"),
                refund("r-2", "s-1", otherFilm, show, 1, 4_000, "2028-02-11T09:00:00+08:00"),
                refund("r-3", "s-1", film, show, 2, 8_000, "2028-02-11T09:00:00+08:00"));
        ImportReport first = feeds.importSales(early, null, "seller-r", line -> { });

        assertThat(first.stored()).isEqualTo(2);
        assertThat(first.rejected()).extracting(RejectedRow::line).containsExactly(2L, 4L);
        assertThat(first.rejected().get(0).reason()).startsWith("refunds a sale that is not counted: s-1");
        assertThat(first.rejected().get(1).reason()).startsWith("refund does not match sale s-1");

        Path later = file("refund-later.csv", HEADER,
                refund("r-1", "s-1", film, show, 1, 4_000, "2028-02-11T09:00:00+08:00"),
                refund("r-4", "s-1", film, show, 1, 4_000, "2028-02-11T10:00:00+08:00"));
        ImportReport second = feeds.importSales(later, null, "seller-r", line -> { });

        assertThat(second.stored()).as("the refund rejected before its sale counts now").isEqualTo(1);
        assertThat(second.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).startsWith("refunds more than is left of sale s-1: 0 seats");
        });
        Ranking day = boxOffice.ranking(LocalDate.of(2028, 2, 12), new Scope(Scope.Level.CINEMA, "" + cinema));
        assertThat(day.totalGrossMinor()).isZero();
        assertThat(day.totalAdmissions()).isZero();
    }

    @Test
    void a_feed_may_not_claim_the_platforms_own_sales_nor_come_without_its_columns() throws IOException {
        Path feed = file("any.csv", HEADER, sale("x-1", film, "2028-02-13T15:00:00+08:00", 1, 4_000, "2028-02-13T09:00:00+08:00"));
        Path headless = file("headless.csv", "id,film\n1,2");

        assertThatThrownBy(() -> feeds.importSales(feed, null, "marquee", line -> { }))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", "source");
        assertThatThrownBy(() -> feeds.importSales(feed, null, "Not A Name", line -> { }))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", "source");
        assertThatThrownBy(() -> feeds.importSales(headless, null, "seller-h", line -> { }))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("sale_id");
        assertThatThrownBy(() -> feeds.importSales(dir.resolve("missing.csv"), null, "seller-h", line -> { }))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("does not exist");
    }

    @Test
    void the_import_sales_command_prints_the_report_and_exits_3_when_rows_were_rejected() throws IOException {
        Path feed = file("command.csv", HEADER,
                sale("c-1", film, "2028-02-14T15:00:00+08:00", 2, 8_000, "2028-02-13T09:00:00+08:00"),
                sale("c-2", film, "2028-02-14T15:00:00+08:00", 2, 8_000, "2028-02-13T09:00:00+08:00").replace(",CNY,", ",EUR,"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        Launcher launcher = new Launcher(new PrintStream(out, true), new PrintStream(err, true));
        int exit = launcher.run(application, "import", "sales", feed.toString(), "--source", "seller-cli");

        assertThat(exit).isEqualTo(3);
        assertThat(out.toString()).contains("accepted: 1 (stored 1, unchanged 0) for 1 films", "rejected: 1",
                "line 3: currency EUR is not the market's (CNY)");
        assertThat(launcher.run(application, "import", "sales", feed.toString(), "--source")).isEqualTo(2);
        assertThat(launcher.run(application, "import", "sales", feed.toString(), "--source", "marquee")).isEqualTo(1);
        assertThat(err.toString()).contains("Usage: ./marquee import sales", "import: source");
    }

    private String sale(String id, long filmId, String startsAt, int seats, long amount, String soldAt) {
        return "%s,SALE,%d,%d,%s,%d,%d,CNY,%s,".formatted(id, filmId, cinema, startsAt, seats, amount, soldAt);
    }

    private String refund(String id, String saleId, long filmId, String startsAt, int seats, long amount, String at) {
        return "%s,REFUND,%d,%d,%s,%d,%d,CNY,%s,%s".formatted(id, filmId, cinema, startsAt, seats, amount, at, saleId);
    }

    private Path file(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }
}
