package marquee.audience.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import marquee.audience.Interaction;
import org.apache.commons.csv.CSVRecord;

/** Reads {@code user_id,film_id,rating,rated_at} (rated_at ISO-8601 UTC, rating may be empty). */
public final class InteractionCsv {

    static final List<String> COLUMNS = List.of("user_id", "film_id", "rating", "rated_at");

    private InteractionCsv() {
    }

    public static CsvImport<Interaction> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new BadInputException("cannot read interactions file " + file + ": " + e.getMessage());
        }
    }

    public static CsvImport<Interaction> read(Reader reader) {
        return CsvRows.read(reader, "interactions", COLUMNS, InteractionCsv::interaction);
    }

    private static Interaction interaction(CSVRecord record) {
        String user = CsvRows.required(record, "user_id");
        String film = CsvRows.required(record, "film_id");
        return new Interaction(user, film, rating(record.get("rating")), instant(record.get("rated_at")));
    }

    private static Double rating(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new CsvRows.RowRejected("rating is not a finite number: " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new CsvRows.RowRejected("rating is not a number: " + text);
        }
    }

    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            throw new CsvRows.RowRejected("empty rated_at");
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new CsvRows.RowRejected("rated_at is not an ISO-8601 UTC time: " + text);
            }
        }
    }
}
