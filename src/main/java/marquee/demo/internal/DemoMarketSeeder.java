package marquee.demo.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import marquee.accounts.Accounts;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.catalog.NewHall;
import marquee.catalog.NewRelease;
import marquee.catalog.NewScreening;
import marquee.demo.DemoMarket;
import marquee.demo.DemoSettings;
import marquee.demo.SeedReport;
import marquee.demo.internal.CinemaPlan.PlannedCinema;
import marquee.demo.internal.ScreeningPlan.SlateEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo market through the catalog's and the accounts' APIs. Demo tenants and accounts go
 * first (they own films and cinemas), then films, then cinemas in chunks of one transaction each on as
 * many threads as there are cores (up to four), then the moviegoer population; an interrupted seeding
 * leaves whole cinemas only, and a store with films is never seeded again.
 */
@Service
class DemoMarketSeeder implements DemoMarket {

    private static final Logger log = LoggerFactory.getLogger(DemoMarketSeeder.class);
    /** The demo market's days are its cinemas' days. */
    private static final ZoneId CHINA = CinemaPlan.ZONE;
    private static final int CINEMAS_PER_TRANSACTION = 16;

    /** Moviegoers stored per transaction: large enough for fast batches, small enough for the embedded store. */
    private static final int MOVIEGOERS_PER_TRANSACTION = 10_000;

    private final Catalog catalog;
    private final Accounts accounts;
    private final DemoAccounts demoAccounts;
    private final DemoSettings settings;
    private final TransactionTemplate transaction;
    private final DemoCampaigns campaigns;
    private final DemoPastSales pastSales;
    private final DemoPreviews previews;
    /** The seats the market offers on its first day: the past days sell a share of as many. */
    private final java.util.concurrent.atomic.AtomicLong firstDaySeats = new java.util.concurrent.atomic.AtomicLong();

    DemoMarketSeeder(Catalog catalog, Accounts accounts, DemoAccounts demoAccounts, DemoSettings settings,
                     TransactionTemplate transaction, DemoCampaigns campaigns, DemoPastSales pastSales, DemoPreviews previews) {
        this.previews = previews;
        this.campaigns = campaigns;
        this.pastSales = pastSales;
        this.catalog = catalog;
        this.accounts = accounts;
        this.demoAccounts = demoAccounts;
        this.settings = settings;
        this.transaction = transaction;
    }

    @Override
    public Optional<SeedReport> seedIfEmpty() {
        if (!catalog.isEmpty()) {
            log.info("demo market: the store already has films, nothing seeded");
            return Optional.empty();
        }
        return Optional.of(seed());
    }

