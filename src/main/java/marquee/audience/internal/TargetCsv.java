package marquee.audience.internal;

import java.nio.file.Path;
import java.util.List;
import marquee.shared.csv.CsvRead;

/** Reads the target films file: a header and one column {@code film_id}. */
public final class TargetCsv {

    private TargetCsv() {
    }

    public static CsvRead<String> read(Path file) {
        return AudienceCsv.read(file, List.of("film_id"), row -> row.required("film_id"));
    }
}
