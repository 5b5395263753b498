package marquee.boxoffice.internal;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import marquee.boxoffice.ImportReport;
import marquee.boxoffice.SaleFeeds;
import marquee.boxoffice.SalesIntake;
import marquee.catalog.Catalog;
import marquee.shared.InvalidInput;
import marquee.shared.MarketSettings;
import org.springframework.stereotype.Service;

/** Imports other sellers' sale feeds through the same intake as the platform's own sales. */
@Service
class SaleFeedImport implements SaleFeeds {

    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,19}");
    /** The source of the platform's own sales, which no feed may claim. */
    private static final String PLATFORM = "marquee";

    private final SalesIntake intake;
    private final Ledger ledger;
    private final Catalog catalog;

    private final MarketSettings market;

    SaleFeedImport(SalesIntake intake, Ledger ledger, Catalog catalog, MarketSettings market) {
        this.market = market;
        this.intake = intake;
        this.ledger = ledger;
        this.catalog = catalog;
    }

    @Override
    public ImportReport importSales(Path file, Format format, String source, Consumer<String> progress) {
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw new InvalidInput("source", "must be 1 to 20 lower-case letters, digits, '.', '_' or '-'");
        }
        if (source.equals(PLATFORM)) {
            throw new InvalidInput("source", "'" + PLATFORM + "' is the platform's own sales; name the seller");
        }
        SaleImportRun run = new SaleImportRun(source, new SaleContexts(catalog), ledger, intake, progress);
        try (FeedLines lines = FeedLines.open(file)) {
            FeedLines.Line first = lines.next();
            if (first == null) {
                throw new InvalidInput("file", "is empty");
            }
            boolean json = format != null ? format == Format.JSON_LINES : first.text().stripLeading().startsWith("{");
            SaleRowReader reader = json ? SaleRowReader.jsonLines(market.currency()) : csv(first.text());
            if (json) {
                run.offer(reader, first);
            }
            for (FeedLines.Line line = lines.next(); line != null; line = lines.next()) {
                run.offer(reader, line);
            }
        }
        return run.finish();
    }

    private SaleRowReader csv(String header) {
        try {
            return SaleRowReader.csv(header, market.currency());
        } catch (BadRow bad) {
            throw new InvalidInput("file", bad.getMessage());
        }
    }
}
