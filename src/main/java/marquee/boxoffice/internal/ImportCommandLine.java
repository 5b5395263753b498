package marquee.boxoffice.internal;

import java.io.PrintStream;
import java.util.function.Supplier;
import marquee.boxoffice.ImportReport;
import marquee.shared.InvalidInput;

/**
 * What the import commands share: the report printed with the time taken, and the exit code: 0 when every row
 * was accepted, 3 when some were rejected (the good ones are imported), 1 when the file is unusable.
 */
final class ImportCommandLine {

    private static final int REJECTS_SHOWN = 50;

    private ImportCommandLine() {
    }

    static int run(PrintStream out, PrintStream err, Supplier<ImportReport> importer) {
        long started = System.nanoTime();
        try {
            ImportReport report = importer.get();
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
