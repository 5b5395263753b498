package marquee.previews;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import marquee.audience.CityAudience;
import marquee.audience.Discovery;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.CinemaFilter;
import marquee.catalog.Film;
import marquee.catalog.Hall;
import marquee.catalog.HallTimetable;
import marquee.previews.ScreeningPlan.CinemaRank;
import marquee.previews.ScreeningPlan.CityRank;
import marquee.previews.ScreeningPlan.Plan;
import marquee.previews.ScreeningPlan.PlannedScreening;
import marquee.previews.internal.FreeSlot;
import marquee.previews.internal.PlanMaker;
import marquee.shared.InvalidInput;
import marquee.shared.MarketSettings;
import marquee.shared.PageOf;
import marquee.shared.PageRequest;
import marquee.shared.Sentence;
import marquee.shared.security.Caller;
import org.springframework.stereotype.Service;

/**
 * Where to show a film first: a plan of preview or targeted screenings that the film's likely audience can reach.
 *
 * <p>The attendance model, kept simple and deterministic:
 * <ul>
 *   <li>Audience: each moviegoer's chance of coming to a screening of the film in their home city is half the
 *       square of their discovery appeal over the market's top 1%'s, at most 1 ({@link Discovery#byCity}); a city's
 *       expected audience is the sum over its moviegoers. Reach is the home city: a cinema draws only on its own
 *       city.</li>
 *   <li>A screening's expected attendance is {@code min(hall capacity, its share of the city's audience)}: the
 *       city's audience is shared evenly by the screenings planned there, a full hall passing its overflow on. So a
 *       city's screenings together expect {@code min(audience, their seats)}, and a second screening in a city adds
 *       only what the first cannot seat.</li>
 *   <li>Slots: one per hall and day, the first of 19:30, 14:30 and 10:30 (cinema-local) at which the hall is free for
 *       the whole film and the turnaround; days inside the window, none in the past.</li>
 * </ul>
 * The plan is built greedily: each screening the free slot adding the most expected attendance, the smallest hall
 * among equals (then the evening, then the earliest day), at most one per cinema per day. The naive plan gives the
 * cities with the most moviegoers, in turn, their biggest free hall at its first free slot. Both are valued by the
 * same model; should the naive plan ever expect more, it is proposed instead (and said so).
 */
@Service
public class ScreeningPlanner {

    public static final int MAX_COUNT = 50;
    public static final int MAX_WINDOW_DAYS = 60;
    /** A preview's times, the evening first: when people who work can come. */
    static final List<LocalTime> SLOTS = List.of(LocalTime.of(19, 30), LocalTime.of(14, 30), LocalTime.of(10, 30));
    /** The attendance model in one sentence (previews bundle): English in the API, the reader's language on the page. */
    static final Sentence MODEL = Sentence.of("sentence.previews.model");
    private static final int RANKED = 30;

    private final Discovery discovery;
    private final Catalog catalog;
    private final MarketSettings market;
    private final Clock clock;

    ScreeningPlanner(Discovery discovery, Catalog catalog, MarketSettings market, Clock clock) {
        this.discovery = discovery;
        this.catalog = catalog;
        this.market = market;
        this.clock = clock;
    }

    /**
     * The plan of {@code count} screenings of the film between {@code from} and {@code to} (inclusive). 400 for a
     * count outside 1-50 or a window that is empty, longer than 60 days or in the past; 404 for a film the caller
     * may not plan (another distributor's, or unknown).
     */
    public ScreeningPlan plan(Caller caller, long filmId, LocalDate from, LocalDate to, int count) {
        check(from, to, count);
        List<CityAudience> audience = discovery.byCity(caller, filmId);
        Film film = catalog.film(filmId);
        Map<String, Double> expected = new HashMap<>();
        audience.forEach(c -> expected.put(c.city(), c.expected()));
        Map<Long, Cinema> cinemas = cinemas();
        Map<Long, Hall> halls = catalog.allHalls().stream().filter(h -> cinemas.containsKey(h.cinemaId()))
                .collect(Collectors.toMap(Hall::id, h -> h, (a, b) -> a, LinkedHashMap::new));
        List<FreeSlot> free = freeSlots(cinemas, halls, catalog.timetable(from, to), from, to,
                Duration.ofMinutes(film.runtimeMin()).plus(Catalog.TURNAROUND));

        List<FreeSlot> greedy = PlanMaker.greedy(expected, free, count);
        List<String> bySize = audience.stream()
                .sorted(Comparator.comparingLong(CityAudience::moviegoers).reversed().thenComparing(CityAudience::city))
                .map(CityAudience::city).toList();
        List<FreeSlot> naive = PlanMaker.naive(bySize, free, count);
        boolean naiveKept = PlanMaker.expected(expected, naive) > PlanMaker.expected(expected, greedy);
        return new ScreeningPlan(film.id(), film.displayTitle(), from, to, count, MODEL,
                cityRanks(audience, cinemas, halls), cinemaRanks(expected, cinemas, halls, free),
                plan(naiveKept ? naive : greedy, expected, cinemas, halls), plan(naive, expected, cinemas, halls), naiveKept);
    }

