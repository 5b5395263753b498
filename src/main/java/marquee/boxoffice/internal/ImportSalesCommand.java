package marquee.boxoffice.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import marquee.boxoffice.SaleFeeds;
import marquee.shared.AppCommand;
import org.springframework.stereotype.Component;

/**
 * {@code ./marquee import sales FILE [--source NAME]}: another seller's sales and refunds, CSV or JSON
 * lines (told apart by the first line), counted like the platform's own. Exit codes as {@code import boxoffice}.
 */
@Component
class ImportSalesCommand implements AppCommand {

    static final String DEFAULT_SOURCE = "feed";

    private final SaleFeeds feeds;

    ImportSalesCommand(SaleFeeds feeds) {
        this.feeds = feeds;
    }

    @Override
    public String name() {
        return "import sales";
    }

    @Override
    public String summary() {
        return "import another seller's sales, CSV or JSON lines (sale_id,kind,film_id,cinema_id,...)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        return ImportCommandLine.run(args, List.of("--source"), "./marquee import sales FILE [--source NAME]", out, err,
                (file, options) -> feeds.importSales(Path.of(file), null, options.getOrDefault("--source", DEFAULT_SOURCE),
                        line -> err.println("import: " + line)));
    }
}
