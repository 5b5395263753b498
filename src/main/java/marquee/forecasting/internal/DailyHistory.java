package marquee.forecasting.internal;

import java.io.Reader;
import java.nio.file.Path;
import java.util.function.Supplier;
import marquee.boxoffice.DailyFeed;
import marquee.boxoffice.FeedRow;
import marquee.shared.csv.CsvRead;
import marquee.shared.csv.UnusableCsv;

/**
 * The daily box office rows forecasting learns from, read through the box office's one parser of the
 * daily feed, so a forecast sees exactly the rows an import of the same file stores. A file is unusable
 * when it cannot be read, lacks a required column, or has no valid row at all.
 */
public final class DailyHistory {

    /**
     * ISO 4217's "no currency": a forecast works in the file's units whatever they are, so a file of an
     * unknown market is read without claiming one for it.
     */
    public static final String ANY_CURRENCY = "XXX";

    private DailyHistory() {
    }

    public static CsvRead<BoxOfficeDay> read(Path file, String currency) {
        return usable(() -> DailyFeed.read(file, currency), file.toString());
    }

    /** Daily box office text already open; {@code name} is what messages call it. */
    public static CsvRead<BoxOfficeDay> read(Reader text, String name, String currency) {
        return usable(() -> DailyFeed.read(text, name, currency), name);
    }

    private static CsvRead<BoxOfficeDay> usable(Supplier<CsvRead<FeedRow>> reading, String name) {
        CsvRead<FeedRow> read;
        try {
            read = reading.get();
        } catch (UnusableCsv e) {
            throw new UnusableInputException(e.getMessage());
        }
        if (read.accepted().isEmpty()) {
            throw new UnusableInputException(name + ": no valid rows"
                    + (read.rejected().isEmpty() ? "" : ", first problem at " + read.rejected().getFirst()));
        }
        return new CsvRead<>(read.accepted().stream().map(BoxOfficeDay::of).toList(), read.rejected());
    }
}
