package marquee.boxoffice.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import marquee.boxoffice.MarketFeeds;
import marquee.shared.AppCommand;
import org.springframework.stereotype.Component;

/**
 * {@code ./marquee import boxoffice FILE.csv [--source NAME] [--currency CODE]}. Exit 0 when every row
 * was accepted, 3 when some were rejected (the good ones are imported), 1 when the file is unusable.
 */
@Component
class ImportBoxOfficeCommand implements AppCommand {

    private final MarketFeeds feeds;

    ImportBoxOfficeCommand(MarketFeeds feeds) {
        this.feeds = feeds;
    }

    @Override
    public String name() {
        return "import boxoffice";
    }

    @Override
    public String summary() {
        return "import a daily box office CSV (film_id,title,release_date,date,gross,admissions,screenings)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        return ImportCommandLine.run(args, List.of("--source", "--currency"),
                "./marquee import boxoffice FILE.csv [--source NAME] [--currency CODE]", out, err,
                (file, options) -> feeds.importDaily(Path.of(file), options.getOrDefault("--source", "market"),
                        options.getOrDefault("--currency", "CNY").toUpperCase(), line -> err.println("import: " + line)));
    }
}
