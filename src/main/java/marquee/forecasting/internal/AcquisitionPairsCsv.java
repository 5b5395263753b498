package marquee.forecasting.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import marquee.shared.csv.BadRow;
import marquee.shared.csv.CsvRead;
import marquee.shared.csv.CsvReader;
import marquee.shared.csv.CsvRow;
import marquee.shared.csv.UnusableCsv;

/**
 * Reads the training pairs: {@code china_film_id,china_title,china_release_date,us_film_id,us_title,...}
 * (the format of the shared acquisitions/pairs.csv). Titles are optional; a row without either film id or
 * with a bad China release date is rejected with its line.
 */
public final class AcquisitionPairsCsv {

    private static final List<String> REQUIRED = List.of("china_film_id", "china_release_date", "us_film_id");

    private AcquisitionPairsCsv() {
    }

    public static CsvRead<AcquisitionPair> read(Path file) {
        try {
            return CsvReader.read(file, REQUIRED, AcquisitionPairsCsv::parse);
        } catch (UnusableCsv e) {
            throw new UnusableInputException(e.getMessage());
        }
    }

    private static AcquisitionPair parse(CsvRow row) {
        return new AcquisitionPair(row.required("china_film_id"), row.value("china_title"),
                date(row, "china_release_date"), row.required("us_film_id"), row.value("us_title"), row.line());
    }

    static LocalDate date(CsvRow row, String column) {
        String text = row.required(column);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRow("bad date in " + column + ": '" + text + "' (expected yyyy-mm-dd)");
        }
    }
}
