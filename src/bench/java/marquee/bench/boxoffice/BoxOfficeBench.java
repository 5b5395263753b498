package marquee.bench.boxoffice;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import marquee.booking.SaleContext;
import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;
import marquee.boxoffice.BoxOffice;
import marquee.boxoffice.Scope;
import marquee.boxoffice.SalesIntake;
import marquee.shared.Command;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code ./marquee bench boxoffice [--events N] [--paced-at N]}: generated sale events (20 films, 1,000 cinemas,
 * 2% refunded) through the writer that real events take, into a durable store of its own. Phase 1
 * submits as fast as the writer takes them (events/s); phase 2 paces half as many at 70% of that rate (or {@code --paced-at})
 * and measures sale-to-visible latency (submit to commit, after which any ranking query sees it) and
 * the market ranking query, twenty times a second, while ingesting. The events enter through the box
 * office's {@link SalesIntake}, the path of booking's events and other sellers' feeds, of a Marquee the
 * bench starts in a temporary store ({@code --database postgres}: a new database on a PostgreSQL server).
 */
@CommandLine.Command(name = "boxoffice",
        description = "box office ingest benchmark in a temporary store: events/s, sale-to-visible and ranking p99",
        footer = "Last line: events_per_s=... visible_p99_ms=... ranking_p99_ms=...")
public final class BoxOfficeBench implements Command {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Twenty ranking queries a second: a busy console, and the live board's pushes. */
    private static final long RANKING_EVERY_NANOS = 50_000_000;
    private static final String[][] CITIES = {{"Beijing", "Beijing", "1"}, {"Shanghai", "Shanghai", "1"},
            {"Chengdu", "Sichuan", "2"}, {"Hangzhou", "Zhejiang", "2"}, {"Hefei", "Anhui", "3"}, {"Xiamen", "Fujian", "3"},
            {"Luoyang", "Henan", "4"}, {"Mianyang", "Sichuan", "4"}, {"Lijiang", "Yunnan", "5"}, {"Kaifeng", "Henan", "5"}};
    private static final String[] CHAINS = {"Wanda", "CGV", "Jinyi", "Dadi", "Hengdian"};

    @Option(names = "--events", paramLabel = "N", defaultValue = "1000000", description = "events of phase 1 (default: ${DEFAULT-VALUE})")
    long events;

    @Option(names = "--paced-at", paramLabel = "N",
            description = "events/s of phase 2 (default: 70% of phase 1's rate); above phase 1's rate, a backlog builds up and shows in sale-to-visible")
    Long pacedAt;

