package marquee.audience.internal;

import java.io.Reader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import marquee.audience.Interaction;
import marquee.shared.csv.BadRow;
import marquee.shared.csv.CsvRead;
import marquee.shared.csv.CsvRow;

/** Reads {@code user_id,film_id,rating,rated_at} (rated_at ISO-8601 UTC, rating may be empty). */
public final class InteractionCsv {

    static final List<String> COLUMNS = List.of("user_id", "film_id", "rating", "rated_at");

    private InteractionCsv() {
    }

    public static CsvRead<Interaction> read(Path file) {
        return AudienceCsv.read(file, COLUMNS, InteractionCsv::interaction);
    }

    public static CsvRead<Interaction> read(Reader reader) {
        return AudienceCsv.read(reader, "interactions", COLUMNS, InteractionCsv::interaction);
    }

    private static Interaction interaction(CsvRow row) {
        String user = row.required("user_id");
        String film = row.required("film_id");
        return new Interaction(user, film, rating(row.value("rating")), instant(row.required("rated_at")));
    }

    private static Double rating(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new BadRow("rating is not a finite number: " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadRow("rating is not a number: " + text);
        }
    }

    static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new BadRow("rated_at is not an ISO-8601 UTC time: " + text);
            }
        }
    }
}
