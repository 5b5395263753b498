package marquee.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import marquee.catalog.NewRelease;
import marquee.catalog.NewScreening;
import marquee.demo.internal.CinemaPlan.PlannedCinema;
import marquee.demo.internal.ScreeningPlan.SlateEntry;

/**
 * A demo day worked out on the demo market's plan, without a store: the screenings the seeder would schedule,
 * each sold as {@link DemoDay} says. It answers the occupancy of the shows by their start hour, what the box
 * office board reads at each hour of the day, and the orders bought in each hour (the simulator's load).
 */
record DemoDayReport(LocalDate day, int screenings, long seats, double tickets, List<Hour> hours) {

    /**
     * One hour of the day (0-23, local): the shows starting in it (screenings, seats, tickets, occupancy), the board's
     * occupancy of the day at its end (tickets sold by then for the day's shows over the day's seats), and the tickets
     * bought in it for the shows of this and the next days.
     */
    record Hour(int hour, int screenings, long seats, double tickets, double boardAtEnd, double ticketsBought) {

        double occupancy() {
            return seats == 0 ? 0 : tickets / seats;
        }
    }

    double occupancy() {
        return seats == 0 ? 0 : tickets / seats;
    }

    /** Orders bought in the busiest hour, a minute (2.05 tickets an order). */
    double peakOrdersPerMinute() {
        return hours.stream().mapToDouble(Hour::ticketsBought).max().orElse(0) / SEATS_PER_ORDER / 60;
    }

    double ordersPerDay() {
        return hours.stream().mapToDouble(Hour::ticketsBought).sum() / SEATS_PER_ORDER;
    }

    static final double SEATS_PER_ORDER = 2.05;

    /** The demo market of {@code cinemas} cinemas (random seed {@code seed}) on {@code day}, as the seeder plans it. */
    static DemoDayReport simulate(int cinemas, long seed, LocalDate day, DemoDay model) {
        List<DemoFilm> films = DemoSlate.films(day);
        List<SlateEntry> slate = new ArrayList<>();
        for (int i = 0; i < films.size(); i++) {
            slate.add(new SlateEntry(i + 1, films.get(i)));
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<PlannedCinema> plan = CinemaPlan.plan(DemoSlate.cities(), cinemas, random);
        List<DemoDay.Show> shows = new ArrayList<>();
        long id = 0;
        for (PlannedCinema cinema : plan) {
            SplittableRandom stream = random.split();
            for (HallDesign hall : cinema.halls()) {
                int seats = (int) hall.layout().stream().flatMapToInt(String::chars).filter(c -> c != '.').count();
                // Today and the next two days: tomorrow's presales are bought today too.
                for (int d = 0; d < 3; d++) {
                    LocalDate on = day.plusDays(d);
                    for (NewScreening s : ScreeningPlan.hallDay(0, hall, cinema.tier(), on, CinemaPlan.ZONE, slate, stream)) {
                        SlateEntry entry = slate.get(s.filmId().intValue() - 1);
                        shows.add(new DemoDay.Show(++id, s.filmId(), s.startsAt(), on,
                                s.startsAt().atZone(CinemaPlan.ZONE).getHour(), cinema.tier(), seats, weight(entry, on)));
                    }
                }
            }
        }
        return of(day, shows, model);
    }

    /** The day's figures of these shows (which may include other days' shows: they count in what is bought). */
    static DemoDayReport of(LocalDate day, List<DemoDay.Show> shows, DemoDay model) {
        Map<Long, Double> occupancy = model.occupancies(shows);
        List<Hour> hours = new ArrayList<>();
        int screenings = 0;
        long seats = 0;
        double tickets = 0;
        for (DemoDay.Show s : shows) {
            if (s.day().equals(day)) {
                screenings++;
                seats += s.seats();
                tickets += s.seats() * occupancy.get(s.screeningId());
            }
        }
        for (int h = 0; h < 24; h++) {
            Instant from = day.atTime(h, 0).atZone(CinemaPlan.ZONE).toInstant();
            Instant to = from.plus(1, ChronoUnit.HOURS);
            int starting = 0;
            long startingSeats = 0;
            double startingTickets = 0;
            double board = 0;
            double bought = 0;
            for (DemoDay.Show s : shows) {
                double occ = occupancy.get(s.screeningId());
                if (s.day().equals(day)) {
                    board += model.soldBy(s, occ, to);
                    if (s.localHour() == h) {
                        starting++;
                        startingSeats += s.seats();
                        startingTickets += s.seats() * occ;
                    }
                }
                bought += model.soldBy(s, occ, to) - model.soldBy(s, occ, from);
            }
            hours.add(new Hour(h, starting, startingSeats, startingTickets, seats == 0 ? 0 : board / seats, bought));
        }
        return new DemoDayReport(day, screenings, seats, tickets, hours);
    }

    /** How strongly a film sells on a day: its popularity, fading by 1 + 0.6 x weeks since release (as the screening plan). */
    static double weight(SlateEntry entry, LocalDate day) {
        NewRelease release = entry.film().showing(day);
        if (release == null) {
            return 1;
        }
        long weeks = ChronoUnit.DAYS.between(release.releaseDate(), day) / 7;
        return entry.film().popularity() / (1.0 + 0.6 * weeks);
    }

    /** The report as a table, one line an hour, for a log or a terminal. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Demo day %s (%s): %,d screenings, %,d seats, %,.0f tickets, occupancy %.1f%%; %,.0f orders, busiest hour %.0f orders a minute"
                .formatted(day, day.getDayOfWeek(), screenings, seats, tickets, occupancy() * 100, ordersPerDay(), peakOrdersPerMinute()));
        lines.add("hour  shows starting  seats     tickets  occupancy  | board at end of hour  tickets bought in hour");
        for (Hour h : hours) {
            lines.add("%02d:00 %14d %7d %11.0f %9.1f%%  | %19.1f%%  %22.0f".formatted(h.hour(), h.screenings(), h.seats(), h.tickets(),
                    h.occupancy() * 100, h.boardAtEnd() * 100, h.ticketsBought()));
        }
        return lines;
    }
}
