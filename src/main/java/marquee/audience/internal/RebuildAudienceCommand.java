package marquee.audience.internal;

import java.util.Locale;
import marquee.shared.Command;
import picocli.CommandLine;

/**
 * {@code ./marquee audience rebuild}: rebuilds the audience's copy of the purchases from booking's sales history,
 * in the application's store. On a running application use {@code POST /api/audience/rebuild} instead: this
 * command's application is another one, whose live deliveries a rebuild cannot hold back.
 */
@CommandLine.Command(name = "rebuild",
        description = "rebuild the audience's purchases, refunds and check-ins from booking's sales history",
        footer = "Run it with the application stopped; on a running one: POST /api/audience/rebuild.")
public class RebuildAudienceCommand implements Command {

    @Override
    public String group() {
        return "audience";
    }

    @Override
    public Needs needs() {
        return Needs.STORE;
    }

    @Override
    public int run(Run run) {
        AudienceHistory history = run.bean(AudienceHistory.class);
        run.out().println("audience rebuild: replaying booking's sales history...");
        AudienceHistory.Rebuilt rebuilt = history.rebuild(sofar -> run.out().println("  " + counts(sofar)));
        run.out().println("audience rebuilt: " + counts(rebuilt));
        return 0;
    }

    private static String counts(AudienceHistory.Rebuilt r) {
        return String.format(Locale.ROOT, "%,d sales, %,d refunds, %,d check-ins replayed in %,d ms", r.sales(), r.refunds(),
                r.checkIns(), r.millis());
    }
}
