package marquee.booking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.Screening;
import marquee.catalog.ScreeningFilter;
import marquee.shared.PageRequest;

/**
 * The screenings of a film in a city that are still to come, each with its cinema. One per page view:
 * it remembers the cinemas it has looked up, as a city's showtimes share a few cinemas.
 */
final class Showtimes {

    private final Catalog catalog;
    private final Instant now;
    private final Map<Long, Cinema> cinemas = new HashMap<>();

    Showtimes(Catalog catalog, Instant now) {
        this.catalog = catalog;
        this.now = now;
    }

    /** The next {@code perFilm} showtimes of every film in the city, by film, soonest first. */
    Map<Long, List<Showtime>> nextByFilm(String city, int perFilm) {
        return catalog.nextScreenings(city, now, perFilm).stream().map(this::showtime)
                .collect(Collectors.groupingBy(s -> s.screening().filmId()));
    }

    /** The film's next {@code count} showtimes in the city, soonest first. */
    List<Showtime> next(long filmId, String city, int count) {
        return find(new ScreeningFilter(filmId, null, city, null, now), count);
    }

    /** The film's showtimes in the city on a cinema-local day (today: those not yet started), by cinema. */
    Map<Cinema, List<Showtime>> onDayByCinema(long filmId, String city, LocalDate day) {
        return find(new ScreeningFilter(filmId, null, city, day, now), PageRequest.MAX_SIZE).stream()
                .collect(Collectors.groupingBy(Showtime::cinema, LinkedHashMap::new, Collectors.toList()));
    }

    private List<Showtime> find(ScreeningFilter filter, int count) {
        return catalog.screenings(filter, new PageRequest(0, count)).items().stream().map(this::showtime).toList();
    }

    private Showtime showtime(Screening screening) {
        return new Showtime(screening, cinemas.computeIfAbsent(screening.cinemaId(), catalog::cinema));
    }
}
