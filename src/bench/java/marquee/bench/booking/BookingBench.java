package marquee.bench.booking;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import marquee.shared.Command;
import org.HdrHistogram.Histogram;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./marquee bench booking}: concurrent buyers against a running Marquee over real HTTP, each
 * holding 1-4 seats it believes free and paying for them with a fresh Idempotency-Key, for a fixed
 * time after a warm-up; then purchases per second, latency percentiles as the client sees them, and
 * whether any seat was sold twice. Without {@code --url} it starts a Marquee of its own in this JVM,
 * so the figures include both sides of the HTTP connection on the same cores.
 *
 * <p>Listed in marquee-bench.jar's META-INF/services/marquee.shared.Command; the launcher hands it the way to
 * start the Marquee it measures.
 */
@CommandLine.Command(name = "booking",
        description = "booking load over HTTP: purchases/s, hold and checkout p50/p95/p99, double sales",
        footer = {"Without --url: starts Marquee in this JVM on a free port with a fresh store (H2 in a temporary folder, or with"
                + " --database postgres a new database on the server of --jdbc-url, dropped afterwards).",
                "--jdbc-url defaults to $MARQUEE_DB_URL or jdbc:postgresql://127.0.0.1:5432/postgres, --db-user to $MARQUEE_DB_USER"
                        + " or postgres, --db-password to $MARQUEE_DB_PASSWORD.",
                "Last line: purchases_per_s=... checkout_p99_ms=... double_sold=..."})
public final class BookingBench implements Command {

    /** Screenings are made for this many purchases a second, above the goal of 2,000: buyers never run out of seats. */
    private static final int PLANNED_PURCHASES_PER_SECOND = 3_000;
    private static final double SEATS_PER_PURCHASE = 2.5;

    @Option(names = "--url", paramLabel = "URL", description = "a running Marquee to load (default: one of its own)")
    String url;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "30", description = "measured seconds (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "5", description = "warm-up seconds (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--buyers", paramLabel = "N", defaultValue = "64", description = "concurrent buyers (default: ${DEFAULT-VALUE})")
    int buyers;

    @Option(names = "--read-seconds", paramLabel = "S", defaultValue = "10",
            description = "seconds of simple reads (GET /api/films/{id}) after the purchases, anonymous and with a token; 0: none"
                    + " (default: ${DEFAULT-VALUE})")
    int readSeconds;

    @Option(names = "--readers", paramLabel = "N", defaultValue = "16", description = "concurrent readers (default: ${DEFAULT-VALUE})")
    int readers;

    @Option(names = "--database", paramLabel = "h2|postgres", defaultValue = "h2", description = "the own Marquee's store")
    String database;

    @Option(names = "--jdbc-url", paramLabel = "URL")
    String jdbcUrl;

    @Option(names = "--db-user", paramLabel = "U")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "P")
    String dbPassword;

    @Override
    public String group() {
        return "bench";
    }

    @Override
    public Needs needs() {
        return Needs.OWN_SERVER;
    }

    @Override
    public int run(Run run) {
        BenchOptions options = BenchOptions.of(url, seconds, warmup, buyers, database, jdbcUrl, dbUser, dbPassword);
        PrintStream out = run.out();
        PrintStream err = run.err();
        int screenings = (int) Math.ceil((options.seconds() + options.warmup()) * PLANNED_PURCHASES_PER_SECOND
                * SEATS_PER_PURCHASE / (InProcessMarket.SEATS_PER_HALL * 0.9));
        out.printf("booking bench: %d buyers, %d s measured after a %d s warm-up, %d cores, Java %s%n", options.buyers(),
                options.seconds(), options.warmup(), Runtime.getRuntime().availableProcessors(), Runtime.version().feature());
        try (BenchMarket market = options.url() == null ? InProcessMarket.start(run.marquee(), options, screenings)
                : RemoteMarket.connect(options.url(), options.buyers(), screenings)) {
            out.println(market.description());
            int exit = measure(market, options, out, readSeconds > 0 ? new BenchReads(new BenchHttp(market.baseUrl()),
                    Math.max(1, Math.min(readers, 256)), Math.min(readSeconds, 600)) : null);
            return exit;
        } catch (RuntimeException e) {
            err.println("bench booking: " + e.getMessage());
            return 1;
        }
    }

