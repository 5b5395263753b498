package marquee.boxoffice.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import marquee.boxoffice.HistoryDataSet;
import marquee.boxoffice.ImportReport;
import marquee.boxoffice.MarketFeeds;
import marquee.shared.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * When the web application starts with an empty market history and the real data sets sit in
 * {@code marquee.boxoffice.history-dir} (the China and US daily box office), imports them in the
 * background, so the console has years of real history beside the live sales without slowing start-up.
 */
@Component
class HistoryOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HistoryOnStart.class);

    private final MarketFeeds feeds;
    private final String historyDir;
    private final boolean enabled;

    HistoryOnStart(MarketFeeds feeds, @Value("${marquee.boxoffice.history-dir:}") String historyDir,
                   @Value("${marquee.boxoffice.import-history-on-start:true}") boolean enabled) {
        this.feeds = feeds;
        this.historyDir = historyDir;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || historyDir.isBlank() || !Files.isDirectory(Path.of(historyDir))
                || feeds.films(null, null, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        Thread.ofPlatform().name("boxoffice-history-import").daemon().start(this::importAll);
    }

    private void importAll() {
        for (HistoryDataSet set : HistoryDataSet.values()) {
            Path file = set.daily(Path.of(historyDir));
            if (Files.exists(file)) {
                ImportReport report = feeds.importDaily(file, set.source(), set.currency(), line -> log.info("history {}: {}", set.source(), line));
                log.info("history {}: {} rows accepted, {} rejected", set.source(), report.accepted(), report.rejected().size());
            }
        }
    }
}
