package marquee.audience.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import marquee.shared.AppCommand;
import org.springframework.stereotype.Component;

/**
 * {@code ./marquee audience rebuild}: rebuilds the audience's copy of the purchases from booking's sales history,
 * in the application's store. On a running application use {@code POST /api/audience/rebuild} instead: this
 * command's application is another one, whose live deliveries a rebuild cannot hold back.
 */
@Component
class RebuildAudienceCommand implements AppCommand {

    private final AudienceHistory history;

    RebuildAudienceCommand(AudienceHistory history) {
        this.history = history;
    }

    @Override
    public String name() {
        return "audience rebuild";
    }

    @Override
    public String summary() {
        return "rebuild the audience's purchases, refunds and check-ins from booking's sales history";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println("usage: ./marquee audience rebuild [--name=value ...]");
            return 2;
        }
        out.println("audience rebuild: replaying booking's sales history...");
        AudienceHistory.Rebuilt rebuilt = history.rebuild(sofar -> out.println("  " + counts(sofar)));
        out.println("audience rebuilt: " + counts(rebuilt));
        return 0;
    }

    private static String counts(AudienceHistory.Rebuilt r) {
        return String.format(Locale.ROOT, "%,d sales, %,d refunds, %,d check-ins replayed in %,d ms", r.sales(), r.refunds(),
                r.checkIns(), r.millis());
    }
}