    @Override
    public SeedReport seed() {
        long started = System.nanoTime();
        LocalDate firstDay = settings.startDate() != null ? settings.startDate() : LocalDate.now(CHINA);
        SplittableRandom random = new SplittableRandom(settings.randomSeed());
        DemoAccounts.Seeded owners = settings.accounts() ? transaction.execute(status -> demoAccounts.seed())
                : new DemoAccounts.Seeded(java.util.Map.of(), java.util.Map.of());
        List<SlateEntry> slate = transaction.execute(status -> seedFilms(firstDay, owners));
        List<PlannedCinema> cinemas = CinemaPlan.plan(DemoSlate.cities(), settings.cinemas(), random);
        // Each cinema draws from its own stream, split off in plan order: the market does not depend
        // on which thread seeds which cinema.
        List<SplittableRandom> streams = cinemas.stream().map(c -> random.split()).toList();
        log.info("demo market: {} films; seeding {} cinemas with {} days of screenings from {}",
                slate.size(), cinemas.size(), settings.days(), firstDay);
        AtomicInteger done = new AtomicInteger();
        firstDaySeats.set(0);
        List<DemoPastSales.Place> places = java.util.Collections.synchronizedList(new ArrayList<>());
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> chunks = new ArrayList<>();
            // Commits every few dozen cinemas: the embedded store commits one huge transaction slowly.
            for (int from = 0; from < cinemas.size(); from += CINEMAS_PER_TRANSACTION) {
                int start = from;
                int end = Math.min(from + CINEMAS_PER_TRANSACTION, cinemas.size());
                chunks.add(pool.submit(() -> {
                    transaction.executeWithoutResult(status -> seedCinemas(cinemas.subList(start, end),
                            streams.subList(start, end), slate, firstDay, owners, places));
                    log.info("demo market: {}/{} cinemas seeded", done.addAndGet(end - start), cinemas.size());
                }));
            }
            for (Future<?> chunk : chunks) {
                chunk.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("seeding interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("seeding failed: " + e.getCause().getMessage(), e.getCause());
        }
        // The films already in release get their days before the first one; a stream of its own leaves the rest as it was.
        List<DemoPastSales.Place> inPlanOrder = places.stream()
                .sorted(java.util.Comparator.comparingLong(DemoPastSales.Place::cinemaId)).toList();
        pastSales.seed(slate, inPlanOrder, firstDay, new SplittableRandom(settings.randomSeed() + 2), firstDaySeats.get());
        long populationStarted = System.nanoTime();
        int moviegoers = seedMoviegoers(slate, firstDay);
        // Each step of the campaigns' set-up is a transaction of its own: an offer that finds nobody to reach is left out alone.
        log.info("demo market: {} campaigns set up", campaigns.seed(slate, firstDay).size());
        // Previews held before the first day and some still to come, at this copy's cinemas; a stream of their own.
        marquee.shared.Backdating.replay(() -> previews.seed(slate, inPlanOrder.stream().map(DemoPastSales.Place::cinemaId).toList(),
                firstDay, firstDay.plusDays(settings.days()), new SplittableRandom(settings.randomSeed() + 3)));
        long populationMillis = (System.nanoTime() - populationStarted) / 1_000_000;
        SeedReport report = new SeedReport(catalog.size(), (System.nanoTime() - started) / 1_000_000, moviegoers, populationMillis);
        log.info("{}", report);
        return report;
    }

    /** The generated population, in transactions of a few thousand; none when the store already has it. */
    private int seedMoviegoers(List<SlateEntry> slate, LocalDate firstDay) {
        if (settings.moviegoers() == 0 || accounts.accountByEmail(MoviegoerPopulation.email(0)).isPresent()) {
            return 0;
        }
        MoviegoerPopulation population = new MoviegoerPopulation(DemoSlate.cities(), slate, firstDay, settings.randomSeed() + 1);
        for (int from = 0; from < settings.moviegoers(); from += MOVIEGOERS_PER_TRANSACTION) {
            int count = Math.min(MOVIEGOERS_PER_TRANSACTION, settings.moviegoers() - from);
            var people = population.next(from, count);
            // Their accounts date from when their viewing histories begin: a rating of a preview before the first day is
            // not one by an account made after it (which the word-of-mouth checks would flag as new).
            marquee.shared.Backdating.at(firstDay.minusDays(MoviegoerPopulation.HISTORY_DAYS).atStartOfDay(CHINA).toInstant(),
                    () -> transaction.executeWithoutResult(status -> accounts.addPopulation(people)));
            log.info("demo market: {}/{} moviegoers seeded", from + count, settings.moviegoers());
        }
        return settings.moviegoers();
    }

    private void seedCinemas(List<PlannedCinema> cinemas, List<SplittableRandom> streams, List<SlateEntry> slate,
                             LocalDate firstDay, DemoAccounts.Seeded owners, List<DemoPastSales.Place> places) {
        List<NewScreening> screenings = new ArrayList<>();
        for (int i = 0; i < cinemas.size(); i++) {
            PlannedCinema planned = cinemas.get(i);
            SplittableRandom random = streams.get(i);
            long cinemaId = catalog.addCinema(planned.cinema(), owners.chains().get(planned.cinema().chain())).id();
            places.add(new DemoPastSales.Place(cinemaId, planned.tier()));
            for (HallDesign design : planned.halls()) {
                long hallId = catalog.addHall(cinemaId, new NewHall(design.name(), design.layout())).id();
                int seats = (int) design.layout().stream().flatMapToInt(String::chars).filter(c -> c != '.').count();
                for (int d = 0; d < settings.days(); d++) {
                    List<NewScreening> day = ScreeningPlan.hallDay(hallId, design, planned.tier(), firstDay.plusDays(d), CHINA,
                            slate, random);
                    if (d == 0) {
                        firstDaySeats.addAndGet((long) seats * day.size());
                    }
                    screenings.addAll(day);
                }
            }
        }
        catalog.scheduleInBulk(screenings);
    }

    private List<SlateEntry> seedFilms(LocalDate firstDay, DemoAccounts.Seeded owners) {
        List<SlateEntry> slate = new ArrayList<>();
        for (DemoFilm demo : DemoSlate.films(firstDay)) {
            Film film = catalog.addFilm(demo.film(), owners.tenant(demo.distributor()));
            for (NewRelease release : demo.releases()) {
                catalog.addRelease(film.id(), release);
            }
            slate.add(new SlateEntry(film.id(), demo));
        }
        return slate;
    }
}
