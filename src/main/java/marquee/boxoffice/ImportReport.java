package marquee.boxoffice;

import java.util.List;
import marquee.shared.csv.RejectedRow;

/**
 * What an import did: rows stored (new or corrected), rows already present with the same values,
 * and each rejected row with its line number and reason. A rejected row leaves nothing behind.
 */
public record ImportReport(long rowsRead, long stored, long unchanged, long films, List<RejectedRow> rejected) {

    public long accepted() {
        return stored + unchanged;
    }
}
