package marquee.boxoffice;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import marquee.shared.PageOf;
import marquee.shared.PageRequest;

/** Market-wide daily box office from feeds: import, and the history it builds up. */
public interface MarketFeeds {

    /**
     * Imports a daily box office CSV. Idempotent: the same file twice changes nothing, and a corrected
     * row replaces its earlier value. {@code progress} hears about every hundred thousand rows.
     */
    ImportReport importDaily(Path file, String source, String defaultCurrency, Consumer<String> progress);

    PageOf<HistoryFilm> films(String text, String source, PageRequest page);

    HistoryFilm film(long id);

    List<DayFigures> curve(long id);
}