    @Option(names = "--database", paramLabel = "h2|postgres", defaultValue = "h2",
            description = "the store: embedded H2 in a temporary folder, or a new database on a PostgreSQL server, dropped afterwards")
    String database;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "with postgres: a database of the server to connect to for creating and dropping the bench's own "
                    + "(default: $MARQUEE_DB_URL or jdbc:postgresql://127.0.0.1:5432/postgres)")
    String jdbcUrl;

    @Option(names = "--db-user", paramLabel = "U", description = "with postgres (default: $MARQUEE_DB_USER or postgres)")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "P", description = "with postgres (default: $MARQUEE_DB_PASSWORD or empty)")
    String dbPassword;

    private SalesIntake intake;
    private BoxOffice boxOffice;

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
        if (events < 1) {
            throw new UsageError("--events must be positive");
        }
        if (pacedAt != null && pacedAt < 1) {
            throw new UsageError("--paced-at must be positive");
        }
        if (!database.equals("h2") && !database.equals("postgres")) {
            throw new UsageError("--database must be h2 or postgres");
        }
        Path dataDir = temporaryFolder();
        List<String> settings = new ArrayList<>(List.of("--spring.main.web-application-type=none",
                "--marquee.data-dir=" + dataDir, "--marquee.demo.seed-on-start=false", "--marquee.demo.sales.simulate=false",
                "--marquee.boxoffice.import-history-on-start=false", "--logging.level.root=WARN", "--logging.structured.format.console=", "--spring.main.banner-mode=off"));
        String adminUrl = jdbcUrl != null ? jdbcUrl : env("MARQUEE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = dbUser != null ? dbUser : env("MARQUEE_DB_USER", "postgres");
        String password = dbPassword != null ? dbPassword : env("MARQUEE_DB_PASSWORD", "");
        String databaseName = "marquee_bench_boxoffice_" + System.currentTimeMillis();
        boolean postgres = database.equals("postgres");
        if (postgres) {
            execute(adminUrl, user, password, "create database " + databaseName);
            settings.addAll(List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + urlOf(adminUrl, databaseName),
                    "--spring.datasource.username=" + user, "--spring.datasource.password=" + password));
        }
        try (ConfigurableApplicationContext marquee = run.marquee().apply(settings)) {
            intake = marquee.getBean(SalesIntake.class);
            boxOffice = marquee.getBean(BoxOffice.class);
            store = postgres ? "PostgreSQL, new database " + databaseName : "embedded store";
            return measure(run.out());
        } finally {
            forget(dataDir);
            if (postgres) {
                execute(adminUrl, user, password, "drop database if exists " + databaseName);
            }
        }
    }

    private String store;

    /** The same server's database {@code name}: the admin URL with its database replaced (as the booking bench does). */
    private static String urlOf(String adminUrl, String name) {
        int query = adminUrl.indexOf('?');
        String path = query < 0 ? adminUrl : adminUrl.substring(0, query);
        return path.substring(0, path.lastIndexOf('/') + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
    }

    private static void execute(String adminUrl, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + adminUrl + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private int measure(PrintStream out) {
        LocalDate today = LocalDate.now(CHINA);
        Generator generator = new Generator(today);
        out.printf("box office bench: %,d events (20 films, 1,000 cinemas, 2%% refunds), %s, %d cores%n",
                events, store, Runtime.getRuntime().availableProcessors());
        generator.warmUp(this);

        Cpu cpu = new Cpu();
        long start = System.nanoTime();
        submitAll(generator, events, 0, null);
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = events / seconds;
        out.printf("phase 1, full speed: %,d events in %.1f s = %,.0f events/s%n", events, seconds, rate);
        out.printf("phase 1 CPU per event: %s%n", cpu.perEvent(events));

        ConcurrentLinkedQueue<Long> visible = new ConcurrentLinkedQueue<>();
        List<Long> rankings = new ArrayList<>();
        AtomicBoolean ingesting = new AtomicBoolean(true);
        Thread reader = Thread.ofPlatform().name("bench-ranking").start(() -> {
            while (ingesting.get()) {
                long t = System.nanoTime();
                boxOffice.ranking(today, Scope.MARKET);
                rankings.add(System.nanoTime() - t);
                LockSupport.parkNanos(RANKING_EVERY_NANOS);
            }
        });
        long paced = events / 2;
        double pace = pacedAt != null ? pacedAt : rate * 0.7;
        Cpu pacedCpu = new Cpu();
        long pacedStart = System.nanoTime();
        submitAll(generator, paced, pace, visible);
        ingesting.set(false);
        join(reader);
        double pacedSeconds = (System.nanoTime() - pacedStart) / 1e9;
        long[] latency = visible.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] ranking = rankings.stream().mapToLong(Long::longValue).sorted().toArray();
        out.printf("phase 2, paced at %,.0f events/s: %,d events in %.1f s; sale-to-visible p50 %.1f ms, p99 %.1f ms%n",
                pace, paced, pacedSeconds, ms(latency, 0.50), ms(latency, 0.99));
        out.printf("phase 2 CPU per event (ranking queries included): %s%n", pacedCpu.perEvent(paced));
        out.printf("market ranking query while ingesting: %,d queries, p50 %.1f ms, p99 %.1f ms%n",
                ranking.length, ms(ranking, 0.50), ms(ranking, 0.99));
        double busiestDayOrders = 15_000_000; // ~40 million tickets at ~2.7 tickets an order
        out.printf("at this rate, China's busiest day (about 15 million orders) replays in %.1f minutes%n",
                busiestDayOrders / rate / 60);
        out.printf("events_per_s=%.0f visible_p99_ms=%.1f ranking_p99_ms=%.1f%n", rate, ms(latency, 0.99), ms(ranking, 0.99));
        return 0;
    }

    /** Submits {@code count} events, at {@code perSecond} if positive; with the time to each one's commit if asked. */
    private void submitAll(Generator generator, long count, double perSecond, ConcurrentLinkedQueue<Long> visible) {
        long start = System.nanoTime();
        CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
        for (long i = 0; i < count; i++) {
            if (perSecond > 0) {
                long ahead = start + (long) (i / perSecond * 1e9) - System.nanoTime();
                if (ahead > 1_000_000) {
                    LockSupport.parkNanos(ahead); // sleep, not spin: a spinning producer would take a core from the writer
                }
            }
            long submitted = System.nanoTime();
            last = generator.next(intake);
            if (visible != null) {
                last = last.thenRun(() -> visible.add(System.nanoTime() - submitted));
            }
        }
        last.join();
    }

    /**
     * CPU time from its creation on: the whole JVM's (the generator of events included) and the box office writer
     * thread's. On a shared machine these vary much less than rates do: a JVM that gets less of the cores is slower,
     * not busier.
     */
    private static final class Cpu {
        private final long process = processCpu();
        private final long writer = writerCpu();

        String perEvent(long events) {
            return String.format("%.1f µs whole JVM, %.1f µs in the writer thread",
                    (processCpu() - process) / 1e3 / events, (writerCpu() - writer) / 1e3 / events);
        }

        private static long processCpu() {
            return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
        }

        private static long writerCpu() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("boxoffice-writer"))
                    .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.threadId()))).sum();
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("marquee-bench-boxoffice");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void forget(Path dataDir) {
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double ms(long[] sortedNanos, double quantile) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        return sortedNanos[(int) Math.min(sortedNanos.length - 1, Math.floor(quantile * sortedNanos.length))] / 1e6;
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A realistic stream: popular films sell more, cities by tier, 2% of sales refunded a little later. */
    private static final class Generator {
        private final SplittableRandom random = new SplittableRandom(42);
        private final LocalDate day;
        private final SaleContext[] contexts = new SaleContext[20 * 1000];
        private final double[] filmWeights = new double[20];
        private long sequence;
        private TicketsSold lastSale;

        Generator(LocalDate day) {
            this.day = day;
            for (int f = 0; f < 20; f++) {
                filmWeights[f] = 1.0 / (f + 1);
            }
            for (int c = 0; c < 1000; c++) {
                String[] city = CITIES[c % CITIES.length];
                for (int f = 0; f < 20; f++) {
                    contexts[f * 1000 + c] = new SaleContext(f + 1, (f + 1) * 10L, day.minusDays(f), f * 1000L + c,
                            day.atTime(10 + c % 12, 0).atZone(CHINA).toInstant(), c + 1, CHAINS[c % CHAINS.length],
                            city[0], city[1], Integer.parseInt(city[2]), CHINA);
                }
            }
        }

        void warmUp(BoxOfficeBench bench) {
            bench.submitAll(this, 50_000, 0, null);
        }

        CompletableFuture<Void> next(SalesIntake intake) {
            sequence++;
            if (lastSale != null && random.nextInt(50) == 0) {
                TicketsSold sale = lastSale;
                lastSale = null;
                return intake.accept(new TicketsRefunded("bench-r" + sequence, sale.saleId(), sale.context(),
                        Instant.now(), 1, sale.amountMinor() / sale.seats(), "CNY", "bench", null, null, null, null));
            }
            int film = pickFilm();
            SaleContext context = contexts[film * 1000 + random.nextInt(1000)];
            int seats = 1 + random.nextInt(4);
            lastSale = new TicketsSold("bench-s" + sequence, context, Instant.now(), seats, seats * (3500L + 500 * random.nextInt(6)),
                    "CNY", "bench", null, null, null, null, null);
            return intake.accept(lastSale);
        }

        private int pickFilm() {
            double total = Arrays.stream(filmWeights).sum();
            double target = random.nextDouble() * total;
            for (int f = 0; f < filmWeights.length; f++) {
                target -= filmWeights[f];
                if (target <= 0) {
                    return f;
                }
            }
            return filmWeights.length - 1;
        }
    }
}
