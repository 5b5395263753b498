package marquee.bench.booking;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The screenings on sale during a bench run: a few are open at a time, about two buyers to each, so
 * that buyers meet on the same seat maps (conflicts are part of the load); a screening that a buyer
 * finds nearly sold out is closed and the next one opens, so the run never stalls on a full house.
 */
final class BenchScreenings {

    private final List<Long> all;
    private final long[] open;
    private int openCount;
    private int next;

    BenchScreenings(List<Long> screeningIds, int openAtOnce) {
        this.all = List.copyOf(screeningIds);
        this.open = new long[Math.max(1, Math.min(openAtOnce, all.size()))];
        while (openCount < open.length) {
            open[openCount++] = all.get(next++);
        }
    }

    /** An open screening, or -1 when every screening has been sold out. */
    synchronized long pick(SplittableRandom random) {
        return openCount == 0 ? -1 : open[random.nextInt(openCount)];
    }

    /** Closes a nearly sold-out screening and opens the next one, if there is one. */
    synchronized void close(long screeningId) {
        for (int i = 0; i < openCount; i++) {
            if (open[i] == screeningId) {
                open[i] = next < all.size() ? all.get(next++) : open[--openCount];
                return;
            }
        }
    }

    /** Whether every screening has been sold out. */
    synchronized boolean soldOut() {
        return openCount == 0;
    }

    /** How many screenings were opened so far. */
    synchronized int opened() {
        return next;
    }
}
