package marquee.boxoffice.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import marquee.boxoffice.DailyFeed;
import marquee.boxoffice.SaleFeeds;
import marquee.boxoffice.internal.LedgerEntry.Kind;
import marquee.shared.csv.BadRow;
import marquee.shared.csv.CsvRow;
import marquee.shared.csv.NumberedLines;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one row of a sale feed (the format is described on {@link SaleFeeds}), CSV or JSON lines, into
 * a {@link SaleRow}, or says why it cannot. Each row is read on its own, so one bad row costs only itself.
 */
final class SaleRowReader {

    static final List<String> REQUIRED = List.of("sale_id", "kind", "film_id", "cinema_id", "screening_starts_at",
            "seats", "amount_minor", "currency", "sold_at");
    static final String REFUNDS = "refunds_sale_id";
    static final int MAX_SEATS = 1_000;
    /** Sale ids are stored with their feed's name before them, in columns of 80 characters. */
    static final int MAX_ID_LENGTH = 50;
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** A line's values by column (CSV) or field name (JSON), "" when absent. */
    private interface Values {
        String value(String name);
    }

    private SaleRowReader() {
    }

    /** A row of a CSV feed, split by the one CSV reader; every amount must be in {@code marketCurrency}. */
    static SaleRow read(CsvRow row, String marketCurrency) {
        return read(row.line(), row::value, marketCurrency);
    }

    /** A line of a JSON lines feed; every amount must be in {@code marketCurrency}. */
    static SaleRow read(NumberedLines.Line line, String marketCurrency) {
        return read(line.number(), json(line.text()), marketCurrency);
    }

    private static SaleRow read(long line, Values values, String marketCurrency) {
        String saleId = id(values, "sale_id");
        Kind kind = kind(values.value("kind"));
        long filmId = catalogId(values, "film_id");
        long cinemaId = catalogId(values, "cinema_id");
        Instant startsAt = instant(values, "screening_starts_at");
        int seats = seats(values.value("seats"));
        long amount = amount(values.value("amount_minor"));
        String currency = DailyFeed.currency(values.value("currency"));
        if (!currency.equals(marketCurrency)) {
            throw new BadRow("currency " + currency + " is not the market's (" + marketCurrency + ")");
        }
        Instant soldAt = instant(values, "sold_at");
        String refunds = values.value(REFUNDS);
        if (kind == Kind.REFUND && refunds.isEmpty()) {
            throw new BadRow("a refund names the sale it gives back in " + REFUNDS);
        }
        if (kind == Kind.SALE && !refunds.isEmpty()) {
            throw new BadRow("a sale refunds nothing: " + REFUNDS + " must be empty");
        }
        if (refunds.length() > MAX_ID_LENGTH) {
            throw new BadRow(REFUNDS + " is longer than " + MAX_ID_LENGTH + " characters");
        }
        return new SaleRow(line, saleId, kind, filmId, cinemaId, startsAt, seats, amount, currency, soldAt,
                refunds.isEmpty() ? null : refunds);
    }

    private static Values json(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new BadRow("malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadRow("malformed JSON: a line must be one object");
        }
        List<String> missing = REQUIRED.stream().filter(name -> !node.has(name)).toList();
        if (!missing.isEmpty()) {
            throw new BadRow("missing field(s) " + String.join(", ", missing));
        }
        for (String name : REQUIRED) {
            if (node.get(name).isContainer()) {
                throw new BadRow(name + " must be a string or a number");
            }
        }
        return name -> {
            JsonNode value = node.get(name);
            return value == null || value.isNull() || value.isContainer() ? "" : value.asString().trim();
        };
    }

    private static String id(Values values, String name) {
        String id = values.value(name);
        if (id.isEmpty()) {
            throw new BadRow(name + " is empty");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw new BadRow(name + " is longer than " + MAX_ID_LENGTH + " characters");
        }
        return id;
    }

    private static Kind kind(String text) {
        return switch (text.toUpperCase()) {
            case "SALE" -> Kind.SALE;
            case "REFUND" -> Kind.REFUND;
            default -> throw new BadRow("kind must be SALE or REFUND, not '" + text + "'");
        };
    }

    private static long catalogId(Values values, String name) {
        String text = values.value(name);
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadRow(name + " is not a catalog id: '" + text + "'");
    }

    /** An instant with its offset; kept to microseconds, as the store keeps it, so that a second import finds it equal. */
    private static Instant instant(Values values, String name) {
        String text = values.value(name);
        try {
            return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            throw new BadRow("bad date in " + name + ": '" + text + "' (expected ISO-8601 with an offset, "
                    + "e.g. 2026-11-20T19:30:00+08:00)");
        }
    }

    private static int seats(String text) {
        try {
            int seats = Integer.parseInt(text);
            if (seats >= 1 && seats <= MAX_SEATS) {
                return seats;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadRow("seats must be a whole number from 1 to " + MAX_SEATS + ", not '" + text + "'");
    }

    private static long amount(String text) {
        long amount;
        try {
            amount = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadRow("amount_minor is not a whole number of minor units: '" + text + "'");
        }
        if (amount < 0) {
            throw new BadRow("negative amount: " + text);
        }
        return amount;
    }
}
