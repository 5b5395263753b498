package marquee.boxoffice.internal;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import marquee.boxoffice.ImportReport;
import marquee.shared.InvalidInput;

/**
 * What the import commands share: one file and {@code --name value} options, the report printed with the
 * time taken, and the exit code: 0 when every row was accepted, 3 when some were rejected (the good ones
 * are imported), 1 when the file is unusable, 2 for bad arguments.
 */
final class ImportCommandLine {

    private static final int REJECTS_SHOWN = 50;

    private ImportCommandLine() {
    }

    /** Runs {@code importer} with the file and the options given (of {@code options}, by name with their dashes). */
    static int run(List<String> args, List<String> options, String usage, PrintStream out, PrintStream err,
                   BiFunction<String, Map<String, String>, ImportReport> importer) {
        String file = null;
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (options.contains(arg) && i + 1 < args.size()) {
                given.put(arg, args.get(++i));
            } else if (!arg.startsWith("--") && file == null) {
                file = arg;
            } else {
                file = null;
                break;
            }
        }
        if (file == null) {
            err.println("usage: " + usage);
            return 2;
        }
        long started = System.nanoTime();
        try {
            ImportReport report = importer.apply(file, given);
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
