package marquee.bench.booking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.accounts.GeneratedMoviegoer;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.catalog.NewCinema;
import marquee.catalog.NewFilm;
import marquee.catalog.NewHall;
import marquee.catalog.NewRelease;
import marquee.catalog.NewScreening;
import marquee.catalog.ReleaseKind;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bench's own Marquee, started in this JVM on a free port with a fresh store: embedded H2 in a
 * temporary folder, or a new database on a PostgreSQL server, dropped afterwards. Its market is one
 * film in big halls, enough screenings that the buyers never run out of seats, and buyers with API
 * tokens; afterwards the database itself says whether a seat was sold twice.
 */
final class InProcessMarket extends BenchMarket {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final int HALLS = 20;
    private static final int HALLS_PER_CINEMA = 5;
    /** 16 rows of 24 seats with a centre aisle: a large multiplex hall. */
    static final int SEATS_PER_HALL = 16 * 24;
    private static final Duration SHOW_EVERY = Duration.ofMinutes(150);

    private final ConfigurableApplicationContext context;
    private final Path dataDir;
    private final BenchOptions.Database database;
    private final String databaseName;

    private InProcessMarket(ConfigurableApplicationContext context, Path dataDir, BenchOptions.Database database,
                            String databaseName, List<Long> screeningIds, List<String> tokens) {
        super(tokens, screeningIds);
        this.context = context;
        this.dataDir = dataDir;
        this.database = database;
        this.databaseName = databaseName;
    }

    static InProcessMarket start(Function<List<String>, ConfigurableApplicationContext> marquee, BenchOptions options,
                                 int screenings) {
        Path dataDir = temporaryFolder();
        List<String> settings = new ArrayList<>(List.of("--server.port=0", "--marquee.data-dir=" + dataDir,
                "--marquee.demo.seed-on-start=false", "--marquee.demo.sales.simulate=false", "--marquee.boxoffice.import-history-on-start=false",
                "--logging.level.root=WARN", "--logging.structured.format.console=", "--spring.main.banner-mode=off",
                // One bench buyer stands for a stream of people and buys many times a minute; the limit guards a person's account.
                "--marquee.booking.checkouts-per-account-per-minute=1000000000"));
        String databaseName = null;
        BenchOptions.Database database = options.database();
        if (database != null) {
            databaseName = "marquee_bench_" + System.currentTimeMillis();
            execute(database, "create database " + databaseName);
            settings.addAll(List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + database.urlOf(databaseName),
                    "--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password()));
        }
        ConfigurableApplicationContext context;
        try {
            context = marquee.apply(settings);
        } catch (RuntimeException e) {
            forget(dataDir, database, databaseName);
            throw e;
        }
        try {
            List<Long> screeningIds = market(context.getBean(Catalog.class), context.getBean(JdbcClient.class), screenings);
            List<String> tokens = buyers(context.getBean(Accounts.class), context.getBean(ApiTokens.class), options.buyers());
            return new InProcessMarket(context, dataDir, database, databaseName, screeningIds, tokens);
        } catch (RuntimeException e) {
            new InProcessMarket(context, dataDir, database, databaseName, List.of(), List.of()).close();
            throw e;
        }
    }

    @Override
    String baseUrl() {
        return "http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port");
    }

    @Override
    String description() {
        String store = database == null ? "embedded H2 store in a new temporary folder"
                : "PostgreSQL, new database " + databaseName + " at " + database.adminUrl();
        return "Marquee started in this JVM at %s, %s; %,d screenings of %d seats in %d halls, %d buyers with API tokens"
                .formatted(baseUrl(), store, screeningIds().size(), SEATS_PER_HALL, HALLS, buyerTokens().size());
    }

