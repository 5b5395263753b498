package marquee.catalog.internal;

import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.Film;
import marquee.shared.NotFound;
import marquee.shared.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Object-level checks of the catalog's API, on top of the role rules of the one rule table: what the
 * role may do in general, this says whether the object is the caller's. Another tenant's object
 * answers 404 like a missing one, so ids cannot be probed.
 */
@Component
class CatalogAccess {

    private final Catalog catalog;
    private final FilmCache films;

    CatalogAccess(Catalog catalog, FilmCache films) {
        this.catalog = catalog;
        this.films = films;
    }

    /** A film the caller may see: announced, or the caller's distributor's, or any for the operator. */
    Film visibleFilm(long id) {
        Film film = films.film(id, catalog::findFilm).orElseThrow(() -> new NotFound("film", id));
        if (!film.visibleTo(Caller.current())) {
            throw new NotFound("film", id);
        }
        return film;
    }

    /** A film the caller may change: its distributor's staff or the operator. */
    Film ownFilm(long id) {
        Film film = visibleFilm(id);
        if (!caller().mayManage(film.distributorTenantId())) {
            throw new NotFound("film", id);
        }
        return film;
    }

    /** A cinema the caller may change: its chain's managers or the operator. */
    Cinema ownCinema(long id) {
        Cinema cinema = catalog.cinema(id);
        if (!caller().mayManage(cinema.chainTenantId())) {
            throw new NotFound("cinema", id);
        }
        return cinema;
    }

    /** A hall of a cinema the caller may change. */
    void requireOwnHall(long hallId) {
        long cinemaId = catalog.seatMap(hallId).hall().cinemaId();
        if (!caller().mayManage(catalog.cinema(cinemaId).chainTenantId())) {
            throw new NotFound("hall", hallId);
        }
    }

    /** The tenant that owns what the caller creates: their own, or the one the operator names. */
    Long ownerFor(Long requestedByOperator) {
        Caller caller = caller();
        return caller.isOperator() ? requestedByOperator : caller.tenantId();
    }

    private static Caller caller() {
        // The rule table lets only authenticated staff reach the writes; reaching here anonymous is a bug.
        return Caller.current().orElseThrow(() -> new IllegalStateException("no caller"));
    }
}
