package marquee.booking.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.Film;
import marquee.catalog.Hall;
import marquee.catalog.Screening;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cinema's sales of one of its days as booking counts them: tickets sold and not refunded (checked in or not), their
 * gross after discounts, and occupancy (tickets over the hall's seats), per screening and for the cinema. Read from
 * the tickets themselves, so the figures move with every sale and refund.
 */
@Component
class CinemaSales {

    /** One screening's sales. {@code occupancyPct} is tickets over the hall's seats, in percent. */
    record ScreeningSales(long screeningId, long filmId, String film, long hallId, String hall, Instant startsAt,
                          String localStart, String startInput, boolean cancelled, int capacity, long tickets, long checkedIn, long grossMinor,
                          double occupancyPct) {}

    /** A cinema's day: its totals and its screenings. Cancelled screenings count no seats. */
    record CinemaDay(long cinemaId, String cinema, String city, LocalDate day, int screenings, long tickets, long checkedIn,
                     long grossMinor, String currency, double occupancyPct, List<ScreeningSales> rows) {}

    /** A start as a datetime-local field writes it, on the cinema's clock. */
    private static final java.time.format.DateTimeFormatter INPUT = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Catalog catalog;
    private final JdbcClient jdbc;
    private final Clock clock;

    CinemaSales(Catalog catalog, JdbcClient jdbc, Clock clock) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The cinema's sales today, on its own clock. */
    @Transactional(readOnly = true)
    CinemaDay today(Cinema cinema) {
        return day(cinema, LocalDate.now(clock.withZone(cinema.timeZone())));
    }

    @Transactional(readOnly = true)
    CinemaDay day(Cinema cinema, LocalDate day) {
        List<Screening> screenings = catalog.cinemaSchedule(cinema.id(), day);
        Map<Long, Hall> halls = catalog.halls(cinema.id()).stream().collect(Collectors.toMap(Hall::id, Function.identity()));
        Map<Long, long[]> sold = sold(screenings.stream().map(Screening::id).toList());
        Map<Long, String> titles = new HashMap<>();
        List<ScreeningSales> rows = screenings.stream().map(s -> {
            long[] figures = sold.getOrDefault(s.id(), new long[3]);
            Hall hall = halls.get(s.hallId());
            String title = titles.computeIfAbsent(s.filmId(), id -> catalog.findFilm(id).map(Film::displayTitle).orElse("#" + id));
            return new ScreeningSales(s.id(), s.filmId(), title, hall.id(), hall.name(), s.startsAt(),
                    s.localStart().toLocalTime().toString(), s.localStart().format(INPUT), s.cancelled(), hall.capacity(), figures[0], figures[1], figures[2],
                    percent(figures[0], hall.capacity()));
        }).toList();
        List<ScreeningSales> on = rows.stream().filter(r -> !r.cancelled()).toList();
        long tickets = rows.stream().mapToLong(ScreeningSales::tickets).sum();
        long seats = on.stream().mapToLong(ScreeningSales::capacity).sum();
        String currency = screenings.isEmpty() ? "CNY" : screenings.getFirst().basePrice().currency();
        return new CinemaDay(cinema.id(), cinema.name(), cinema.city(), day, on.size(), tickets,
                rows.stream().mapToLong(ScreeningSales::checkedIn).sum(), rows.stream().mapToLong(ScreeningSales::grossMinor).sum(),
                currency, percent(tickets, seats), rows);
    }

    /** Per screening: tickets not refunded, of them checked in, and their gross. */
    private Map<Long, long[]> sold(List<Long> screeningIds) {
        Map<Long, long[]> sold = new HashMap<>();
        if (screeningIds.isEmpty()) {
            return sold;
        }
        jdbc.sql("""
                        select screening_id, count(*), sum(case when status = 'CHECKED_IN' then 1 else 0 end), sum(price_minor)
                        from ticket where screening_id in (:ids) and status <> 'REFUNDED' group by screening_id""")
                .param("ids", screeningIds)
                .query(rs -> {
                    sold.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                });
        return sold;
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
