package marquee.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.catalog.FilmRelease;
import marquee.catalog.Screening;
import marquee.catalog.ScreeningFilter;
import marquee.shared.PageOf;
import marquee.shared.PageRequest;

/**
 * Where and when the demo market's moviegoers buy: every screening on sale within the horizon,
 * weighted by how strongly its film sells (the slate's popularity, fading week by week after release
 * as in the screening plan), how soon it starts (most tickets are bought in the last hours before a
 * show, a few are presales), the time of day (evenings sell best) and the size of the city.
 */
final class DemoDemand {

    record Show(long screeningId, long filmId, Instant startsAt) {}

    /** Screenings are looked up by their day in the demo cinemas' zone. */
    private static final ZoneId CHINA = CinemaPlan.ZONE;
    /** Shows that start sooner than this are not offered: buyers need time to get there. */
    static final Duration LAST_CALL = Duration.ofMinutes(15);
    /** Demand halves about every 3.5 hours further from the show... */
    private static final double HOURS_SCALE = 5;
    /** ...down to a floor of presales. */
    private static final double PRESALES = 0.04;
    /** Buyers per screening by city tier (index = tier): the big cities sell more seats per show. */
    private static final double[] TIER_WEIGHT = {0, 1.6, 1.3, 1.0, 0.8, 0.6};

    private final Show[] shows;
    private final double[] cumulative;

    private DemoDemand(List<Show> shows, List<Double> weights) {
        this.shows = shows.toArray(Show[]::new);
        this.cumulative = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += weights.get(i);
            cumulative[i] = sum;
        }
    }

    /** The screenings on sale from {@code now} to {@code now + horizon}, read from the catalog. */
    static DemoDemand of(Catalog catalog, Instant now, Duration horizon) {
        Map<String, Double> popularity = popularity();
        Map<Long, Film> films = new HashMap<>();
        Map<Long, Integer> tiers = new HashMap<>();
        List<Show> shows = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        Instant from = now.plus(LAST_CALL);
        Instant until = now.plus(horizon);
        LocalDate firstDay = LocalDate.ofInstant(now, CHINA);
        for (LocalDate day = firstDay; !day.isAfter(LocalDate.ofInstant(until, CHINA)); day = day.plusDays(1)) {
            PageOf<Screening> page;
            int number = 0;
            do {
                page = catalog.screenings(new ScreeningFilter(null, null, null, day), new PageRequest(number++, PageRequest.MAX_SIZE));
                for (Screening s : page.items()) {
                    if (s.startsAt().isBefore(from) || s.startsAt().isAfter(until)) {
                        continue;
                    }
                    Film film = films.computeIfAbsent(s.filmId(), catalog::film);
                    if (!film.announced()) {
                        continue; // nobody may buy a seat of a film before it is announced
                    }
                    int tier = tiers.computeIfAbsent(s.cinemaId(), id -> catalog.cinema(id).cityTier());
                    shows.add(new Show(s.id(), s.filmId(), s.startsAt()));
                    weights.add(filmWeight(film, popularity, day) * soonWeight(now, s.startsAt())
                            * hourWeight(s.localStart().getHour()) * TIER_WEIGHT[Math.clamp(tier, 1, 5)]);
                }
            } while (page.items().size() == page.size());
        }
        return new DemoDemand(shows, weights);
    }

    int size() {
        return shows.length;
    }

    /** A show drawn by demand; null when nothing is on sale. */
    Show draw(SplittableRandom random) {
        if (shows.length == 0) {
            return null;
        }
        int i = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
        return shows[Math.min(i < 0 ? -i - 1 : i, shows.length - 1)];
    }

    /** The slate's films' popularity by original title. */
    static Map<String, Double> popularity() {
        return DemoSlate.films(LocalDate.now(CHINA)).stream()
                .collect(Collectors.toMap(f -> f.film().originalTitle(), DemoFilm::popularity, Math::max));
    }

    /** The slate's popularity (films not of the slate: 1), fading week by week after the release showing that day. */
    static double filmWeight(Film film, Map<String, Double> popularity, LocalDate day) {
        long weeks = film.releases().stream().map(FilmRelease::releaseDate).filter(d -> !d.isAfter(day))
                .max(LocalDate::compareTo).map(d -> ChronoUnit.DAYS.between(d, day) / 7).orElse(0L);
        return popularity.getOrDefault(film.originalTitle(), 1.0) / (1.0 + 0.6 * weeks);
    }

    private static double soonWeight(Instant now, Instant startsAt) {
        double hours = Duration.between(now, startsAt).toMinutes() / 60.0;
        return Math.exp(-hours / HOURS_SCALE) + PRESALES;
    }

    private static double hourWeight(int localHour) {
        if (localHour >= 18 && localHour < 22) {
            return 1.5;
        }
        return localHour < 12 ? 0.6 : localHour >= 22 ? 0.7 : 1.0;
    }
}
