package marquee.boxoffice;

/**
 * What a rebuild of the box office did: the platform's sales and refunds stored again from booking's history,
 * the entries of other sellers' feeds kept as they were, and the rollup rows computed from the whole ledger.
 */
public record Rebuilt(long sales, long refunds, long fedEntriesKept, long rollupRows, long millis) {

    @Override
    public String toString() {
        return "sales=%d refunds=%d fed_entries_kept=%d rollup_rows=%d millis=%d".formatted(sales, refunds, fedEntriesKept,
                rollupRows, millis);
    }
}
