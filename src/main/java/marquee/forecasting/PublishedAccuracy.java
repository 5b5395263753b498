package marquee.forecasting;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import marquee.shared.csv.BadRow;
import marquee.shared.csv.CsvRead;
import marquee.shared.csv.CsvReader;
import marquee.shared.csv.CsvRow;

/**
 * The rolling-origin accuracy of the forecasts as last measured with {@code ./marquee forecast backtest --cutoffs ...}
 * on the real data sets, shipped with the application (forecasting/rolling-accuracy.csv) so that the forecast pages
 * show what the README shows: measuring it takes minutes per market, too long for a page.
 */
public final class PublishedAccuracy {

    /** The date of the run and the commands that produced the file. */
    public static final String MEASURED_ON = "2026-12-02";
    private static final Map<String, String> COMMANDS = Map.of(
            "china", "./marquee forecast backtest --history ../shared/data/china-maoyan-daily/daily.csv"
                    + " --films ../shared/data/china-maoyan-daily/films.csv"
                    + " --cutoffs 2012-07-01,2013-01-01,2013-07-01,2014-01-01 --until 2014-07-01 --days 0,1,3,7,14",
            "us", "./marquee forecast backtest --history ../shared/data/us-boxofficemojo-daily/daily.csv"
                    + " --cutoffs 2008-01-01,2010-01-01,2012-01-01,2014-01-01,2016-01-01 --days 0,1,3,7,14");
    private static final String RESOURCE = "/forecasting/rolling-accuracy.csv";

    /** One cutoff's (or the pooled) accuracy at N days observed; percentages as printed. */
    public record Row(String market, String cutoff, boolean heldOut, int days, int films, double modelMedianApePct,
                      double baselineMedianApePct, double modelCoverage80Pct) {

        public double ratio() {
            return modelMedianApePct / baselineMedianApePct;
        }

        public boolean pooled() {
            return cutoff.equals("pooled");
        }
    }

    /** A market's table and the command that measured it. */
    public record Table(String market, String command, String measuredOn, List<Row> rows) {
    }

    private static final List<Row> ROWS = load();

    private PublishedAccuracy() {
    }

    public static Table of(String market) {
        return new Table(market, COMMANDS.getOrDefault(market, ""), MEASURED_ON,
                ROWS.stream().filter(r -> r.market().equals(market)).toList());
    }

    private static List<Row> load() {
        try (InputStream in = PublishedAccuracy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            CsvRead<Row> read;
            try (CsvReader reader = CsvReader.of(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE,
                    List.of("market", "cutoff", "held_out", "days", "films", "model_median_ape_pct",
                            "baseline_median_ape_pct", "model_coverage80_pct"))) {
                read = reader.all(PublishedAccuracy::parse);
            }
            if (!read.rejected().isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": " + read.rejected()); // a broken build, not data to skip
            }
            return read.accepted();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row parse(CsvRow row) {
        try {
            return new Row(row.required("market"), row.required("cutoff"), row.required("held_out").equals("yes"),
                    Integer.parseInt(row.required("days")), Integer.parseInt(row.required("films")),
                    Double.parseDouble(row.required("model_median_ape_pct")),
                    Double.parseDouble(row.required("baseline_median_ape_pct")),
                    Double.parseDouble(row.required("model_coverage80_pct")));
        } catch (NumberFormatException e) {
            throw new BadRow("not a number: " + e.getMessage());
        }
    }
}
