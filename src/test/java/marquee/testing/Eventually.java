package marquee.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waiting for what happens after an answer, such as an event's delivery to another module. The one way tests
 * wait: it fails, saying what was awaited, when the condition does not come true in time.
 */
public final class Eventually {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private Eventually() {
    }

    /** Returns once {@code condition} holds; fails, saying what was awaited, when it has not within 20 seconds. */
    public static void until(String what, BooleanSupplier condition) {
        until(what, PATIENCE, condition);
    }

    /** Returns once {@code condition} holds; fails, saying what was awaited, when it has not within {@code patience}. */
    public static void until(String what, Duration patience, BooleanSupplier condition) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + patience.toSeconds() + " s in vain for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
