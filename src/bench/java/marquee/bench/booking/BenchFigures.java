package marquee.bench.booking;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What the bench's buyers measure, from every buyer thread at once: latencies as the client sees
 * them (in microseconds, HdrHistogram), counts of purchases, conflicts and errors, and every seat the
 * buyers were sold, which tells after the run whether a seat was sold to two of them.
 */
final class BenchFigures {

    private static final int KEPT_ERRORS = 5;

    final Recorder holds = new Recorder(3);
    final Recorder checkouts = new Recorder(3);
    final Recorder seatMaps = new Recorder(3);
    final LongAdder purchases = new LongAdder();
    final LongAdder tickets = new LongAdder();
    final LongAdder holdConflicts = new LongAdder();
    final LongAdder checkoutConflicts = new LongAdder();
    final LongAdder declined = new LongAdder();
    final LongAdder errors = new LongAdder();
    private final LongAdder soldTwiceToBuyers = new LongAdder();
    private final Map<Long, Set<Long>> soldSeats = new ConcurrentHashMap<>();
    private final Set<String> errorSamples = ConcurrentHashMap.newKeySet();

    /** Forgets the warm-up: counts and latencies start again (the sold seats are kept for the check). */
    void reset() {
        holds.reset();
        checkouts.reset();
        seatMaps.reset();
        for (LongAdder count : new LongAdder[] {purchases, tickets, holdConflicts, checkoutConflicts, declined, errors}) {
            count.reset();
        }
    }

    void sold(long screeningId, long seatId) {
        if (!soldSeats.computeIfAbsent(screeningId, id -> ConcurrentHashMap.newKeySet()).add(seatId)) {
            soldTwiceToBuyers.increment();
        }
    }

    /** Seats that two of the bench's own orders were both given: a double sale seen from the client side. */
    long soldTwiceToBuyers() {
        return soldTwiceToBuyers.sum();
    }

    Map<Long, Set<Long>> soldSeats() {
        return soldSeats;
    }

    void error(String what) {
        errors.increment();
        if (errorSamples.size() < KEPT_ERRORS) {
            errorSamples.add(what.length() > 300 ? what.substring(0, 300) + "..." : what);
        }
    }

    Set<String> errorSamples() {
        return errorSamples;
    }

    static Histogram snapshot(Recorder recorder) {
        return recorder.getIntervalHistogram();
    }

    static double ms(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getValueAtPercentile(percentile) / 1000.0;
    }
}