    private void check(LocalDate from, LocalDate to, int count) {
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidInput("count", "must be 1 to " + MAX_COUNT + " screenings, not " + count);
        }
        if (from == null || to == null) {
            throw new InvalidInput(from == null ? "from" : "to", "is required: a date such as 2026-12-24");
        }
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "must not be before from (" + from + ")");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_WINDOW_DAYS) {
            throw new InvalidInput("to", "the window must be at most " + MAX_WINDOW_DAYS + " days, not " + days);
        }
        LocalDate today = market.today(clock);
        if (from.isBefore(today)) {
            throw new InvalidInput("from", "must not be in the past (today is " + today + ")");
        }
    }

    private Map<Long, Cinema> cinemas() {
        Map<Long, Cinema> cinemas = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            PageOf<Cinema> batch = catalog.cinemas(new CinemaFilter(null, null, null, null), new PageRequest(page, PageRequest.MAX_SIZE));
            batch.items().forEach(c -> cinemas.put(c.id(), c));
            if (batch.items().size() < PageRequest.MAX_SIZE) {
                return cinemas;
            }
        }
    }

    /** One slot per hall and day: the first of {@link #SLOTS} at which the hall is free for {@code length}. */
    private List<FreeSlot> freeSlots(Map<Long, Cinema> cinemas, Map<Long, Hall> halls, HallTimetable timetable,
                                     LocalDate from, LocalDate to, Duration length) {
        Instant now = clock.instant();
        List<FreeSlot> free = new ArrayList<>();
        for (Hall hall : halls.values()) {
            Cinema cinema = cinemas.get(hall.cinemaId());
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                for (LocalTime time : SLOTS) {
                    Instant start = day.atTime(time).atZone(cinema.timeZone()).toInstant();
                    if (start.isAfter(now) && timetable.isFree(hall.id(), start, start.plus(length))) {
                        free.add(new FreeSlot(cinema.id(), cinema.city(), hall.id(), hall.capacity(), day, time));
                        break;
                    }
                }
            }
        }
        return free;
    }

    private static List<CityRank> cityRanks(List<CityAudience> audience, Map<Long, Cinema> cinemas, Map<Long, Hall> halls) {
        Map<String, Integer> cinemasIn = new HashMap<>();
        cinemas.values().forEach(c -> cinemasIn.merge(c.city(), 1, Integer::sum));
        Map<String, Integer> biggest = new HashMap<>();
        halls.values().forEach(h -> biggest.merge(cinemas.get(h.cinemaId()).city(), h.capacity(), Math::max));
        List<CityRank> ranks = new ArrayList<>();
        for (CityAudience c : audience) {
            if (ranks.size() == RANKED || c.expected() <= 0) {
                break;
            }
            ranks.add(new CityRank(ranks.size() + 1, c.city(), c.province(), c.tier(), c.moviegoers(), round1(c.expected()),
                    cinemasIn.getOrDefault(c.city(), 0), biggest.getOrDefault(c.city(), 0)));
        }
        return ranks;
    }

    private static List<CinemaRank> cinemaRanks(Map<String, Double> expected, Map<Long, Cinema> cinemas, Map<Long, Hall> halls,
                                                List<FreeSlot> free) {
        Map<Long, Integer> biggestFree = new HashMap<>();
        Map<Long, java.util.Set<LocalDate>> freeDays = new HashMap<>();
        free.forEach(s -> {
            biggestFree.merge(s.cinemaId(), s.capacity(), Math::max);
            freeDays.computeIfAbsent(s.cinemaId(), k -> new java.util.HashSet<>()).add(s.date());
        });
        Map<Long, Long> hallCount = halls.values().stream().collect(Collectors.groupingBy(Hall::cinemaId, Collectors.counting()));
        return biggestFree.entrySet().stream().map(e -> {
            Cinema c = cinemas.get(e.getKey());
            double audience = expected.getOrDefault(c.city(), 0.0);
            return new CinemaRank(c.id(), c.name(), c.city(), hallCount.getOrDefault(c.id(), 0L).intValue(), e.getValue(),
                    freeDays.get(c.id()).size(), round1(Math.min(e.getValue(), audience)));
        }).filter(r -> r.expectedAttendance() > 0)
                .sorted(Comparator.comparingDouble(CinemaRank::expectedAttendance).reversed()
                        .thenComparing(r -> -expected.getOrDefault(r.city(), 0.0)).thenComparingLong(CinemaRank::cinemaId))
                .limit(RANKED).toList();
    }

    private static Plan plan(List<FreeSlot> slots, Map<String, Double> expected, Map<Long, Cinema> cinemas, Map<Long, Hall> halls) {
        double[] shares = PlanMaker.shares(expected, slots);
        List<PlannedScreening> screenings = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            FreeSlot s = slots.get(i);
            Cinema c = cinemas.get(s.cinemaId());
            screenings.add(new PlannedScreening(s.city(), c.province(), c.id(), c.name(), s.hallId(), halls.get(s.hallId()).name(),
                    s.capacity(), s.date(), s.start(), round1(shares[i])));
        }
        return new Plan(screenings, Math.round(PlanMaker.expected(expected, slots)));
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
