package marquee.catalog;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import marquee.catalog.internal.CinemaStore;
import marquee.catalog.internal.FilmStore;
import marquee.catalog.internal.HallLayout;
import marquee.catalog.internal.ScreeningStore;
import marquee.catalog.internal.Viewer;
import marquee.shared.Conflict;
import marquee.shared.InvalidInput;
import marquee.shared.MarketSettings;
import marquee.shared.NotFound;
import marquee.shared.PageOf;
import marquee.shared.PageRequest;
import marquee.shared.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalog's API for the web layer and for other modules. */
@Service
@Transactional
public class Catalog {

    /** Time to empty and clean a hall after a film, before the next screening may start. */
    public static final Duration TURNAROUND = Duration.ofMinutes(15);

    private final FilmStore films;
    private final CinemaStore cinemas;
    private final ScreeningStore screenings;
    private final ApplicationEventPublisher events;
    private final MarketSettings market;

    Catalog(FilmStore films, CinemaStore cinemas, ScreeningStore screenings, ApplicationEventPublisher events,
            MarketSettings market) {
        this.films = films;
        this.cinemas = cinemas;
        this.screenings = screenings;
        this.events = events;
        this.market = market;
    }

    /** Adds a market-wide film, owned by no distributor. */
    public Film addFilm(NewFilm film) {
        return addFilm(film, null);
    }

    /** Adds a film owned by the distributor tenant {@code distributorTenantId} (null: market-wide). */
    public Film addFilm(NewFilm film, Long distributorTenantId) {
        return film(films.insert(film, distributorTenantId));
    }

