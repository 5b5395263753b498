package marquee.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Work done as if at an earlier moment, on the current thread only. The demo market replays what happened before its
 * first day (previews requested, held, booked, scanned at the door and rated) through the ordinary services, which all
 * read the time from the application's one clock ({@link #clock}); every other thread (web requests, the demo's sales
 * simulator, event listeners running after commit) keeps the real time. Time passes as usual inside the work.
 */
public final class Backdating {

    private static final ThreadLocal<Duration> SHIFT = new ThreadLocal<>();
    private static final AtomicInteger REPLAYS = new AtomicInteger();

    private Backdating() {
    }

    /** Runs the work on this thread with the application's clock reading {@code then} at its start. */
    public static <T> T at(Instant then, Supplier<T> work) {
        Duration before = SHIFT.get();
        // Whole microseconds, as the clock ticks: what the store keeps of an instant is the instant itself.
        SHIFT.set(Duration.between(Instant.now(), then).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        try {
            return work.get();
        } finally {
            if (before == null) {
                SHIFT.remove();
            } else {
                SHIFT.set(before);
            }
        }
    }

    public static void at(Instant then, Runnable work) {
        at(then, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs a replay of the past (made of {@link #at} steps). While one runs, {@link #replaying()} is true on every
     * thread: the jobs that tidy rows by the real clock (expired seat holds, checkouts interrupted long ago) skip their
     * turn, since to them a hold or an order the replay is just writing, days back, looks long abandoned.
     */
    public static void replay(Runnable work) {
        REPLAYS.incrementAndGet();
        try {
            work.run();
        } finally {
            REPLAYS.decrementAndGet();
        }
    }

    /** Whether a replay of the past is running (on any thread). */
    public static boolean replaying() {
        return REPLAYS.get() > 0;
    }

    /** The clock that honours a backdating of the current thread: the real clock everywhere else. */
    static Clock clock(Clock real) {
        return new Shifted(real);
    }

    private static final class Shifted extends Clock {
        private final Clock real;

        Shifted(Clock real) {
            this.real = real;
        }

        @Override
        public ZoneId getZone() {
            return real.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Shifted(real.withZone(zone));
        }

        @Override
        public Instant instant() {
            Duration shift = SHIFT.get();
            return shift == null ? real.instant() : real.instant().plus(shift);
        }
    }
}
