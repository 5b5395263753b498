package marquee.audience.internal;

import java.util.List;

/** Rows accepted from a CSV file next to the rows rejected, so callers can report both. */
public record CsvImport<T>(List<T> accepted, List<Rejection> rejected) {

    public CsvImport {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
    }
}
