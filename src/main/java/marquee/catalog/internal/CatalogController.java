package marquee.catalog.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.CinemaFilter;
import marquee.catalog.City;
import marquee.catalog.Film;
import marquee.catalog.FilmFilter;
import marquee.catalog.FilmRelease;
import marquee.catalog.Hall;
import marquee.catalog.NewCinema;
import marquee.catalog.NewFilm;
import marquee.catalog.NewHall;
import marquee.catalog.NewRelease;
import marquee.catalog.NewScreening;
import marquee.catalog.Screening;
import marquee.catalog.ScreeningFilter;
import marquee.catalog.SeatMap;
import marquee.shared.NotFound;
import marquee.shared.PageOf;
import marquee.shared.PageRequest;
import marquee.shared.security.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalog's JSON API. */
@RestController
@RequestMapping("/api")
@Tag(name = "Catalog", description = "Films, releases, cinemas, halls with seat maps, screenings")
class CatalogController {

    private final Catalog catalog;
    private final CatalogAccess access;

    CatalogController(Catalog catalog, CatalogAccess access) {
        this.catalog = catalog;
        this.access = access;
    }

    @GetMapping("/films")
    PageOf<Film> films(@RequestParam(required = false) String q,
                       @RequestParam(required = false) String genre,
                       @RequestParam(required = false) String city,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                       @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "20") int size) {
        return catalog.films(Caller.current(), new FilmFilter(q, genre, city, date), new PageRequest(page, size));
    }

    @GetMapping("/films/{id}")
    Film film(@PathVariable long id) {
        return access.visibleFilm(id);
    }

    /** A distributor's film is its own; the operator may name the distributor (or none: market-wide). */
    @PostMapping("/films")
    ResponseEntity<Film> addFilm(@Valid @RequestBody NewFilm film, @RequestParam(required = false) Long distributor) {
        Film created = catalog.addFilm(film, access.ownerFor(distributor));
        return ResponseEntity.created(URI.create("/api/films/" + created.id())).body(created);
    }

    /**
     * Replaces the film's details and credits (the body as for POST /films; its "announced" is ignored: announcing has
     * its own call and is for good). Its distributor or the operator; another tenant's film answers 404.
     */
    @PutMapping("/films/{id}")
    Film changeFilm(@PathVariable long id, @Valid @RequestBody NewFilm film) {
        access.ownFilm(id);
        return catalog.changeFilm(id, film);
    }

    @GetMapping("/films/{id}/releases")
    List<FilmRelease> releases(@PathVariable long id) {
        return access.visibleFilm(id).releases();
    }

    @PostMapping("/films/{id}/releases")
    ResponseEntity<FilmRelease> addRelease(@PathVariable long id, @Valid @RequestBody NewRelease release) {
        access.ownFilm(id);
        FilmRelease created = catalog.addRelease(id, release);
        return ResponseEntity.created(URI.create("/api/films/" + id + "/releases")).body(created);
    }

    /** Changes one release of the film; 409 when it would move after a day it is already screened on. */
    @PutMapping("/films/{id}/releases/{releaseId}")
    FilmRelease changeRelease(@PathVariable long id, @PathVariable long releaseId, @Valid @RequestBody NewRelease release) {
        access.ownFilm(id);
        return catalog.changeRelease(id, releaseId, release);
    }

    /** The film's distributor makes it public; until then only it and the operator see the film. */
    @PostMapping("/films/{id}/announcement")
    Film announce(@PathVariable long id) {
        access.ownFilm(id);
        return catalog.announce(id);
    }

    @GetMapping("/cities")
    List<City> cities() {
        return catalog.cities();
    }

    @GetMapping("/cinemas")
    PageOf<Cinema> cinemas(@RequestParam(required = false) String city,
                           @RequestParam(required = false) String province,
                           @RequestParam(required = false) Integer tier,
                           @RequestParam(required = false) String chain,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size) {
        return catalog.cinemas(new CinemaFilter(city, province, tier, chain), new PageRequest(page, size));
    }

    @GetMapping("/cinemas/{id}")
    Cinema cinema(@PathVariable long id) {
        return catalog.cinema(id);
    }

    /** A chain's cinema is its own; the operator may name the chain tenant. */
    @PostMapping("/cinemas")
    ResponseEntity<Cinema> addCinema(@Valid @RequestBody NewCinema cinema, @RequestParam(required = false) Long chainTenant) {
        Cinema created = catalog.addCinema(cinema, access.ownerFor(chainTenant));
        return ResponseEntity.created(URI.create("/api/cinemas/" + created.id())).body(created);
    }

    @GetMapping("/cinemas/{id}/halls")
    List<Hall> halls(@PathVariable long id) {
        return catalog.halls(id);
    }

    @PostMapping("/cinemas/{id}/halls")
    ResponseEntity<SeatMap> addHall(@PathVariable long id, @Valid @RequestBody NewHall hall) {
        access.ownCinema(id);
        Hall created = catalog.addHall(id, hall);
        return ResponseEntity.created(URI.create("/api/halls/" + created.id())).body(catalog.seatMap(created.id()));
    }

    @GetMapping("/halls/{id}")
    SeatMap seatMap(@PathVariable long id) {
        return catalog.seatMap(id);
    }

    @GetMapping("/screenings")
    PageOf<Screening> screenings(@RequestParam(required = false) Long film,
                                 @RequestParam(required = false) Long cinema,
                                 @RequestParam(required = false) String city,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "20") int size) {
        if (film != null) {
            access.visibleFilm(film);
        }
        return catalog.screenings(Caller.current(), new ScreeningFilter(film, cinema, city, date), new PageRequest(page, size));
    }

    /** A screening of an unannounced film is as private as the film. */
    @GetMapping("/screenings/{id}")
    Screening screening(@PathVariable long id) {
        Screening screening = catalog.screening(id);
        if (!catalog.film(screening.filmId()).visibleTo(Caller.current())) {
            throw new NotFound("screening", id);
        }
        return screening;
    }

    @PostMapping("/screenings")
    ResponseEntity<Screening> schedule(@Valid @RequestBody NewScreening screening) {
        access.requireOwnHall(screening.hallId());
        access.visibleFilm(screening.filmId());
        Screening created = catalog.schedule(screening);
        return ResponseEntity.created(URI.create("/api/screenings/" + created.id())).body(created);
    }
}
