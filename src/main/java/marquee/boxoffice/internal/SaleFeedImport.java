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
import marquee.shared.csv.CsvReader;
import marquee.shared.csv.NumberedLines;
import marquee.shared.csv.UnusableCsv;
import org.springframework.stereotype.Service;

/** Imports other sellers' sale feeds through the same intake as the platform's own sales. */
@Service
class SaleFeedImport implements SaleFeeds {

    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,19}");
    /** The source of the platform's own sales, which no feed may claim. */
    private static final String PLATFORM = Ledger.PLATFORM;

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
        try (NumberedLines lines = NumberedLines.open(file)) {
            NumberedLines.Line first = lines.peek();
            if (first == null) {
                throw new UnusableCsv(file + " is empty");
            }
            boolean json = format != null ? format == Format.JSON_LINES : first.text().stripLeading().startsWith("{");
            if (json) {
                for (NumberedLines.Line line = lines.next(); line != null; line = lines.next()) {
                    NumberedLines.Line row = line;
                    run.offer(row.number(), () -> SaleRowReader.read(row, market.currency()));
                }
            } else {
                CsvReader.over(lines, SaleRowReader.REQUIRED)
                        .forEach(row -> run.offer(row.line(), () -> SaleRowReader.read(row, market.currency())), run::refused);
            }
        }
        return run.finish();
    }
}
