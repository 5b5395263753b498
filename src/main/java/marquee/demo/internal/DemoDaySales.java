package marquee.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.catalog.Screening;
import marquee.catalog.ScreeningFilter;
import marquee.shared.PageOf;
import marquee.shared.PageRequest;

/**
 * The demo market's screenings from today to the simulator's horizon as {@link DemoDay} sells them: each show's
 * final occupancy, so what it has sold by any moment, and what it sells between two moments.
 */
final class DemoDaySales {

    /** A show and its final occupancy. */
    record Sold(DemoDay.Show show, double occupancy) {}

    private final DemoDay model;
    private final List<Sold> shows;
    private final List<DemoDay.Show> plain;

    private DemoDaySales(DemoDay model, List<DemoDay.Show> shows) {
        this.model = model;
        this.plain = shows;
        Map<Long, Double> occupancy = model.occupancies(shows);
        this.shows = shows.stream().map(s -> new Sold(s, occupancy.get(s.screeningId()))).toList();
    }

    /** Every announced film's screenings of the whole days from today to {@code now + horizon} (demo cinemas' days). */
    static DemoDaySales read(Catalog catalog, DemoDay model, Instant now, Duration horizon, Map<Long, Integer> seatsByHall) {
        Map<String, Double> popularity = DemoDemand.popularity();
        Map<Long, Film> films = new HashMap<>();
        Map<Long, Integer> tiers = new HashMap<>();
        List<DemoDay.Show> shows = new ArrayList<>();
        LocalDate firstDay = LocalDate.ofInstant(now, CinemaPlan.ZONE);
        LocalDate lastDay = LocalDate.ofInstant(now.plus(horizon), CinemaPlan.ZONE);
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            PageOf<Screening> page;
            int number = 0;
            do {
                page = catalog.screenings(new ScreeningFilter(null, null, null, day), new PageRequest(number++, PageRequest.MAX_SIZE));
                for (Screening s : page.items()) {
                    Film film = films.computeIfAbsent(s.filmId(), catalog::film);
                    if (!film.announced()) {
                        continue; // nobody may buy a seat of a film before it is announced
                    }
                    int tier = tiers.computeIfAbsent(s.cinemaId(), id -> catalog.cinema(id).cityTier());
                    int seats = seatsByHall.computeIfAbsent(s.hallId(), id -> catalog.seatMap(id).seats().size());
                    shows.add(new DemoDay.Show(s.id(), s.filmId(), s.startsAt(), day, s.localStart().getHour(), tier, seats,
                            DemoDemand.filmWeight(film, popularity, day)));
                }
            } while (page.items().size() == page.size());
        }
        return new DemoDaySales(model, shows);
    }

    List<Sold> shows() {
        return shows;
    }

    /** The tickets a show has sold by {@code at} (all of them once it has started). */
    int soldBy(Sold sold, Instant at) {
        return (int) Math.round(model.soldBy(sold.show(), sold.occupancy(), at));
    }

    /** The tickets a show sells from {@code from} to {@code to} (none once it has started). */
    double sells(Sold sold, Instant from, Instant to) {
        if (!sold.show().startsAt().isAfter(from)) {
            return 0;
        }
        return model.soldBy(sold.show(), sold.occupancy(), to) - model.soldBy(sold.show(), sold.occupancy(), from);
    }

    /** The figures of today as the model has them (for the log at start). */
    DemoDayReport report(LocalDate day) {
        return DemoDayReport.of(day, plain, model);
    }

    int size() {
        return shows.size();
    }
}
