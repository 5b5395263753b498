package marquee.demo.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import marquee.booking.ScreeningSeat;
import marquee.booking.SeatPlan;
import marquee.booking.SeatState;

/**
 * How a simulated group picks its seats on a seat map: side by side in one row, as near the middle of
 * the hall (a little towards the back) as it can get, with some randomness between equally good blocks,
 * as people do on a ticketing app. A group that finds no block together takes the best free seats.
 */
final class SeatChoice {

    private SeatChoice() {
    }

    /** {@code size} free seats of the plan, or an empty list when fewer are free. */
    static List<Long> pick(SeatPlan plan, int size, SplittableRandom random) {
        List<ScreeningSeat> free = plan.seats().stream().filter(s -> s.state() == SeatState.FREE)
                .sorted(Comparator.comparingInt(ScreeningSeat::gridRow).thenComparingInt(ScreeningSeat::gridCol)).toList();
        if (free.size() < size) {
            return List.of();
        }
        double bestRow = plan.gridRows() * 0.6;
        double middle = (plan.gridCols() - 1) / 2.0;
        List<ScreeningSeat> best = null;
        double bestScore = Double.MAX_VALUE;
        for (int i = 0; i + size <= free.size(); i++) {
            if (!together(free, i, size)) {
                continue;
            }
            double centre = free.get(i).gridCol() + (size - 1) / 2.0;
            double score = Math.abs(free.get(i).gridRow() - bestRow) + Math.abs(centre - middle) * 0.7 + random.nextDouble() * 3;
            if (score < bestScore) {
                bestScore = score;
                best = free.subList(i, i + size);
            }
        }
        if (best == null) {
            List<ScreeningSeat> nearest = new ArrayList<>(free);
            nearest.sort(Comparator.comparingDouble(s -> Math.abs(s.gridRow() - bestRow) + Math.abs(s.gridCol() - middle)));
            best = nearest.subList(0, size);
        }
        return best.stream().map(ScreeningSeat::seatId).toList();
    }

    private static boolean together(List<ScreeningSeat> seats, int from, int size) {
        for (int k = from + 1; k < from + size; k++) {
            if (seats.get(k).gridRow() != seats.get(from).gridRow() || seats.get(k).gridCol() != seats.get(k - 1).gridCol() + 1) {
                return false;
            }
        }
        return true;
    }
}
