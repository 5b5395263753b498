package marquee.forecasting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import marquee.boxoffice.BoxOffice;
import marquee.boxoffice.Ranking;
import marquee.boxoffice.RankingRow;
import marquee.boxoffice.Scope;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.Film;
import marquee.catalog.Screening;
import marquee.catalog.ScreeningFilter;
import marquee.forecasting.ForecastViews.AllocationAdvice;
import marquee.forecasting.ForecastViews.FilmAllocation;
import marquee.forecasting.internal.AnnouncedReleases;
import marquee.forecasting.internal.ScreeningAllocation;
import marquee.shared.NotFound;
import marquee.shared.PageOf;
import marquee.shared.PageRequest;
import marquee.shared.Sentence;
import marquee.shared.security.Caller;
import org.springframework.stereotype.Service;

/**
 * Screening advice for a cinema manager's own cinema: which film deserves more (or fewer) screenings
 * tomorrow. The rule is {@link ScreeningAllocation}'s, the one `forecast allocation` backtests on the market's
 * daily list: a film's demand tomorrow is its share of the cinema's gross today times the usual next-day
 * retention at its age (learnt from the China history's finished films, the forecast part); the screenings of
 * the films shown today are then shared out in proportion to demand. Films opening tomorrow, or not screened
 * today, keep what is scheduled: there is nothing of theirs to go on.
 */
@Service
public class ScreeningAdvice {

    static final Sentence RULE = Sentence.of("sentence.allocation.rule");
    private static final int MAX_PAGES = 20;

    private final Catalog catalog;
    private final BoxOffice boxOffice;
    private final Forecasts forecasts;
    private final Clock clock;

    public ScreeningAdvice(Catalog catalog, BoxOffice boxOffice, Forecasts forecasts, Clock clock) {
        this.catalog = catalog;
        this.boxOffice = boxOffice;
        this.forecasts = forecasts;
        this.clock = clock;
    }

    /** The advice from {@code day}'s sales (null: today on the cinema's clock) for the day after; 404 for another chain's cinema. */
    public AllocationAdvice advise(Caller caller, long cinemaId, LocalDate day) {
        Cinema cinema = catalog.findCinema(cinemaId).filter(c -> caller.mayManage(c.chainTenantId()))
                .orElseThrow(() -> new NotFound("cinema", cinemaId));
        LocalDate today = day != null ? day : LocalDate.now(clock.withZone(cinema.timeZone()));
        LocalDate tomorrow = today.plusDays(1);
        Scope scope = new Scope(Scope.Level.CINEMA, String.valueOf(cinemaId));
        Ranking now = boxOffice.ranking(today, scope);
        Map<Long, RankingRow> yesterday = new HashMap<>();
        boxOffice.ranking(today.minusDays(1), scope).rows().forEach(r -> yesterday.put(r.filmId(), r));
        Map<Long, Long> scheduled = screeningsPerFilm(cinemaId, tomorrow);
        List<Sentence> notes = new ArrayList<>();
        double[] retention = null;
        try {
            retention = forecasts.hasHistory("china") ? forecasts.dailyRetention("china") : null;
            if (retention == null) {
                notes.add(Sentence.of("sentence.allocation.noHistory"));
            }
        } catch (ForecastNotReady e) {
            notes.add(Sentence.of("sentence.allocation.learning"));
        }
        if (retention == null) {
            retention = new double[ScreeningAllocation.MAX_AGE + 1];
            Arrays.fill(retention, 1);
        }
        boolean hasSchedule = !scheduled.isEmpty();
        if (!hasSchedule) {
            notes.add(Sentence.of("sentence.allocation.nothingScheduled", tomorrow));
        }
        if (now.totalGrossMinor() <= 0) {
            notes.add(Sentence.of("sentence.allocation.noSales", today));
        }

        Map<Long, RankingRow> shownToday = new LinkedHashMap<>();
        now.rows().stream().filter(r -> r.screenings() > 0).forEach(r -> shownToday.put(r.filmId(), r));
        List<Long> filmIds = new ArrayList<>(shownToday.keySet());
        scheduled.keySet().stream().filter(id -> !shownToday.containsKey(id)).forEach(filmIds::add);

        List<Long> continuing = new ArrayList<>();
        List<Double> demand = new ArrayList<>();
        Map<Long, Integer> ageTomorrow = new HashMap<>();
        Map<Long, String> titles = new HashMap<>();
        long pool = 0;
        for (long filmId : filmIds) {
            Film film = catalog.findFilm(filmId).orElse(null);
            titles.put(filmId, film != null ? film.displayTitle() : shownToday.get(filmId).title());
            LocalDate released = film == null ? null : AnnouncedReleases.releaseDate(film);
            int age = released == null ? ScreeningAllocation.MAX_AGE : (int) ChronoUnit.DAYS.between(released, tomorrow) + 1;
            ageTomorrow.put(filmId, age);
            RankingRow row = shownToday.get(filmId);
            if (row != null && age >= 2 && now.totalGrossMinor() > 0) {
                continuing.add(filmId);
                demand.add(ScreeningAllocation.demand(share(row.grossMinor(), now.totalGrossMinor()), retention, age));
                pool += base(filmId, row, scheduled, hasSchedule);
            }
        }
        double[] recommended = ScreeningAllocation.recommend(pool,
                demand.stream().mapToDouble(Double::doubleValue).toArray());
        long[] suggested = largestRemainder(recommended, pool);

        List<FilmAllocation> films = new ArrayList<>();
        for (long filmId : filmIds) {
            RankingRow row = shownToday.get(filmId);
            long base = base(filmId, row, scheduled, hasSchedule);
            int i = continuing.indexOf(filmId);
            long suggestion = i >= 0 && suggested.length > 0 ? suggested[i] : base;
            int age = ageTomorrow.get(filmId);
            RankingRow before = yesterday.get(filmId);
            Double trend = row == null || before == null || before.grossMinor() <= 0 ? null
                    : 100.0 * (row.grossMinor() - before.grossMinor()) / before.grossMinor();
            double r = retention[Math.max(0, Math.min(age, ScreeningAllocation.MAX_AGE))];
            String advice = i < 0 || suggested.length == 0 ? "new" : suggestion > base ? "more" : suggestion < base ? "fewer" : "keep";
            films.add(new FilmAllocation(filmId, titles.get(filmId), age, row == null ? 0 : row.screenings(),
                    row == null ? 0 : row.occupancyPct(), row == null ? 0 : row.grossMinor(),
                    row == null ? 0 : share(row.grossMinor(), now.totalGrossMinor()),
                    row == null ? 0 : row.screeningSharePct(), trend, r, base, suggestion, suggestion - base, advice,
                    why(row, now, trend, age, r, advice)));
        }
        films.sort(Comparator.comparingLong(FilmAllocation::change).reversed()
                .thenComparing(Comparator.comparingLong(FilmAllocation::grossTodayMinor).reversed()));
        return new AllocationAdvice(cinema.id(), cinema.name(), cinema.chain(), today, tomorrow, now.currency(),
                hasSchedule, films, RULE, notes);
    }

