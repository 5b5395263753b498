package marquee.boxoffice;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The real daily box office data sets that sit in {@code marquee.boxoffice.history-dir}: the one list,
 * read by the start-up import of the market history and by forecasting, so both know the same markets.
 */
public enum HistoryDataSet {

    CHINA("china", "china-maoyan-daily", "maoyan", "CNY"),
    US("us", "us-boxofficemojo-daily", "boxofficemojo", "USD");

    private final String market;
    private final String folder;
    private final String source;
    private final String currency;

    HistoryDataSet(String market, String folder, String source, String currency) {
        this.market = market;
        this.folder = folder;
        this.source = source;
        this.currency = currency;
    }

    /** The market's name in URLs and commands: china, us. */
    public String market() {
        return market;
    }

    /** The data set's folder under the history directory. */
    public String folder() {
        return folder;
    }

    /** The feed's name in the imported market history. */
    public String source() {
        return source;
    }

    public String currency() {
        return currency;
    }

    /** The data set's daily box office file under the history directory. */
    public Path daily(Path historyDir) {
        return historyDir.resolve(folder).resolve("daily.csv");
    }

    /** The data set's film metadata file under the history directory; not every data set has one. */
    public Path films(Path historyDir) {
        return historyDir.resolve(folder).resolve("films.csv");
    }

    public static Optional<HistoryDataSet> ofMarket(String market) {
        if (market == null) {
            return Optional.empty();
        }
        String name = market.toLowerCase(Locale.ROOT);
        for (HistoryDataSet set : values()) {
            if (set.market.equals(name)) {
                return Optional.of(set);
            }
        }
        return Optional.empty();
    }
}
