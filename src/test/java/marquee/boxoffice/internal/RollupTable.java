package marquee.boxoffice.internal;

import org.springframework.context.ApplicationContext;

/** For tests outside this package that read the rollup table itself: it trails the ledger until a flush. */
public final class RollupTable {

    private RollupTable() {
    }

    /** Writes the rollup rows the box office writer holds in memory, as any reader of the table does first. */
    public static void flush(ApplicationContext context) {
        context.getBean(SaleWriter.class).flushRollups();
    }
}
