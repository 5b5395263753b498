package marquee.forecasting.internal;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a daily box office CSV (one row per film and day, as the china-maoyan-daily and us-boxofficemojo-daily
 * data sets have it): {@code film_id,title,release_date,date,gross,admissions,screenings}
 * plus the optional {@code cumulative_gross, screening_share_pct, gross_share_pct, theaters, distributor}.
 * Bad rows are rejected with their line number; the whole file is unusable only when a required
 * column is missing or no row is valid.
 */
public final class DailyBoxOfficeCsv {

    private static final List<String> REQUIRED = List.of("film_id", "title", "release_date", "date", "gross");

    private DailyBoxOfficeCsv() {
    }

    public static CsvReadResult<BoxOfficeDay> read(Path file) {
        return CsvFile.read(file, DailyBoxOfficeCsv::read);
    }

    public static CsvReadResult<BoxOfficeDay> read(Reader reader, String name) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> missing = REQUIRED.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new UnusableInputException(name + ": missing required column(s) " + missing
                        + " (expected film_id,title,release_date,date,gross,admissions,screenings)");
            }
            List<BoxOfficeDay> accepted = new ArrayList<>();
            List<RejectedRow> rejected = new ArrayList<>();
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber() + 1;
                try {
                    accepted.add(parse(row, line));
                } catch (BadValue e) {
                    rejected.add(new RejectedRow(line, e.getMessage()));
                }
            }
            if (accepted.isEmpty()) {
                throw new UnusableInputException(name + ": no valid rows"
                        + (rejected.isEmpty() ? "" : ", first problem at " + rejected.getFirst()));
            }
            return new CsvReadResult<>(accepted, rejected);
        }
    }

    private static BoxOfficeDay parse(CSVRecord row, long line) {
        String filmId = text(row, "film_id");
        if (filmId.isEmpty()) {
            throw new BadValue("film_id is empty");
        }
        LocalDate release = date(row, "release_date", false);
        LocalDate date = date(row, "date", true);
        long gross = money(row, "gross", true);
        if (gross < 0) {
            throw new BadValue("gross is negative: " + text(row, "gross"));
        }
        long cumulative = money(row, "cumulative_gross", false);
        return new BoxOfficeDay(filmId, text(row, "title"), release, date, gross, cumulative,
                decimal(row, "screening_share_pct"), decimal(row, "gross_share_pct"),
                (int) Math.max(0, Math.round(decimalOr(row, "theaters", 0))), text(row, "distributor"), line);
    }

    static String text(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return "";
        }
        return row.get(column).trim();
    }

    static LocalDate date(CSVRecord row, String column, boolean required) {
        String value = text(row, column);
        if (value.isEmpty()) {
            if (required) {
                throw new BadValue(column + " is empty");
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadValue(column + " is not a date (YYYY-MM-DD): " + value);
        }
    }

    /** Decimal major units to minor units; -1 when absent and optional. */
    static long money(CSVRecord row, String column, boolean required) {
        String value = text(row, column);
        if (value.isEmpty()) {
            if (required) {
                throw new BadValue(column + " is empty");
            }
            return -1;
        }
        try {
            return new BigDecimal(value).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new BadValue(column + " is not a decimal amount: " + value);
        }
    }

    static double decimal(CSVRecord row, String column) {
        return decimalOr(row, column, Double.NaN);
    }

    static double decimalOr(CSVRecord row, String column, double absent) {
        String value = text(row, column);
        if (value.isEmpty()) {
            return absent;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new BadValue(column + " is not a number: " + value);
        }
    }

    /** A value that makes one row unusable. */
    static final class BadValue extends RuntimeException {
        BadValue(String message) {
            super(message);
        }
    }
}
