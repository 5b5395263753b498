package marquee.boxoffice.internal;

import java.nio.file.Path;
import marquee.boxoffice.SaleFeeds;
import marquee.shared.Command;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./marquee import sales FILE [--source NAME]}: another seller's sales and refunds, CSV or JSON
 * lines (told apart by the first line), counted like the platform's own. Exit codes as {@code import boxoffice}.
 */
@CommandLine.Command(name = "sales",
        description = "import another seller's sales, CSV or JSON lines (sale_id,kind,film_id,cinema_id,...)",
        footer = "Exit 0 when every row was accepted, 3 when some were rejected (the good ones are imported), 1 when the file is unusable.")
public class ImportSalesCommand implements Command {

    static final String DEFAULT_SOURCE = "feed";

    @Parameters(paramLabel = "FILE", description = "the feed: CSV or JSON lines")
    Path file;

    @Option(names = "--source", paramLabel = "NAME", description = "the seller (default: ${DEFAULT-VALUE})", defaultValue = DEFAULT_SOURCE)
    String source;

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
        SaleFeeds feeds = run.bean(SaleFeeds.class);
        return ImportCommandLine.run(run.out(), run.err(),
                () -> feeds.importSales(file, null, source, line -> run.err().println("import: " + line)));
    }
}
