package marquee.boxoffice;

import java.util.List;

/**
 * The box office checked against booking: every paid sale and refund of booking's history should be in the
 * ledger once, nothing of the platform's should be in the ledger that booking does not have, and every
 * rollup row should equal the sum of its ledger entries.
 *
 * @param sales          paid sales in booking's history
 * @param refunds        refunds in booking's history
 * @param counted        the platform's entries in the ledger
 * @param missing        events of booking's history the ledger lacks (a sale lost from the box office)
 * @param unknown        platform entries of the ledger booking's history does not have
 * @param rollupRowsOff  rollup rows (film, day, cinema) that differ from the sums of the ledger
 * @param examples       up to ten of the missing and unknown event ids, for a person to look up
 */
public record Reconciliation(long sales, long refunds, long counted, long missing, long unknown, long rollupRowsOff,
                             List<String> examples) {

    /** Nothing lost, nothing invented, rollups equal to the ledger. */
    public boolean consistent() {
        return missing == 0 && unknown == 0 && rollupRowsOff == 0;
    }

    @Override
    public String toString() {
        return "sales=%d refunds=%d counted=%d missing=%d unknown=%d rollup_rows_off=%d consistent=%s%s".formatted(sales,
                refunds, counted, missing, unknown, rollupRowsOff, consistent(), examples.isEmpty() ? "" : " e.g. " + examples);
    }
}