    private static long base(long filmId, RankingRow today, Map<Long, Long> scheduled, boolean hasSchedule) {
        return hasSchedule ? scheduled.getOrDefault(filmId, 0L) : today == null ? 0 : today.screenings();
    }

    private static Sentence why(RankingRow row, Ranking now, Double trend, int age, double retention, String advice) {
        if (row == null) {
            return Sentence.of("sentence.allocation.why.notScreened");
        }
        if (advice.equals("new")) {
            return Sentence.of(age < 2 ? "sentence.allocation.why.opensTomorrow" : "sentence.allocation.why.noSales");
        }
        return Sentence.of("sentence.allocation.why", row.occupancyPct(), share(row.grossMinor(), now.totalGrossMinor()),
                row.screeningSharePct(), trend == null ? Sentence.of("sentence.allocation.why.noSalesYesterday")
                        : Sentence.of("sentence.allocation.why.trend", trend), age, 100 * retention);
    }

    private static double share(long part, long total) {
        return total <= 0 ? 0 : 100.0 * part / total;
    }

    /** Whole screenings summing to {@code pool}: floors, then the largest remainders get one more. */
    private static long[] largestRemainder(double[] shares, long pool) {
        long[] whole = new long[shares.length];
        long given = 0;
        for (int i = 0; i < shares.length; i++) {
            whole[i] = (long) Math.floor(shares[i]);
            given += whole[i];
        }
        Integer[] order = new Integer[shares.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> -(shares[i] - Math.floor(shares[i]))));
        for (int k = 0; k < order.length && given < pool; k++, given++) {
            whole[order[k]]++;
        }
        return whole;
    }

    private Map<Long, Long> screeningsPerFilm(long cinemaId, LocalDate day) {
        Map<Long, Long> count = new LinkedHashMap<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            PageOf<Screening> listed = catalog.screenings(new ScreeningFilter(null, cinemaId, null, day),
                    new PageRequest(page, PageRequest.MAX_SIZE));
            listed.items().forEach(s -> count.merge(s.filmId(), 1L, Long::sum));
            if (page + 1 >= listed.pages()) {
                break;
            }
        }
        return count;
    }
}
