package marquee.forecasting.internal;

import java.util.List;

/** Rows accepted from a CSV file and rows rejected with line number and reason. */
public record CsvReadResult<T>(List<T> accepted, List<RejectedRow> rejected) {

    public CsvReadResult {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
    }
}