    public FilmRelease addRelease(long filmId, NewRelease release) {
        requireFilm(filmId);
        long id = films.insertRelease(filmId, release);
        events.publishEvent(new FilmChanged(filmId));
        return films.releases(filmId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /**
     * Replaces a film's details (titles, genres, runtime, credits...) with {@code film}'s. Its distributor and whether it
     * is announced do not change here: announcing is for good, through {@link #announce}. Screenings already scheduled
     * keep the times they were given.
     */
    public Film changeFilm(long filmId, NewFilm film) {
        if (!films.update(filmId, film)) {
            throw new NotFound("film", filmId);
        }
        events.publishEvent(new FilmChanged(filmId));
        return film(filmId);
    }

    /**
     * Changes a release of the film (its kind, date, formats, note). A release cannot move after the first day it is
     * already screened on: those screenings would play before the film is released (409).
     */
    public FilmRelease changeRelease(long filmId, long releaseId, NewRelease release) {
        requireFilm(filmId);
        if (films.releases(filmId).stream().noneMatch(r -> r.id() == releaseId)) {
            throw new NotFound("release", releaseId);
        }
        films.firstScreeningDay(releaseId).filter(first -> first.isBefore(release.releaseDate())).ifPresent(first -> {
            throw new Conflict("release " + releaseId + " is already screened on " + first
                    + "; it cannot move to a later date than that");
        });
        films.updateRelease(filmId, releaseId, release);
        events.publishEvent(new FilmChanged(filmId));
        return films.releases(filmId).stream().filter(r -> r.id() == releaseId).findFirst().orElseThrow();
    }

    /**
     * Makes a film public: from then on anyone sees it and its screenings, and its seats are sold.
     * Announcing is for good; a film already announced stays as it is.
     */
    public Film announce(long filmId) {
        requireFilm(filmId);
        if (films.announce(filmId)) {
            events.publishEvent(new FilmChanged(filmId));
        }
        return film(filmId);
    }

    @Transactional(readOnly = true)
    public Film film(long id) {
        return films.find(id).orElseThrow(() -> new NotFound("film", id));
    }

    /** The film, or empty: for callers to whom an unknown film is not an error. */
    @Transactional(readOnly = true)
    public Optional<Film> findFilm(long id) {
        return films.find(id);
    }

    /** Announced films only: the public listing. */
    @Transactional(readOnly = true)
    public PageOf<Film> films(FilmFilter filter, PageRequest page) {
        return films.page(filter, page, new Viewer(null));
    }

    /** The films the caller may see: announced ones, and its own distributor's not yet announced (the operator: all). */
    @Transactional(readOnly = true)
    public PageOf<Film> films(Optional<Caller> caller, FilmFilter filter, PageRequest page) {
        return films.page(filter, page, Viewer.of(caller));
    }

    public Cinema addCinema(NewCinema cinema) {
        return addCinema(cinema, null);
    }

    /** Adds a cinema run by the cinema chain tenant {@code chainTenantId} (null: not assigned). */
    public Cinema addCinema(NewCinema cinema, Long chainTenantId) {
        zone(cinema.timeZone());
        return cinema(cinemas.insert(cinema, chainTenantId));
    }

    @Transactional(readOnly = true)
    public Cinema cinema(long id) {
        return cinemas.find(id).orElseThrow(() -> new NotFound("cinema", id));
    }

    /** The cinema, or empty: for callers to whom an unknown cinema is not an error (a feed naming one). */
    @Transactional(readOnly = true)
    public Optional<Cinema> findCinema(long id) {
        return cinemas.find(id);
    }

    @Transactional(readOnly = true)
    public PageOf<Cinema> cinemas(CinemaFilter filter, PageRequest page) {
        return cinemas.page(filter, page);
    }

    @Transactional(readOnly = true)
    public List<City> cities() {
        return cinemas.cities();
    }

    public Hall addHall(long cinemaId, NewHall hall) {
        cinema(cinemaId);
        long id = cinemas.insertHall(cinemaId, hall.name(), HallLayout.parse(hall.layout()));
        return cinemas.hall(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Hall> halls(long cinemaId) {
        cinema(cinemaId);
        return cinemas.halls(cinemaId);
    }

    /** Every hall of every cinema, by cinema: for planners that look at the whole market at once. */
    @Transactional(readOnly = true)
    public List<Hall> allHalls() {
        return cinemas.allHalls();
    }

    /**
     * Which hall is taken when, for screenings on cinema-local days {@code from} to {@code to} (the day before
     * {@code from} included, since a late show runs past midnight). Kept in memory between calls until a screening
     * changes (on another instance: for up to 30 s), so a caller that plans on it must still expect {@link #schedule}
     * to refuse an overlap.
     */
    @Transactional(readOnly = true)
    public HallTimetable timetable(LocalDate from, LocalDate to) {
        return screenings.timetable(from.minusDays(1), to);
    }

    @Transactional(readOnly = true)
    public SeatMap seatMap(long hallId) {
        return cinemas.seatMap(hallId).orElseThrow(() -> new NotFound("hall", hallId));
    }

    /** Schedules one screening; refuses (409) one that overlaps another in the same hall. */
    public Screening schedule(NewScreening request) {
        Hall hall = cinemas.lockHall(request.hallId()).orElseThrow(() -> new NotFound("hall", request.hallId()));
        ScreeningStore.Row row = new Lookups().settle(request, hall);
        if (screenings.overlaps(hall.id(), row.startsAt(), row.endsAt())) {
            throw new Conflict("hall " + hall.id() + " already has a screening between "
                    + row.startsAt() + " and " + row.endsAt());
        }
        return screening(screenings.insert(row));
    }

    /**
     * Leaves a screening out of public listings: an invitation-only preview. The chain that runs it, its film's
     * distributor and the operator still list it; anyone may still open it by its id (booking decides who may buy).
     */
    public void unlist(long screeningId) {
        if (!screenings.unlist(screeningId)) {
            throw new NotFound("screening", screeningId);
        }
    }

    /**
     * Stores many screenings at once without the overlap check: for the demo market and importers,
     * which lay out each hall's day themselves. Returns how many were stored.
     */
    public int scheduleInBulk(List<NewScreening> requests) {
        Lookups lookups = new Lookups();
        List<ScreeningStore.Row> rows = requests.stream().map(r -> lookups.settle(r, lookups.hall(r.hallId()))).toList();
        screenings.insertAll(rows);
        return rows.size();
    }

    /**
     * Moves a screening that is still on to another start in its hall; refuses (409) one that would overlap another
     * or that was cancelled. Only for booking, which first makes sure nobody has bought or holds a seat of it
     * ({@code marquee.booking.ScreeningChanges}): a sold ticket's time never changes under its buyer.
     */
    public Screening move(long screeningId, Instant startsAt) {
        Screening screening = screening(screeningId);
        Hall hall = cinemas.lockHall(screening.hallId()).orElseThrow();
        if (screenings.isCancelled(screeningId)) {
            throw new Conflict("screening " + screeningId + " was cancelled; it cannot be moved");
        }
        Film film = film(screening.filmId());
        Instant endsAt = startsAt.plus(Duration.ofMinutes(film.runtimeMin())).plus(TURNAROUND);
        if (screenings.overlaps(hall.id(), startsAt, endsAt, screeningId)) {
            throw new Conflict("hall " + hall.id() + " already has a screening between " + startsAt + " and " + endsAt);
        }
        screenings.move(screeningId, startsAt, endsAt, startsAt.atZone(screening.timeZone()).toLocalDate());
        return screening(screeningId);
    }

    /**
     * Marks a screening cancelled: it leaves the listings and frees its hall's time. Only for booking, which refunds
     * its tickets in the same transaction ({@code marquee.booking.ScreeningChanges}). False when it was cancelled already.
     */
    public boolean markCancelled(long screeningId, Instant at, String reason) {
        screening(screeningId);
        return screenings.cancel(screeningId, at, reason);
    }

    /** Whether the screening was cancelled, read from the store (a screening's other facts may be cached, this never). */
    @Transactional(readOnly = true)
    public boolean isCancelled(long screeningId) {
        return screenings.isCancelled(screeningId);
    }

    /** The cinema's screenings on its local day, cancelled ones included: the schedule its manager works on. */
    @Transactional(readOnly = true)
    public List<Screening> cinemaSchedule(long cinemaId, LocalDate day) {
        return screenings.ofCinemaOn(cinemaId, day);
    }

    /** The cinemas a chain tenant runs, by id. */
    @Transactional(readOnly = true)
    public List<Cinema> cinemasOfChain(long chainTenantId) {
        return cinemas.ofChain(chainTenantId);
    }

    @Transactional(readOnly = true)
    public Screening screening(long id) {
        return screenings.find(id).orElseThrow(() -> new NotFound("screening", id));
    }

    /** Every screening the filter names, whatever its film: for modules that check visibility themselves. */
    @Transactional(readOnly = true)
    public PageOf<Screening> screenings(ScreeningFilter filter, PageRequest page) {
        return screenings.page(filter, page, null);
    }

    /**
     * The screenings the caller may see: those of announced films, and of its own distributor's films (the
     * operator: all). Nobody learns from a listing what an unannounced film is or where it will play.
     */
    @Transactional(readOnly = true)
    public PageOf<Screening> screenings(Optional<Caller> caller, ScreeningFilter filter, PageRequest page) {
        return screenings.page(filter, page, Viewer.of(caller));
    }

    /** The next {@code perFilm} screenings of every film in the city from {@code from} on: a city's "now showing". */
    @Transactional(readOnly = true)
    public List<Screening> nextScreenings(String city, Instant from, int perFilm) {
        return screenings.nextPerFilm(city, from, perFilm);
    }

    /** Screenings and seats offered per film and cinema on a cinema-local day. */
    @Transactional(readOnly = true)
    public List<ScreeningSupply> supply(LocalDate day) {
        return screenings.supply(day);
    }

    /** Whether the catalog has no films yet: a new store, into which the demo market may be seeded. */
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return films.count() == 0;
    }

    @Transactional(readOnly = true)
    public CatalogSize size() {
        return new CatalogSize(films.count(), cinemas.count("cinema"), cinemas.count("hall"), cinemas.count("seat"),
                screenings.count());
    }

    /** Settles a screening's derived fields (end, local day, release), remembering what it looked up. */
    private final class Lookups {
        private final Map<Long, Film> filmsById = new HashMap<>();
        private final Map<Long, Hall> hallsById = new HashMap<>();
        private final Map<Long, ZoneId> zonesByCinema = new HashMap<>();

        Hall hall(long id) {
            return hallsById.computeIfAbsent(id, k -> cinemas.hall(k).orElseThrow(() -> new NotFound("hall", k)));
        }

        ScreeningStore.Row settle(NewScreening request, Hall hall) {
            Film film = filmsById.computeIfAbsent(request.filmId(), Catalog.this::film);
            ZoneId zone = zonesByCinema.computeIfAbsent(hall.cinemaId(), k -> cinema(k).timeZone());
            LocalDate localDay = request.startsAt().atZone(zone).toLocalDate();
            FilmRelease release = release(film, request.releaseId(), localDay);
            return new ScreeningStore.Row(hall.id(), film.id(), release.id(), request.startsAt(),
                    request.startsAt().plus(Duration.ofMinutes(film.runtimeMin())).plus(TURNAROUND), localDay,
                    request.format(), request.language(), request.basePriceMinor(),
                    request.currency() != null ? request.currency() : market.currency());
        }
    }

    private static FilmRelease release(Film film, Long releaseId, LocalDate day) {
        if (releaseId != null) {
            return film.releases().stream().filter(r -> r.id() == releaseId).findFirst()
                    .orElseThrow(() -> new InvalidInput("releaseId", "is not a release of film " + film.id()));
        }
        return film.releases().stream()
                .filter(r -> !r.releaseDate().isAfter(day))
                .max(Comparator.comparing(FilmRelease::releaseDate))
                .orElseThrow(() -> new InvalidInput("filmId", "film " + film.id() + " has no release on or before " + day));
    }

    private void requireFilm(long filmId) {
        if (!films.exists(filmId)) {
            throw new NotFound("film", filmId);
        }
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InvalidInput("timeZone", "is not a known time zone (use an IANA name such as Asia/Shanghai)");
        }
    }
}
