package marquee.catalog;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;

/**
 * Which hall is taken when, over some local days of the market, read once for a caller that asks many times (the
 * screening planner asks whether each hall is free at each of its slots: tens of thousands of questions a plan).
 * Cancelled screenings leave their hall free.
 */
public final class HallTimetable {

    /** A zone's offset from UTC is at most 18 hours, a screening (with its turnaround) well under a day. */
    private static final Duration REACH = Duration.ofHours(18 + 24);

    /**
     * One local day's screenings, sorted by hall and start: {@code halls} the distinct halls in order, the stretches of
     * {@code halls[h]} at {@code [offsets[h], offsets[h + 1])} of {@code starts} and {@code ends} (epoch milliseconds).
     */
    public record Day(long[] halls, int[] offsets, long[] starts, long[] ends) {}

    private final Map<LocalDate, Day> days;

    /** The days read; a stretch of time outside them reads as free. */
    public HallTimetable(Map<LocalDate, Day> days) {
        this.days = Map.copyOf(days);
    }

    /** Whether no screening in the hall runs at any moment of [start, end). */
    public boolean isFree(long hallId, Instant start, Instant end) {
        long from = start.toEpochMilli();
        long to = end.toEpochMilli();
        LocalDate last = end.plus(REACH).atOffset(ZoneOffset.UTC).toLocalDate();
        for (LocalDate day = start.minus(REACH).atOffset(ZoneOffset.UTC).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            Day taken = days.get(day);
            if (taken != null && overlaps(taken, hallId, from, to)) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlaps(Day day, long hallId, long from, long to) {
        int h = Arrays.binarySearch(day.halls(), hallId);
        if (h < 0) {
            return false;
        }
        for (int i = day.offsets()[h]; i < day.offsets()[h + 1]; i++) {
            if (day.starts()[i] < to && day.ends()[i] > from) {
                return true;
            }
        }
        return false;
    }
}
