package marquee.bench.booking;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The cost of the web stack itself: after the purchases, readers on keep-alive connections ask for
 * one film ({@code GET /api/films/{id}}, the simplest read of the API) as fast as they can, once
 * anonymously and once with a buyer's API token, as {@code wrk -c16} would. Reads per second depend on
 * what else runs on the machine; CPU per read (the whole JVM, and the server's request threads alone)
 * much less, and is what a purchase's CPU is to be compared with.
 */
final class BenchReads {

    /** One kind of read measured: how many per second, CPU per read, latency. */
    record Figure(String what, double perSecond, double cpuMsPerRead, double requestCpuMsPerRead, Histogram latencies) {}

    private final BenchHttp http;
    private final int readers;
    private final int seconds;

    BenchReads(BenchHttp http, int readers, int seconds) {
        this.http = http;
        this.readers = readers;
        this.seconds = seconds;
    }

    int readers() {
        return readers;
    }

    /**
     * Both kinds of read, the anonymous one first, after a warm-up of both. The purchases before them all carry a token,
     * so the anonymous read's own filters were the least compiled code of the run, and measured right after the
     * purchases it cost twice the token read (under wrk, on a warm server, it costs less than the token read).
     */
    List<Figure> measure(long filmId, String token) {
        String path = "/api/films/" + filmId;
        run("anonymous", path, null, warmUpSeconds());
        return List.of(measure("anonymous", path, null), measure("token", path, token));
    }

    private int warmUpSeconds() {
        return Math.max(1, Math.min(5, seconds / 2));
    }

    private Figure measure(String what, String path, String token) {
        return run(what, path, token, seconds);
    }

    /** Readers for {@code runSeconds} after a warm-up, not measured: on a busy machine the read path is compiled late. */
    private Figure run(String what, String path, String token, int runSeconds) {
        AtomicBoolean running = new AtomicBoolean(true);
        LongAdder reads = new LongAdder();
        LongAdder errors = new LongAdder();
        Recorder latencies = new Recorder(3);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            threads.add(Thread.ofPlatform().name("bench-buyer-reader-" + i).daemon().start(() -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    try {
                        int status = http.get(path, token).status();
                        if (status != 200) {
                            errors.increment();
                        }
                    } catch (RuntimeException e) {
                        errors.increment();
                    }
                    latencies.recordValue((System.nanoTime() - start) / 1_000);
                    reads.increment();
                }
            }));
        }
        sleep(1_000L * warmUpSeconds());
        reads.reset();
        latencies.reset();
        long start = System.nanoTime();
        BenchCpu cpu = new BenchCpu();
        sleep(runSeconds * 1000L);
        double elapsed = (System.nanoTime() - start) / 1e9;
        Map<String, Double> used = cpu.since();
        long count = reads.sum();
        Histogram histogram = latencies.getIntervalHistogram();
        running.set(false);
        threads.forEach(BenchReads::join);
        if (errors.sum() > 0) {
            throw new IllegalStateException(errors.sum() + " reads of " + path + " (" + what + ") failed");
        }
        return new Figure(what, count / elapsed, count == 0 ? 0 : used.get("all") * 1000 / count,
                count == 0 ? 0 : used.getOrDefault("requests", 0.0) * 1000 / count, histogram);
    }

    static void print(PrintStream out, int readers, List<Figure> figures) {
        for (Figure f : figures) {
            out.printf("simple read (GET /api/films/{id}, %s, %d readers): %,.0f reads/s, cpu %.3f ms per read (request threads"
                    + " %.3f ms), p50 %.1f ms p99 %.1f ms%n", f.what(), readers, f.perSecond(), f.cpuMsPerRead(),
                    f.requestCpuMsPerRead(), BenchFigures.ms(f.latencies(), 50), BenchFigures.ms(f.latencies(), 99));
        }
        Figure anonymous = figures.getFirst();
        out.printf("reads_per_s=%.0f read_cpu_ms=%.3f read_request_cpu_ms=%.3f%n", anonymous.perSecond(), anonymous.cpuMsPerRead(),
                anonymous.requestCpuMsPerRead());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
