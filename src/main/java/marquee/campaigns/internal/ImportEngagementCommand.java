package marquee.campaigns.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import marquee.campaigns.EngagementReport;
import marquee.shared.Command;
import marquee.shared.InvalidInput;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./marquee import engagement FILE [--campaign ID]}: the platforms' daily figures per post, all or nothing
 * ({@link EngagementImport}). Exit 0 when every row was stored, 3 when some were rejected (then nothing is stored),
 * 1 when the file is unusable.
 */
@CommandLine.Command(name = "engagement",
        description = "import the daily engagement of campaign posts (CSV: post_url or channel_id,day,views,likes,comments,shares,spend)",
        footer = "Exit 0 when every row was stored, 3 when some were rejected (then nothing is stored), 1 when the file is unusable.")
public class ImportEngagementCommand implements Command {

    @Parameters(paramLabel = "FILE", description = "the engagement export (CSV with a header)")
    Path file;

    @Option(names = "--campaign", paramLabel = "ID", description = "rows must name channels of this campaign (default: any campaign's)")
    Long campaign;

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
        EngagementReport report;
        try {
            report = run.bean(EngagementImport.class).importFile(file, campaign);
        } catch (InvalidInput e) {
            run.err().println("import engagement: " + e.field() + " " + e.getMessage());
            return 1;
        }
        print(report, run.out());
        return report.applied() ? 0 : 3;
    }

    private static void print(EngagementReport report, PrintStream out) {
        out.printf("rows read: %,d%n", report.rowsRead());
        if (report.applied()) {
            out.printf("stored: %,d new, %,d replaced, %,d unchanged%nrejected: 0%n", report.stored(), report.replaced(),
                    report.unchanged());
        } else {
            out.printf("rejected: %,d (nothing stored: correct these rows and import the file again)%n", report.rejected().size());
            report.rejected().forEach(r -> out.printf("  line %d: %s%n", r.line(), r.reason()));
        }
    }
}
