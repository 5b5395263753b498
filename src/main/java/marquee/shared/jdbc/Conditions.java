package marquee.shared.jdbc;

import java.util.ArrayList;
import java.util.List;

/** Builds the where-clause of a listing query from optional filters, keeping values as bind parameters. */
public final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** Adds {@code clause} (with one {@code ?} per value) only when {@code value} is present. */
    public Conditions when(Object value, String clause) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            clauses.add(clause);
            int marks = (int) clause.chars().filter(c -> c == '?').count();
            for (int i = 0; i < marks; i++) {
                params.add(value);
            }
        }
        return this;
    }

    /** Adds {@code clause} with its bind values in order (one per {@code ?}). */
    public Conditions with(String clause, List<Object> values) {
        clauses.add(clause);
        params.addAll(values);
        return this;
    }

    public String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    public List<Object> params() {
        return List.copyOf(params);
    }

    /** A LIKE pattern that finds {@code text} anywhere, case-insensitively, with its wildcards escaped. */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
