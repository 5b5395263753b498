package marquee.audience.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import marquee.accounts.Accounts;
import marquee.accounts.MoviegoerProfile;
import marquee.catalog.City;
import marquee.catalog.Film;
import marquee.shared.MarketSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The platform's moviegoers in memory, one array per attribute (struct of arrays), with the films each
 * has seen and the tickets each has bought: a portrait of a film with a million tickets is a few
 * passes over int arrays, not a database query per cell. Rebuilt in the background when tickets have been
 * added and at least every minute, from the accounts module's profiles and histories and the audience's own
 * tickets.
 */
@Component
public class AudienceData {

    /**
     * A purchase as the audience keeps it: who, which film and cinema, the show's weekday (1 = Monday) and hour, seats
     * and amount, the coupon used and the campaign the sale is attributed to (null when none).
     */
    public record Purchase(long accountId, long filmId, long cinemaId, int weekday, int hour, int seats, long amountMinor,
                           String couponCode, Long campaignId) {}

    /** Attribute values are small codes into these label lists. */
    public record Snapshot(int size, Map<Long, Integer> memberOf, byte[] ageBand, byte[] gender, byte[] tier, short[] province,
                    short[] city, long[] interests, long[] genresSeen, int[] viewings, boolean[] consent, List<String> provinces, List<String> cities,
                    List<String> interestTags, List<String> genres, Map<Long, int[]> viewersByFilm,
                    List<Purchase> purchases, int[] purchaseMember, long builtNanos, long changes) {}

    public static final List<String> AGE_BANDS = List.of("under 18", "18-24", "25-29", "30-34", "35-39", "40-49", "50+", "unknown");
    public static final List<String> GENDERS = List.of("FEMALE", "MALE", "OTHER", "unknown");
    public static final List<String> TIERS = List.of("tier 1", "tier 2", "tier 3", "tier 4", "tier 5", "unknown");
    private static final long MAX_AGE_NANOS = 60_000_000_000L;
    private static final long MIN_AGE_NANOS = 5_000_000_000L;

    private final Accounts accounts;
    private final marquee.catalog.Catalog catalog;
    private final AudienceTickets tickets;
    private final Clock clock;
    private final MarketSettings market;
    private final boolean buildWhenServing;
    private volatile Snapshot current;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final AtomicLong generation = new AtomicLong();
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(run -> {
        Thread thread = new Thread(run, "audience-index");
        thread.setDaemon(true);
        return thread;
    });

    AudienceData(Accounts accounts, marquee.catalog.Catalog catalog, AudienceTickets tickets, Clock clock,
                 MarketSettings market, @Value("${marquee.audience.index-when-serving:true}") boolean buildWhenServing) {
        this.buildWhenServing = buildWhenServing;
        this.accounts = accounts;
        this.catalog = catalog;
        this.tickets = tickets;
        this.clock = clock;
        this.market = market;
    }

    /**
     * The index. Only the very first reader (or the first after {@link #invalidate}) waits for it to be built;
     * when it is stale (new tickets, at most every 5 s, or older than a minute) the reader gets the one there
     * is and a fresh one is built in the background: with sales coming in all the time, a rebuild of a large
     * market on the request path would make every page wait seconds.
     */
    public Snapshot snapshot() {
        Snapshot s = current;
        if (s == null) {
            synchronized (this) {
                if (current == null) {
                    current = build();
                }
                return current;
            }
        }
        long age = System.nanoTime() - s.builtNanos();
        if (age > MAX_AGE_NANOS || (s.changes() != tickets.changes() && age > MIN_AGE_NANOS)) {
            refreshInBackground();
        }
        return s;
    }

    /**
     * A server builds the index in the background once it is ready (after the demo seed), so that the first
     * portrait or screening plan someone asks for does not wait the seconds a market of 100,000 moviegoers takes.
     * A command (no web server) builds it only if it needs it.
     */
    @EventListener(ApplicationReadyEvent.class)
    void buildWhenServing(ApplicationReadyEvent ready) {
        if (buildWhenServing && ready.getApplicationContext() instanceof WebServerApplicationContext) {
            try {
                refresher.execute(this::snapshot);
            } catch (RejectedExecutionException shuttingDown) {
                // nothing to warm
            }
        }
    }

