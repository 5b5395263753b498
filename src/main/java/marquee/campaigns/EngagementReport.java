package marquee.campaigns;

import java.util.List;
import marquee.shared.csv.RejectedRow;

/**
 * What an engagement import did. All or nothing: when any row is rejected ({@code applied} false) nothing was stored
 * and {@code rejected} names every bad row by its physical line (the header is line 1) and reason; otherwise every
 * row was stored in one transaction: {@code stored} channel days new, {@code replaced} ones whose figures changed,
 * {@code unchanged} ones already there with the same figures (a file imported twice: all unchanged).
 */
public record EngagementReport(long rowsRead, long stored, long replaced, long unchanged, boolean applied,
                               List<RejectedRow> rejected) {

    public EngagementReport {
        rejected = List.copyOf(rejected);
    }

    /** Nothing stored: the rows rejected, each by line and reason. */
    public static EngagementReport refused(long rowsRead, List<RejectedRow> rejected) {
        return new EngagementReport(rowsRead, 0, 0, 0, false, rejected);
    }
}
