package marquee.boxoffice.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import marquee.boxoffice.internal.CsvColumns.Values;

/**
 * Reads one line of the daily box office CSV of the design's data contracts
 * ({@code film_id,title,release_date,date,gross,admissions,screenings}, extra columns ignored) into a
 * {@link FeedRow}, or says why it cannot: each line is parsed on its own so one bad line costs only itself.
 */
final class FeedRowReader {

    static final List<String> REQUIRED = List.of("film_id", "title", "release_date", "date", "gross");

    private final CsvColumns columns;
    private final String defaultCurrency;

    FeedRowReader(String headerLine, String defaultCurrency) throws BadRow {
        this.columns = new CsvColumns(headerLine, REQUIRED);
        this.defaultCurrency = defaultCurrency;
    }

    FeedRow read(long lineNumber, String line) throws BadRow {
        Values f = columns.split(line);
        String filmId = f.value("film_id");
        if (filmId.isEmpty()) {
            throw new BadRow("film_id is empty");
        }
        String currency = !f.value("currency").isEmpty() ? currency(f.value("currency")) : defaultCurrency;
        return new FeedRow(lineNumber, filmId, f.value("title"), date(f, "release_date"), date(f, "date"),
                gross(f.value("gross")), count(f, "admissions"), count(f, "screenings"), currency);
    }

    private static LocalDate date(Values fields, String column) throws BadRow {
        String text = fields.value(column);
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

    private static Long count(Values fields, String column) throws BadRow {
        String text = fields.value(column);
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

    /** The ISO 4217 code of a known currency, upper case. */
    static String currency(String code) throws BadRow {
        try {
            return Currency.getInstance(code.toUpperCase()).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new BadRow("unknown currency: '" + code + "'");
        }
    }
}