    private void refreshInBackground() {
        if (!refreshing.compareAndSet(false, true)) {
            return;
        }
        long seen = generation.get();
        try {
            refresher.execute(() -> {
                try {
                    Snapshot fresh = build();
                    synchronized (this) {
                        // An invalidate() meanwhile wins: this build may have missed what it was called for.
                        if (generation.get() == seen && current != null) {
                            current = fresh;
                        }
                    }
                } finally {
                    refreshing.set(false);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            refreshing.set(false);
        }
    }

    /** Forgets the index, so that the next portrait sees every change (data deletion, a rebuild). */
    public void invalidate() {
        synchronized (this) {
            generation.incrementAndGet();
            current = null;
        }
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }

    private Snapshot build() {
        long changes = tickets.changes();
        Map<String, City> citiesByName = new HashMap<>();
        catalog.cities().forEach(c -> citiesByName.put(c.name(), c));
        List<MoviegoerProfile> profiles = new ArrayList<>();
        accounts.forEachProfile(profiles::add);
        int n = profiles.size();
        Labels provinces = new Labels();
        Labels cities = new Labels();
        Labels interestTags = new Labels();
        Labels genres = new Labels();
        Map<Long, Integer> memberOf = new HashMap<>(n * 2);
        byte[] ageBand = new byte[n];
        byte[] gender = new byte[n];
        byte[] tier = new byte[n];
        short[] province = new short[n];
        short[] city = new short[n];
        long[] interests = new long[n];
        boolean[] consent = new boolean[n];
        int[] viewingCount = new int[n];
        int year = market.today(clock).getYear();
        for (int i = 0; i < n; i++) {
            MoviegoerProfile p = profiles.get(i);
            memberOf.put(p.accountId(), i);
            ageBand[i] = (byte) ageBand(p.birthYear(), year);
            gender[i] = (byte) (p.gender() == null ? 3 : p.gender().ordinal());
            City home = p.homeCity() == null ? null : citiesByName.get(p.homeCity());
            tier[i] = (byte) (home == null ? 5 : home.tier() - 1);
            province[i] = (short) provinces.code(home == null ? "unknown" : home.province());
            city[i] = (short) cities.code(home == null ? "unknown" : home.name());
            consent[i] = p.marketingConsent();
            for (String tag : p.interests()) {
                interests[i] |= 1L << Math.min(63, interestTags.code(tag));
            }
        }
        Map<Long, Long> genreMaskByFilm = new HashMap<>();
        Map<Long, List<Integer>> viewers = new HashMap<>();
        long[] genresSeen = new long[n];
        accounts.forEachViewing(v -> {
            Integer member = memberOf.get(v.accountId());
            if (member != null) {
                viewers.computeIfAbsent(v.filmId(), k -> new ArrayList<>()).add(member);
                viewingCount[member]++;
                genresSeen[member] |= genreMaskByFilm.computeIfAbsent(v.filmId(), id -> genreMask(id, genres));
            }
        });
        List<Purchase> purchases = new ArrayList<>();
        tickets.forEach(purchase -> {
            purchases.add(purchase);
            Integer member = memberOf.get(purchase.accountId());
            if (member != null) {
                genresSeen[member] |= genreMaskByFilm.computeIfAbsent(purchase.filmId(), id -> genreMask(id, genres));
                viewingCount[member]++;
            }
        });
        int[] purchaseMember = purchases.stream().mapToInt(p -> memberOf.getOrDefault(p.accountId(), -1)).toArray();
        Map<Long, int[]> viewersByFilm = new HashMap<>();
        viewers.forEach((film, list) -> viewersByFilm.put(film, list.stream().mapToInt(Integer::intValue).toArray()));
        return new Snapshot(n, memberOf, ageBand, gender, tier, province, city, interests, genresSeen, viewingCount, consent, provinces.labels(),
                cities.labels(), interestTags.labels(), genres.labels(), viewersByFilm, purchases, purchaseMember, System.nanoTime(),
                changes);
    }

    private long genreMask(long filmId, Labels genres) {
        long mask = 0;
        for (String genre : catalog.findFilm(filmId).map(Film::genres).orElse(List.of())) {
            mask |= 1L << Math.min(63, genres.code(genre));
        }
        return mask;
    }

    static int ageBand(Integer birthYear, int year) {
        if (birthYear == null) {
            return 7;
        }
        int age = year - birthYear;
        if (age < 18) {
            return 0;
        }
        if (age < 40) {
            return age < 25 ? 1 : age < 30 ? 2 : age < 35 ? 3 : 4;
        }
        return age < 50 ? 5 : 6;
    }

    /** Labels numbered in the order they are first met. */
    private static final class Labels {
        private final Map<String, Integer> codes = new LinkedHashMap<>();

        synchronized int code(String label) {
            return codes.computeIfAbsent(label, k -> codes.size());
        }

        List<String> labels() {
            return List.copyOf(codes.keySet());
        }
    }

}
