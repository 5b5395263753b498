package marquee.shared.csv;

import java.util.List;
import java.util.Map;

/** One record of a CSV file: its values by the header's column names, and the physical line it starts on. */
public record CsvRow(long line, Map<String, Integer> columns, List<String> fields) {

    /** The trimmed value of a column (named in lower case), "" for a column the file does not have. */
    public String value(String column) {
        Integer index = columns.get(column);
        return index == null ? "" : fields.get(index).trim();
    }

    /** The trimmed value of a column, refusing the row when it is empty. */
    public String required(String column) {
        String value = value(column);
        if (value.isEmpty()) {
            throw new BadRow(column + " is empty");
        }
        return value;
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }
}
