package marquee.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for what happens after an answer, such as an event's delivery to another module. */
public final class Eventually {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private Eventually() {
    }

    /** Returns once {@code condition} holds; fails, saying what was awaited, when it has not within 20 seconds. */
    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s in vain for " + what);
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
