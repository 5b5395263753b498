package marquee.catalog.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import marquee.catalog.HallTimetable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The market's timetable (which hall is taken when), by local day, kept in memory between reads.
 *
 * <p>Why: the screening planner reads every hall's timetable over a window of days on each view, about 13,000
 * screenings a day on the demo market, which costs the embedded store most of a second. The timetable changes only
 * when a screening is stored, moved or cancelled: every such write on this instance ({@link #changed}) drops what is
 * kept, at once and again after its transaction commits (a read between the two cannot keep what was not committed
 * yet). A write on another instance is seen after at most {@link #FRESH}. A plan is a proposal: scheduling checks the
 * hall again and refuses an overlap, so a slot taken elsewhere in the last seconds is at worst proposed, never sold.
 */
final class Timetable {

    static final Duration FRESH = Duration.ofSeconds(30);
    /** Days kept at most (a planning window is at most 60 days); beyond, everything is read again. */
    private static final int MAX_DAYS = 120;

    /** A day as read, with the version of the timetable it was read at and when. */
    private record Kept(long version, long readAtNanos, HallTimetable.Day day) {}

    private final AtomicLong version = new AtomicLong();
    private final Map<LocalDate, Kept> days = new ConcurrentHashMap<>();

    /** The timetable of the local days from {@code from} to {@code to}, each read with {@code read} where not kept. */
    HallTimetable of(LocalDate from, LocalDate to, Function<LocalDate, HallTimetable.Day> read) {
        Map<LocalDate, HallTimetable.Day> window = new HashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            window.put(day, fresh(day, read));
        }
        return new HallTimetable(window);
    }

    /** A screening was stored, moved or cancelled here. */
    void changed() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        version.incrementAndGet();
        days.clear();
    }

    private HallTimetable.Day fresh(LocalDate day, Function<LocalDate, HallTimetable.Day> read) {
        long now = System.nanoTime();
        long current = version.get();
        Kept kept = days.get(day);
        if (kept != null && kept.version() == current && now - kept.readAtNanos() < FRESH.toNanos()) {
            return kept.day();
        }
        HallTimetable.Day taken = read.apply(day);
        if (days.size() >= MAX_DAYS) {
            days.clear();
        }
        days.put(day, new Kept(current, now, taken));
        return taken;
    }
}
