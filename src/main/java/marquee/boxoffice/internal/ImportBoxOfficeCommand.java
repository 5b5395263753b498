package marquee.boxoffice.internal;

import java.nio.file.Path;
import marquee.boxoffice.MarketFeeds;
import marquee.shared.Command;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./marquee import boxoffice FILE.csv [--source NAME] [--currency CODE]}. Exit 0 when every row
 * was accepted, 3 when some were rejected (the good ones are imported), 1 when the file is unusable.
 */
@CommandLine.Command(name = "boxoffice",
        description = "import a daily box office CSV (film_id,title,release_date,date,gross,admissions,screenings)",
        footer = "Exit 0 when every row was accepted, 3 when some were rejected (the good ones are imported), 1 when the file is unusable.")
public class ImportBoxOfficeCommand implements Command {

    @Parameters(paramLabel = "FILE", description = "the daily box office feed (CSV)")
    Path file;

    @Option(names = "--source", paramLabel = "NAME", description = "the feed's name (default: ${DEFAULT-VALUE})", defaultValue = "market")
    String source;

    @Option(names = "--currency", paramLabel = "CODE", description = "the currency of its gross (default: ${DEFAULT-VALUE})",
            defaultValue = "CNY")
    String currency;

    @Override
    public String group() {
        return "import";
    }

    @Override
    public Needs needs() {
        return Needs.STORE;
    }

    @Override
    public int run(Run run) {
        MarketFeeds feeds = run.bean(MarketFeeds.class);
        return ImportCommandLine.run(run.out(), run.err(), () -> feeds.importDaily(file, source, currency.toUpperCase(),
                line -> run.err().println("import: " + line)));
    }
}
