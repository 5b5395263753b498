package marquee.shared.csv;

import java.util.List;

/** What a whole file gave: the rows taken, in file order, and the rows rejected with line and reason. */
public record CsvRead<T>(List<T> accepted, List<RejectedRow> rejected) {

    public CsvRead {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
    }
}
