package marquee.boxoffice.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The columns a feed's CSV header names, and each later line split into its values by them. Lines are
 * parsed one at a time, so a line with broken quoting or a wrong number of values costs only itself.
 * Column names are matched without regard to case; columns not asked for are ignored.
 */
final class CsvColumns {

    /** One line's values, looked up by column name. */
    record Values(Map<String, Integer> columns, List<String> fields) {
        /** The trimmed value of a column, "" for a column the file does not have. */
        String value(String column) {
            Integer index = columns.get(column);
            return index == null ? "" : fields.get(index).trim();
        }
    }

    private final Map<String, Integer> columns = new HashMap<>();
    private final int width;

    CsvColumns(String headerLine, List<String> required) throws BadRow {
        List<String> header = fields(headerLine);
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).trim().toLowerCase(), i);
        }
        List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new BadRow("the header lacks the column(s) " + String.join(", ", missing));
        }
        this.width = header.size();
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    Values split(String line) throws BadRow {
        List<String> fields = fields(line);
        if (fields.size() != width) {
            throw new BadRow("wrong column count: expected " + width + ", found " + fields.size());
        }
        return new Values(columns, fields);
    }

    private static List<String> fields(String line) throws BadRow {
        if (line.indexOf('"') < 0) {
            // Nothing quoted: the values are what lies between the commas. Most lines of a feed are like
            // this, and a CSV parser per line costs far more than the split.
            return Arrays.asList(line.split(",", -1));
        }
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
