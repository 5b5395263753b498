package marquee.forecasting.internal;

import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import marquee.shared.csv.BadRow;
import marquee.shared.csv.CsvRead;
import marquee.shared.csv.CsvReader;
import marquee.shared.csv.CsvRow;
import marquee.shared.csv.UnusableCsv;

/**
 * Reads the film metadata CSV: {@code film_id,title,release_date,genres,directors,stars,runtime_min,formats}
 * (lists joined by {@code |}). Post-release columns such as want_to_see or rating are deliberately
 * not read: a pre-release forecast must not see them.
 */
public final class FilmMetadataCsv {

    private static final List<String> REQUIRED = List.of("film_id");

    private FilmMetadataCsv() {
    }

    public static CsvRead<FilmInfo> read(Path file) {
        try {
            return CsvReader.read(file, REQUIRED, FilmMetadataCsv::parse);
        } catch (UnusableCsv e) {
            throw new UnusableInputException(e.getMessage());
        }
    }

    public static CsvRead<FilmInfo> read(Reader text, String name) {
        try (CsvReader reader = CsvReader.of(text, name, REQUIRED)) {
            return reader.all(FilmMetadataCsv::parse);
        } catch (UnusableCsv e) {
            throw new UnusableInputException(e.getMessage());
        }
    }

    private static FilmInfo parse(CsvRow row) {
        String filmId = row.required("film_id");
        int runtime = runtime(row.value("runtime_min"));
        return new FilmInfo(filmId, row.value("title"), releaseDate(row), list(row, "genres", "\\|"),
                list(row, "directors", "\\|"), list(row, "stars", "\\|"), runtime, list(row, "formats", "[|/]"),
                row.value("distributor"), theaters(row.value("theaters")));
    }

    /** The release date may be unknown (empty) in a film list; a date that is not one is a bad row. */
    private static LocalDate releaseDate(CsvRow row) {
        String text = row.value("release_date");
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRow("bad date in release_date: '" + text + "' (expected yyyy-mm-dd)");
        }
    }

    /** Runtime is a plain number of minutes; anything else counts as unknown rather than a bad row. */
    private static int runtime(String value) {
        try {
            int minutes = value.isEmpty() ? 0 : (int) Math.round(Double.parseDouble(value));
            return minutes >= 30 && minutes <= 400 ? minutes : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int theaters(String value) {
        try {
            return value.isEmpty() ? 0 : (int) Math.max(0, Double.parseDouble(value));
        } catch (NumberFormatException e) {
            throw new BadRow("theaters is not a number: '" + value + "'");
        }
    }

    private static List<String> list(CsvRow row, String column, String separator) {
        String value = row.value(column);
        if (value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
