package marquee.shared.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import marquee.shared.csv.NumberedLines.Line;

/**
 * The one way the application reads a CSV file with a header (RFC 4180, UTF-8). Every importer and
 * reader goes through it, so that they all see the same rows and name a rejected row by the same line:
 * <ul>
 *   <li>the header must name the required columns; names are matched without regard to case or
 *       surrounding spaces, and columns nobody asks for are ignored;</li>
 *   <li>a byte-order mark before the header is dropped, blank lines between records are skipped;</li>
 *   <li>a row is named by the physical line it starts on, the header being line 1, even when a quoted
 *       value before it spanned several lines;</li>
 *   <li>a row whose quoting is broken, or whose value count is not the header's, is rejected on its own:
 *       the reading goes on with the next line, so one bad row never costs the rest of the file.</li>
 * </ul>
 */
public final class CsvReader implements AutoCloseable {

    /** How many lines one quoted value may span before its opening quote is taken for a stray one. */
    static final int MAX_RECORD_LINES = 100;

    /** Reads one row into a value, or refuses it with {@link BadRow}. */
    @FunctionalInterface
    public interface RowParser<T> {
        T parse(CsvRow row);
    }

    /** Takes one row, or refuses it with {@link BadRow}. */
    @FunctionalInterface
    public interface RowHandler {
        void take(CsvRow row);
    }

    private final NumberedLines lines;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> header;
    /** Lines read ahead for a quoted value that turned out broken, to be read again as rows of their own. */
    private final Deque<Line> again = new ArrayDeque<>();

    private CsvReader(NumberedLines lines, List<String> required) {
        this.lines = lines;
        Line first = lines.next();
        if (first == null) {
            throw new UnusableCsv(lines.name() + " is empty: expected a header with " + String.join(",", required));
        }
        List<String> names = parse(first.text());
        if (names == null) {
            throw new UnusableCsv(lines.name() + ": the header's quoting is broken");
        }
        this.header = names.stream().map(n -> n.trim().toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i), i);
        }
        List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new UnusableCsv(lines.name() + ": the header lacks column(s) " + missing + "; header is " + header);
        }
    }

    /** Opens a file and checks its header; {@code required} are column names in lower case. */
    public static CsvReader open(Path file, List<String> required) {
        NumberedLines lines = NumberedLines.open(file);
        try {
            return new CsvReader(lines, required);
        } catch (RuntimeException e) {
            lines.close();
            throw e;
        }
    }

    /** Reads text already open; {@code name} is what messages call it. */
    public static CsvReader of(Reader reader, String name, List<String> required) {
        return new CsvReader(NumberedLines.of(reader, name), required);
    }

    /** Reads on from lines whose next non-blank line is the header. */
    public static CsvReader over(NumberedLines lines, List<String> required) {
        return new CsvReader(lines, required);
    }

    /** Reads a whole file, each row through {@code parser}. */
    public static <T> CsvRead<T> read(Path file, List<String> required, RowParser<T> parser) {
        try (CsvReader reader = open(file, required)) {
            return reader.all(parser);
        }
    }

    /** The header's column names, trimmed and in lower case. */
    public List<String> header() {
        return header;
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** Every remaining row through {@code parser}: the values it gives, and the rows it or the reader refused. */
    public <T> CsvRead<T> all(RowParser<T> parser) {
        List<T> accepted = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        forEach(row -> accepted.add(parser.parse(row)), rejected::add);
        return new CsvRead<>(accepted, rejected);
    }

    /**
     * Hands each remaining row, in file order, to {@code rows}; a row the reader cannot split, or that
     * {@code rows} refuses with {@link BadRow}, goes to {@code rejected} instead.
     */
    public void forEach(RowHandler rows, Consumer<RejectedRow> rejected) {
        for (Line first = nextStart(); first != null; first = nextStart()) {
            CsvRow row;
            try {
                row = record(first);
            } catch (BadRow bad) {
                rejected.accept(new RejectedRow(first.number(), bad.getMessage()));
                continue;
            }
            try {
                rows.take(row);
            } catch (BadRow bad) {
                rejected.accept(new RejectedRow(first.number(), bad.getMessage()));
            }
        }
    }

    /** The record starting on this line, taking in the lines a quoted value spans. */
    private CsvRow record(Line first) {
        List<String> fields;
        if (first.text().indexOf('"') < 0) {
            // Nothing quoted: the values are what lies between the commas. Most rows of a feed are like
            // this, and the split is far cheaper than a CSV parser.
            fields = Arrays.asList(first.text().split(",", -1));
        } else {
            fields = quoted(first);
        }
        if (fields.size() != header.size()) {
            throw new BadRow("wrong column count: expected " + header.size() + " fields, found " + fields.size());
        }
        return new CsvRow(first.number(), columns, fields);
    }

    /**
     * The values of a record with quotes. While a quoted value is open at the end of a line it goes on
     * over the next; if the record then does not parse, its opening quote was a stray one: only the first
     * line is rejected, and the lines read ahead are read again as rows of their own.
     */
    private List<String> quoted(Line first) {
        StringBuilder text = new StringBuilder(first.text());
        List<Line> ahead = new ArrayList<>();
        boolean open = endsInQuotes(first.text(), false);
        while (open && ahead.size() < MAX_RECORD_LINES) {
            Line next = nextAny();
            if (next == null) {
                break;
            }
            ahead.add(next);
            text.append('\n').append(next.text());
            open = endsInQuotes(next.text(), true);
        }
        List<String> fields = open ? null : parse(text.toString());
        if (fields == null) {
            for (int i = ahead.size() - 1; i >= 0; i--) {
                again.addFirst(ahead.get(i));
            }
            throw new BadRow("malformed quoting");
        }
        return fields;
    }

    /**
     * Whether a quoted value is still open at the end of this line, as RFC 4180 reads it: a quote opens a
     * value only at the start of a field (elsewhere it is a plain character), and a doubled quote inside
     * one stands for a quote.
     */
    private static boolean endsInQuotes(String line, boolean openBefore) {
        boolean open = openBefore;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (open) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        open = false;
                    }
                }
            } else if (c == '"' && (i == 0 || line.charAt(i - 1) == ',')) {
                open = true;
            }
        }
        return open;
    }

    /** The values of one record's text, or null when it is not exactly one well-quoted record. */
    private static List<String> parse(String text) {
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            return records.size() == 1 ? records.getFirst().toList() : null;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }

    /** The first line of the next record: a line read ahead before a new one, blank lines skipped. */
    private Line nextStart() {
        while (!again.isEmpty()) {
            Line line = again.pollFirst();
            if (!line.isBlank()) {
                return line;
            }
        }
        return lines.next();
    }

    private Line nextAny() {
        return again.isEmpty() ? lines.nextAny() : again.pollFirst();
    }

    @Override
    public void close() {
        lines.close();
    }
}
