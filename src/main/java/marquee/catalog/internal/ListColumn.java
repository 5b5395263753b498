package marquee.catalog.internal;

import java.util.Arrays;
import java.util.List;

/**
 * A short list kept in one column as {@code |a|b|c|}: the outer bars let a filter match a whole
 * element with {@code like '%|a|%'} on both PostgreSQL and H2.
 */
final class ListColumn {

    private ListColumn() {
    }

    static String write(List<String> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return "|" + String.join("|", values.stream().map(v -> v.replace("|", "/").trim()).toList()) + "|";
    }

    static List<String> read(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split("\\|")).filter(v -> !v.isEmpty()).toList();
    }

    static String element(String value) {
        return value == null || value.isBlank() ? null : "%|" + value.trim().toLowerCase() + "|%";
    }
}
