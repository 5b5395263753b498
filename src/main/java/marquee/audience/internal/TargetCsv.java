package marquee.audience.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the target films file: a header and one column {@code film_id}. */
public final class TargetCsv {

    private TargetCsv() {
    }

    public static CsvImport<String> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CsvRows.read(reader, "targets", List.of("film_id"), record -> CsvRows.required(record, "film_id"));
        } catch (IOException e) {
            throw new BadInputException("cannot read targets file " + file + ": " + e.getMessage());
        }
    }
}
