package marquee.boxoffice.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import marquee.boxoffice.ImportReport;
import marquee.boxoffice.MarketFeeds;
import marquee.shared.AppCommand;
import marquee.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * {@code ./marquee import boxoffice FILE.csv [--source NAME] [--currency CODE]}. Exit 0 when every row
 * was accepted, 3 when some were rejected (the good ones are imported), 1 when the file is unusable.
 */
@Component
class ImportBoxOfficeCommand implements AppCommand {

    private static final int REJECTS_SHOWN = 50;

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
        String file = null;
        String source = "market";
        String currency = "CNY";
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ((arg.equals("--source") || arg.equals("--currency")) && i + 1 < args.size()) {
                if (arg.equals("--source")) {
                    source = args.get(++i);
                } else {
                    currency = args.get(++i).toUpperCase();
                }
            } else if (!arg.startsWith("--") && file == null) {
                file = arg;
            } else {
                err.println("usage: ./marquee import boxoffice FILE.csv [--source NAME] [--currency CODE]");
                return 2;
            }
        }
        if (file == null) {
            err.println("usage: ./marquee import boxoffice FILE.csv [--source NAME] [--currency CODE]");
            return 2;
        }
        long started = System.nanoTime();
        try {
            ImportReport report = feeds.importDaily(Path.of(file), source, currency, line -> err.println("import: " + line));
            print(report, (System.nanoTime() - started) / 1_000_000, out);
            return report.rejected().isEmpty() ? 0 : 3;
        } catch (InvalidInput e) {
            err.println("import: " + e.field() + " " + e.getMessage());
            return 1;
        }
    }

    private static void print(ImportReport report, long millis, PrintStream out) {
        out.printf("rows read: %,d%naccepted: %,d (stored %,d, unchanged %,d) for %,d films%nrejected: %,d%n",
                report.rowsRead(), report.accepted(), report.stored(), report.unchanged(), report.films(),
                report.rejected().size());
        report.rejected().stream().limit(REJECTS_SHOWN)
                .forEach(r -> out.printf("  line %d: %s%n", r.line(), r.reason()));
        if (report.rejected().size() > REJECTS_SHOWN) {
            out.printf("  ... and %,d more%n", report.rejected().size() - REJECTS_SHOWN);
        }
        out.printf("took %.1f s%n", millis / 1000.0);
    }
}
