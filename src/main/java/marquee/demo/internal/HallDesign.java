package marquee.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a hall's seat map the way Chinese multiplexes are laid out: a side or centre aisle, the
 * best rows (two thirds back) as VIP in larger halls, couple seats on the back row, and wheelchair
 * places at the ends of the front row.
 */
record HallDesign(String name, int rows, int seatsPerRow, boolean imax) {

    static HallDesign pick(int index, int hallsInCinema, SplittableRandom random) {
        if (index == 0 && hallsInCinema >= 6) {
            return new HallDesign("IMAX厅", 14 + random.nextInt(3), 24 + random.nextInt(5), true);
        }
        int size = random.nextInt(10);
        if (size < 3) {
            return new HallDesign((index + 1) + "号厅", 6 + random.nextInt(3), 9 + random.nextInt(4), false);
        }
        if (size < 8) {
            return new HallDesign((index + 1) + "号厅", 8 + random.nextInt(4), 12 + random.nextInt(5), false);
        }
        return new HallDesign((index + 1) + "号厅", 11 + random.nextInt(4), 17 + random.nextInt(5), false);
    }

    List<String> layout() {
        int aisle = seatsPerRow >= 16 ? seatsPerRow / 2 : -1;
        int vipFrom = rows * 3 / 5;
        int vipTo = seatsPerRow >= 14 ? vipFrom + 1 : -1;
        List<String> lines = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < seatsPerRow; c++) {
                if (c == aisle) {
                    line.append('.');
                }
                line.append(cell(r, c, vipFrom, vipTo));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private char cell(int row, int col, int vipFrom, int vipTo) {
        boolean lastRow = row == rows - 1;
        if (row == 0 && (col == 0 || col == seatsPerRow - 1)) {
            return 'A';
        }
        if (lastRow && !imax && seatsPerRow >= 12 && col >= 2 && col < seatsPerRow - 2) {
            return 'C';
        }
        if (row >= vipFrom && row <= vipTo && col >= seatsPerRow / 4 && col < seatsPerRow - seatsPerRow / 4) {
            return 'V';
        }
        return 'S';
    }
}
