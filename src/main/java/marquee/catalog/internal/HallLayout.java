package marquee.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import marquee.catalog.SeatType;
import marquee.shared.InvalidInput;

/** Reads a hall's seat map from its text drawing (see {@link marquee.catalog.NewHall}). */
public record HallLayout(int gridRows, int gridCols, List<SeatDraft> seats) {

    public record SeatDraft(String row, int number, int gridRow, int gridCol, SeatType type) {}

    private static final String ROW_LABELS = "ABCDEFGHJKLMNPQRSTUVWXYZ"; // no I or O: they read as 1 and 0

    public static HallLayout parse(List<String> rows) {
        if (rows.size() > ROW_LABELS.length() * 2) {
            throw new InvalidInput("layout", "has more than " + ROW_LABELS.length() * 2 + " rows");
        }
        List<SeatDraft> seats = new ArrayList<>();
        int cols = 0;
        for (int r = 0; r < rows.size(); r++) {
            String line = rows.get(r);
            cols = Math.max(cols, line.length());
            int number = 0;
            for (int c = 0; c < line.length(); c++) {
                char cell = line.charAt(c);
                if (cell == '.' || cell == ' ') {
                    continue;
                }
                SeatType type = SeatType.ofLetter(cell);
                if (type == null) {
                    throw new InvalidInput("layout[" + r + "]",
                            "has '" + cell + "' at column " + (c + 1) + "; use S, V, C, A for seats and . for a gap");
                }
                seats.add(new SeatDraft(label(r), ++number, r, c, type));
            }
        }
        if (seats.isEmpty()) {
            throw new InvalidInput("layout", "has no seats");
        }
        return new HallLayout(rows.size(), cols, List.copyOf(seats));
    }

    static String label(int row) {
        int letters = ROW_LABELS.length();
        return row < letters ? String.valueOf(ROW_LABELS.charAt(row))
                : "" + ROW_LABELS.charAt(row / letters - 1) + ROW_LABELS.charAt(row % letters);
    }
}
