package marquee.boxoffice.internal;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one line of the daily box office CSV of the design's data contracts
 * ({@code film_id,title,release_date,date,gross,admissions,screenings}, extra columns ignored) into a
 * {@link FeedRow}, or says why it cannot: each line is parsed on its own so one bad line costs only itself.
 */
final class FeedRowReader {

    static final List<String> REQUIRED = List.of("film_id", "title", "release_date", "date", "gross");

    /** A line that cannot be imported, and why. */
    static final class BadRow extends Exception {
        BadRow(String reason) {
            super(reason, null, false, false);
        }
    }

    private final Map<String, Integer> columns = new HashMap<>();
    private final int width;
    private final String defaultCurrency;

    FeedRowReader(String headerLine, String defaultCurrency) throws BadRow {
        List<String> header = fields(headerLine);
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).trim().toLowerCase(), i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new BadRow("the header lacks the column(s) " + String.join(", ", missing));
        }
        this.width = header.size();
        this.defaultCurrency = defaultCurrency;
    }

    FeedRow read(long lineNumber, String line) throws BadRow {
        List<String> f = fields(line);
        if (f.size() != width) {
            throw new BadRow("wrong column count: expected " + width + ", found " + f.size());
        }
        String filmId = value(f, "film_id");
        if (filmId.isEmpty()) {
            throw new BadRow("film_id is empty");
        }
        String currency = columns.containsKey("currency") && !value(f, "currency").isEmpty()
                ? currency(value(f, "currency")) : defaultCurrency;
        return new FeedRow(lineNumber, filmId, value(f, "title"), date(f, "release_date"), date(f, "date"),
                gross(value(f, "gross")), count(f, "admissions"), count(f, "screenings"), currency);
    }

    private String value(List<String> fields, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : fields.get(index).trim();
    }

    private LocalDate date(List<String> fields, String column) throws BadRow {
        String text = value(fields, column);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRow("bad date in " + column + ": '" + text + "' (expected yyyy-mm-dd)");
        }
    }

    private static long gross(String text) throws BadRow {
        BigDecimal gross;
        try {
            gross = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new BadRow("gross is not a number: '" + text + "'");
        }
        if (gross.signum() < 0) {
            throw new BadRow("negative gross: " + text);
        }
        return gross.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private Long count(List<String> fields, String column) throws BadRow {
        String text = value(fields, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            long value = new BigDecimal(text).longValueExact();
            if (value < 0) {
                throw new BadRow("negative " + column + ": " + text);
            }
            return value;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new BadRow(column + " is not a whole number: '" + text + "'");
        }
    }

    private static String currency(String code) throws BadRow {
        try {
            return Currency.getInstance(code.toUpperCase()).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new BadRow("unknown currency: '" + code + "'");
        }
    }

    private static List<String> fields(String line) throws BadRow {
        try (var parser = CSVFormat.DEFAULT.parse(new StringReader(line))) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new BadRow("malformed quoting");
            }
            return records.getFirst().toList();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new BadRow("malformed quoting");
        }
    }
}