    /**
     * Asks the store: a seat of a screening in two valid tickets of paid orders (which the unique key on
     * ticket(screening_id, seat_claim) should make impossible), or a valid ticket whose seat row is not
     * sold to its order (the guarded updates of SeatRows gave it to someone else).
     */
    @Override
    DoubleSales check(BenchFigures figures) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long twice = jdbc.sql("""
                select count(*) from (select t.screening_id, t.seat_id from ticket t join booking_order o on o.id = t.order_id
                                      where o.status = 'PAID' and t.status <> 'REFUNDED'
                                      group by t.screening_id, t.seat_id having count(*) > 1) twice""").query(Long.class).single();
        long elsewhere = jdbc.sql("""
                select count(*) from ticket t join booking_order o on o.id = t.order_id
                left join screening_seat s on s.screening_id = t.screening_id and s.seat_id = t.seat_id
                where o.status = 'PAID' and t.status <> 'REFUNDED'
                  and (s.state is null or s.state <> 'SOLD' or s.order_id <> t.order_id)""").query(Long.class).single();
        long tickets = jdbc.sql("select count(*) from ticket").query(Long.class).single();
        return new DoubleSales(twice + elsewhere, ("database: %,d tickets; %d seats in two valid tickets, %d tickets whose seat"
                + " is not sold to their order; buyers were sold %d seats twice").formatted(tickets, twice, elsewhere,
                figures.soldTwiceToBuyers()));
    }

    @Override
    public void close() {
        context.close();
        forget(dataDir, database, databaseName);
    }

    /** Drops the bench's store: its temporary folder, and its PostgreSQL database if it had one. */
    private static void forget(Path dataDir, BenchOptions.Database database, String databaseName) {
        if (database != null) {
            execute(database, "drop database if exists " + databaseName);
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One film, four cinemas of five halls, screenings every two and a half hours from tomorrow on. */
    private static List<Long> market(Catalog catalog, JdbcClient jdbc, int screenings) {
        Film film = catalog.addFilm(new NewFilm("Bench Film", "压测影片", "Bench Film", List.of("Drama"), 120, "China", "Mandarin",
                "PG", List.of(), null, null, List.of(), true));
        LocalDate today = LocalDate.now(CHINA);
        catalog.addRelease(film.id(), new NewRelease(ReleaseKind.FIRST_RELEASE, today.minusDays(3), List.of("2D"), null));
        List<String> layout = IntStream.range(0, 16).mapToObj(r -> "S".repeat(12) + "." + "S".repeat(12)).toList();
        List<Long> halls = new ArrayList<>();
        for (int c = 0; c < HALLS / HALLS_PER_CINEMA; c++) {
            long cinema = catalog.addCinema(new NewCinema("Bench Cinema " + (c + 1), "Bench Chain", "Beijing", "Beijing", 1,
                    CHINA.getId(), null)).id();
            for (int h = 0; h < HALLS_PER_CINEMA; h++) {
                halls.add(catalog.addHall(cinema, new NewHall("Hall " + (h + 1), layout)).id());
            }
        }
        Instant first = today.plusDays(1).atTime(10, 0).atZone(CHINA).toInstant();
        List<NewScreening> shows = new ArrayList<>();
        for (int i = 0; i < screenings; i++) {
            Instant startsAt = first.plus(SHOW_EVERY.multipliedBy(i / halls.size()));
            shows.add(new NewScreening(halls.get(i % halls.size()), film.id(), null, startsAt, "2D", "Mandarin", 4500L, "CNY"));
        }
        catalog.scheduleInBulk(shows);
        return jdbc.sql("select id from screening where film_id = ? order by starts_at, id").param(film.id()).query(Long.class).list();
    }

    /** Buyers stored in bulk without a password (they act through their tokens only), each with an API token. */
    private static List<String> buyers(Accounts accounts, ApiTokens tokens, int count) {
        List<GeneratedMoviegoer> people = IntStream.range(0, count).mapToObj(i -> new GeneratedMoviegoer(
                "bench-buyer-" + i + "@bench.marquee", "Bench buyer " + i, 1990, null, "Beijing", List.of(), false, List.of()))
                .toList();
        accounts.addPopulation(people);
        return people.stream().map(p -> tokens.issue(accounts.accountByEmail(p.email()).orElseThrow().id(), "bench").secret())
                .toList();
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("marquee-bench-booking");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void execute(BenchOptions.Database database, String sql) {
        try (Connection connection = DriverManager.getConnection(database.adminUrl(), database.user(), database.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + database.adminUrl() + ": " + e.getMessage(), e);
        }
    }
}
