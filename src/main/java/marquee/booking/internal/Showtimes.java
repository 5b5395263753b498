package marquee.booking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import marquee.catalog.Catalog;
import java.util.Set;
import marquee.booking.ScreeningAdmission;
import marquee.catalog.Cinema;
import marquee.catalog.Film;
import marquee.catalog.Screening;
import marquee.catalog.ScreeningFilter;
import marquee.shared.PageRequest;

/**
 * The screenings of a film in a city that are still to come, each with its cinema. One per page view:
 * it remembers the cinemas and films it has looked up, as a city's showtimes share a few cinemas. Screenings closed
 * to the viewer (invitation-only previews they are not invited to) are left out.
 */
final class Showtimes {

    private final Catalog catalog;
    private final Instant now;
    private final ScreeningAdmission admission;
    private final Long viewerId;
    private final Map<Long, Cinema> cinemas = new HashMap<>();
    private final Map<Long, Film> films = new HashMap<>();

    Showtimes(Catalog catalog, Instant now, ScreeningAdmission admission, Long viewerId) {
        this.catalog = catalog;
        this.now = now;
        this.admission = admission;
        this.viewerId = viewerId;
    }

    /** The next {@code perFilm} showtimes of every film in the city, by film, soonest first. */
    Map<Long, List<Showtime>> nextByFilm(String city, int perFilm) {
        return open(catalog.nextScreenings(city, now, perFilm)).stream().map(this::showtime)
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
        return open(catalog.screenings(filter, new PageRequest(0, count)).items()).stream().map(this::showtime).toList();
    }

    /** A screening the moviegoer is invited to, with its film (invitations span films and cities). */
    record Invitation(Film film, Showtime showtime) {}

    /** The screenings the moviegoer is invited to that are still to come, soonest first. */
    List<Invitation> invitations() {
        if (viewerId == null) {
            return List.of();
        }
        return admission.invitations(viewerId).stream().map(catalog::screening)
                .filter(s -> s.startsAt().isAfter(now)).sorted(java.util.Comparator.comparing(Screening::startsAt))
                .map(this::showtime).map(s -> new Invitation(films.get(s.screening().filmId()), s)).toList();
    }

    private List<Screening> open(List<Screening> screenings) {
        if (screenings.isEmpty()) {
            return screenings;
        }
        Set<Long> closed = admission.closed(screenings.stream().map(Screening::id).toList(), viewerId);
        return closed.isEmpty() ? screenings : screenings.stream().filter(s -> !closed.contains(s.id())).toList();
    }

    Showtime showtime(Screening screening) {
        Film film = films.computeIfAbsent(screening.filmId(), catalog::film);
        return new Showtime(screening, cinemas.computeIfAbsent(screening.cinemaId(), catalog::cinema), presale(film, screening));
    }

    /** Before the date of the release it belongs to (a preview belongs to the film's first release). */
    static boolean presale(Film film, Screening screening) {
        return film.releases().stream().filter(r -> r.id() == screening.releaseId()).findFirst()
                .map(r -> screening.localStart().toLocalDate().isBefore(r.releaseDate())).orElse(false);
    }
}
