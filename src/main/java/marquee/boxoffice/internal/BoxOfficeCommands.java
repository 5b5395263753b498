package marquee.boxoffice.internal;

import marquee.boxoffice.BoxOffice;
import marquee.boxoffice.Rebuilt;
import marquee.boxoffice.Reconciliation;
import marquee.shared.Command;
import picocli.CommandLine;

/** The box office's commands on the application's store: rebuild it from booking's history, or check it against it. */
public final class BoxOfficeCommands {

    private BoxOfficeCommands() {
    }

    /**
     * {@code ./marquee boxoffice rebuild}: the platform's sales again from booking's sales history, other sellers'
     * feeds kept, every rollup recomputed. On a running application: {@code POST /api/boxoffice/rebuild}.
     */
    @CommandLine.Command(name = "rebuild",
            description = "store the platform's sales in the box office ledger again from booking's sales history and"
                    + " recompute every rollup (other sellers' feeds are kept)",
            footer = "Run it with the application stopped; on a running one: POST /api/boxoffice/rebuild (operator).")
    public static final class Rebuild implements Command {

        @Override
        public String group() {
            return "boxoffice";
        }

        @Override
        public Needs needs() {
            return Needs.STORE;
        }

        @Override
        public int run(Run run) {
            run.out().println("boxoffice rebuild: replaying booking's sales history...");
            Rebuilt rebuilt = run.bean(BoxOffice.class).rebuild();
            run.out().println("boxoffice rebuilt: " + rebuilt);
            return 0;
        }
    }

    /**
     * {@code ./marquee boxoffice check}: every paid sale and refund of booking's history in the ledger once, nothing
     * else of the platform's there, every rollup row equal to its ledger entries. Exit 4 when anything is off.
     */
    @CommandLine.Command(name = "check",
            description = "check the box office against booking: paid orders and refunds missing from the ledger, entries"
                    + " booking does not have, rollup rows that differ from the ledger (exit 4 when any)",
            footer = "On a running application: GET /api/boxoffice/reconciliation (operator).")
    public static final class Check implements Command {

        static final int INCONSISTENT = 4;

        @Override
        public String group() {
            return "boxoffice";
        }

        @Override
        public Needs needs() {
            return Needs.STORE;
        }

        @Override
        public int run(Run run) {
            Reconciliation check = run.bean(BoxOffice.class).reconcile();
            run.out().println("boxoffice check: " + check);
            if (!check.consistent()) {
                run.err().println("boxoffice check: the box office differs from booking; './marquee boxoffice rebuild'"
                        + " (application stopped) or POST /api/boxoffice/rebuild stores booking's sales again");
                return INCONSISTENT;
            }
            return 0;
        }
    }
}