    private static int measure(BenchMarket market, BenchOptions options, PrintStream out, BenchReads reads) {
        BenchFigures figures = new BenchFigures();
        BenchScreenings screenings = new BenchScreenings(market.screeningIds(), Math.max(2, options.buyers() / 2));
        BenchHttp http = new BenchHttp(market.baseUrl());
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> buyers = new ArrayList<>();
        for (int i = 0; i < options.buyers(); i++) {
            buyers.add(Thread.ofPlatform().name("bench-buyer-" + i).daemon().start(new BenchBuyer(http,
                    market.buyerTokens().get(i), screenings, figures, running::get, 1_000L + i)));
        }
        sleep(options.warmup() * 1000L);
        figures.reset();
        long start = System.nanoTime();
        BenchCpu cpu = new BenchCpu();
        sleep(options.seconds() * 1000L);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> cpuSeconds = cpu.since();
        long purchases = figures.purchases.sum();
        long tickets = figures.tickets.sum();
        Histogram holds = BenchFigures.snapshot(figures.holds);
        Histogram checkouts = BenchFigures.snapshot(figures.checkouts);
        Histogram seatMaps = BenchFigures.snapshot(figures.seatMaps);
        running.set(false);
        buyers.forEach(BookingBench::join);

        double rate = purchases / seconds;
        out.printf("purchases: %,d in %.1f s = %,.0f purchases/s (%,.0f tickets/s); %,d screenings opened%n", purchases,
                seconds, rate, tickets / seconds, screenings.opened());
        // CPU per purchase varies far less than purchases/s when other work shares the cores.
        out.printf("cpu: this JVM used %.2f cores, %.2f ms per purchase: buyers %.2f, request threads %.2f, other threads"
                + " (box office, events, JIT, GC) %.2f%n", cpuSeconds.get("all") / seconds, perPurchase(cpuSeconds, "all", purchases),
                perPurchase(cpuSeconds, "buyers", purchases), perPurchase(cpuSeconds, "requests", purchases),
                perPurchase(cpuSeconds, "other", purchases));
        line(out, "hold", holds);
        line(out, "checkout", checkouts);
        line(out, "seat map", seatMaps);
        out.printf("conflicts: %,d holds refused (seats taken meanwhile), %,d checkouts refused (hold gone); declined: %,d;"
                + " errors: %,d%n", figures.holdConflicts.sum(), figures.checkoutConflicts.sum(), figures.declined.sum(),
                figures.errors.sum());
        figures.errorSamples().forEach(e -> out.println("  error: " + e));
        if (screenings.soldOut()) {
            out.println("warning: every screening sold out before the end; the figures cover less than the whole run");
        }
        if (reads != null) {
            // The stack's own cost next to a purchase's: the simplest read of the API, after the purchases (same JIT state).
            JsonNode films = http.get("/api/films?size=1", null).json().get("items");
            if (films != null && !films.isEmpty()) {
                List<BenchReads.Figure> read = reads.measure(films.get(0).get("id").asLong(), market.buyerTokens().getFirst());
                BenchReads.print(out, reads.readers(), read);
            }
        }
        BenchMarket.DoubleSales doubleSales = market.check(figures);
        out.println("double-sale check, " + doubleSales.how());
        out.printf("purchases_per_s=%.0f checkout_p99_ms=%.1f double_sold=%d%n", rate, BenchFigures.ms(checkouts, 99),
                doubleSales.seats());
        return 0;
    }

    private static double perPurchase(Map<String, Double> cpuSeconds, String kind, long purchases) {
        return purchases == 0 ? 0 : cpuSeconds.getOrDefault(kind, 0.0) * 1000 / purchases;
    }

    private static void line(PrintStream out, String what, Histogram latencies) {
        out.printf("%-9s p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   max %7.1f ms   (%,d requests)%n", what,
                BenchFigures.ms(latencies, 50), BenchFigures.ms(latencies, 95), BenchFigures.ms(latencies, 99),
                latencies.getTotalCount() == 0 ? 0 : latencies.getMaxValue() / 1000.0, latencies.getTotalCount());
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
