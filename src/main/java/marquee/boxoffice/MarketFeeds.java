package marquee.boxoffice;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import marquee.shared.PageOf;
import marquee.shared.PageRequest;

/** Market-wide daily box office from feeds: import, and the history it builds up. */
public interface MarketFeeds {

    /**
     * Imports a daily box office CSV (the format is on {@link DailyFeed}; rows are read and rejected as
     * {@code marquee.shared.csv.CsvReader} says). Idempotent: the same file twice changes nothing, and a corrected
     * row replaces its earlier value. {@code progress} hears about every hundred thousand rows.
     */
    ImportReport importDaily(Path file, String source, String defaultCurrency, Consumer<String> progress);

    PageOf<HistoryFilm> films(String text, String source, PageRequest page);

    HistoryFilm film(long id);

    List<DayFigures> curve(long id);

    /** The best opening days of a feed, and the films fastest to {@code thresholdMinor}; {@code limit} of each. */
    HistoryRecords records(String source, long thresholdMinor, int limit);

    /**
     * Films comparable to this one: of the same feed, released in the same season (within a month of
     * its calendar date, any year), with the opening week closest to its own.
     */
    Comparables comparables(long id, int limit);
}
