package marquee.forecasting.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the film metadata CSV: {@code film_id,title,release_date,genres,directors,stars,runtime_min,formats}
 * (lists joined by {@code |}). Post-release columns such as want_to_see or rating are deliberately
 * not read: a pre-release forecast must not see them.
 */
public final class FilmMetadataCsv {

    private FilmMetadataCsv() {
    }

    public static CsvReadResult<FilmInfo> read(Path file) {
        return CsvFile.read(file, FilmMetadataCsv::read);
    }

    public static CsvReadResult<FilmInfo> read(Reader reader, String name) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderMap().containsKey("film_id")) {
                throw new UnusableInputException(name + ": missing required column film_id"
                        + " (expected film_id,title,release_date,genres,directors,stars,runtime_min,formats)");
            }
            List<FilmInfo> accepted = new ArrayList<>();
            List<RejectedRow> rejected = new ArrayList<>();
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber() + 1;
                try {
                    accepted.add(parse(row));
                } catch (DailyBoxOfficeCsv.BadValue e) {
                    rejected.add(new RejectedRow(line, e.getMessage()));
                }
            }
            return new CsvReadResult<>(accepted, rejected);
        }
    }

    private static FilmInfo parse(CSVRecord row) {
        String filmId = DailyBoxOfficeCsv.text(row, "film_id");
        if (filmId.isEmpty()) {
            throw new DailyBoxOfficeCsv.BadValue("film_id is empty");
        }
        int runtime = runtime(DailyBoxOfficeCsv.text(row, "runtime_min"));
        int theaters = (int) Math.max(0, DailyBoxOfficeCsv.decimalOr(row, "theaters", 0));
        return new FilmInfo(filmId, DailyBoxOfficeCsv.text(row, "title"),
                DailyBoxOfficeCsv.date(row, "release_date", false),
                list(row, "genres", "\\|"), list(row, "directors", "\\|"), list(row, "stars", "\\|"),
                runtime, list(row, "formats", "[|/]"), DailyBoxOfficeCsv.text(row, "distributor"), theaters);
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

    private static List<String> list(CSVRecord row, String column, String separator) {
        String value = DailyBoxOfficeCsv.text(row, column);
        if (value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
