package marquee.audience.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a headed CSV file row by row, turning each record into a value or a {@link Rejection}.
 * Line numbers count the header as line 1, as an editor shows them.
 */
final class CsvRows {

    /** Thrown by a row mapper to reject one row without stopping the import. */
    static final class RowRejected extends RuntimeException {
        RowRejected(String reason) {
            super(reason, null, false, false);
        }
    }

    private CsvRows() {
    }

    static <T> CsvImport<T> read(Reader source, String fileKind, List<String> requiredColumns,
            Function<CSVRecord, T> mapper) {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(source, format)) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = requiredColumns.stream().filter(c -> !header.contains(c)).toList();
            if (header.isEmpty()) {
                throw new BadInputException(fileKind + " file is empty: expected a header "
                        + String.join(",", requiredColumns));
            }
            if (!missing.isEmpty()) {
                throw new BadInputException(fileKind + " file lacks column(s) " + missing
                        + "; header is " + header);
            }
            return mapRows(parser, header.size(), mapper);
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException("cannot read " + fileKind + " file: " + e.getMessage());
        }
    }

    private static <T> CsvImport<T> mapRows(CSVParser parser, int columns, Function<CSVRecord, T> mapper) {
        List<T> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        // The parser's line counter sits at the end of the previous record, so the next record
        // starts one line later (empty lines are skipped and would shift this by the blank lines).
        long nextLine = parser.getCurrentLineNumber() + 1;
        for (CSVRecord record : parser) {
            long line = nextLine;
            nextLine = parser.getCurrentLineNumber() + 1;
            if (record.size() < columns) {
                rejected.add(new Rejection(line, "expected " + columns + " fields, found " + record.size()));
                continue;
            }
            try {
                accepted.add(mapper.apply(record));
            } catch (RowRejected e) {
                rejected.add(new Rejection(line, e.getMessage()));
            }
        }
        return new CsvImport<>(accepted, rejected);
    }

    static String required(CSVRecord record, String column) {
        String value = record.get(column);
        if (value == null || value.isBlank()) {
            throw new RowRejected("empty " + column);
        }
        return value;
    }
}
