package marquee.boxoffice;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import marquee.shared.csv.BadRow;
import marquee.shared.csv.CsvRead;
import marquee.shared.csv.CsvReader;
import marquee.shared.csv.CsvRow;

/**
 * The one parser of the daily box office CSV of the design's data contracts:
 * {@code film_id,title,release_date,date,gross,admissions,screenings}, gross a decimal in the currency's
 * major unit, admissions and screenings whole numbers or empty; optional {@code currency},
 * {@code cumulative_gross}, {@code screening_share_pct}, {@code gross_share_pct}, {@code theaters},
 * {@code distributor}; other columns ignored. The box office imports through it and forecasting reads its
 * history through it, so a history page, an import report and a forecast see the same rows.
 */
public final class DailyFeed {

    public static final List<String> REQUIRED = List.of("film_id", "title", "release_date", "date", "gross");

    private final String defaultCurrency;

    /** A parser for feeds whose rows are in {@code defaultCurrency} unless they say otherwise. */
    public DailyFeed(String defaultCurrency) {
        this.defaultCurrency = defaultCurrency;
    }

    /** Opens a feed file and checks its header, for a caller that takes the rows as they come. */
    public static CsvReader open(Path file) {
        return CsvReader.open(file, REQUIRED);
    }

    /** Every row of a feed file. */
    public static CsvRead<FeedRow> read(Path file, String defaultCurrency) {
        return CsvReader.read(file, REQUIRED, new DailyFeed(defaultCurrency)::parse);
    }

    /** Every row of feed text already open; {@code name} is what messages call it. */
    public static CsvRead<FeedRow> read(Reader text, String name, String defaultCurrency) {
        try (CsvReader reader = CsvReader.of(text, name, REQUIRED)) {
            return reader.all(new DailyFeed(defaultCurrency)::parse);
        }
    }

    /** One row, or {@link BadRow} saying why it cannot be taken. */
    public FeedRow parse(CsvRow row) {
        String filmId = row.required("film_id");
        String currency = !row.value("currency").isEmpty() ? currency(row.value("currency")) : defaultCurrency;
        return new FeedRow(row.line(), filmId, row.value("title"), date(row, "release_date"), date(row, "date"),
                gross(row.value("gross")), count(row, "admissions"), count(row, "screenings"), currency,
                cumulative(row), share(row, "screening_share_pct"), share(row, "gross_share_pct"), theaters(row),
                row.value("distributor"));
    }

    /** The ISO 4217 code of a known currency, upper case. */
    public static String currency(String code) {
        try {
            return Currency.getInstance(code.toUpperCase()).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new BadRow("unknown currency: '" + code + "'");
        }
    }

    private static LocalDate date(CsvRow row, String column) {
        String text = row.required(column);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRow("bad date in " + column + ": '" + text + "' (expected yyyy-mm-dd)");
        }
    }

    private static long gross(String text) {
        long gross = minor("gross", text);
        if (gross < 0) {
            throw new BadRow("negative gross: " + text);
        }
        return gross;
    }

    /** The running total in minor units, -1 when the file does not give one. */
    private static long cumulative(CsvRow row) {
        String text = row.value("cumulative_gross");
        return text.isEmpty() ? -1 : minor("cumulative_gross", text);
    }

    private static long minor(String column, String text) {
        try {
            return new BigDecimal(text).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new BadRow(column + " is not a number: '" + text + "'");
        }
    }

    private static Long count(CsvRow row, String column) {
        String text = row.value(column);
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

    private static double share(CsvRow row, String column) {
        String text = row.value(column);
        return text.isEmpty() ? Double.NaN : decimal(column, text);
    }

    /** Theaters may be given as a decimal ("2900.0"); a count it is, never below zero. */
    private static int theaters(CsvRow row) {
        String text = row.value("theaters");
        return text.isEmpty() ? 0 : (int) Math.max(0, Math.round(decimal("theaters", text)));
    }

    private static double decimal(String column, String text) {
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new BadRow(column + " is not a number: '" + text + "'");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadRow(column + " is not a number: '" + text + "'");
        }
    }
}
