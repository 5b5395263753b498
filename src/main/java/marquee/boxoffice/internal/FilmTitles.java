package marquee.boxoffice.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.shared.NotFound;
import org.springframework.stereotype.Component;

/** Films of the catalog (titles, release dates, genres, country, distributor) for the box office, looked up once per film. */
@Component
class FilmTitles {

    private final Map<Long, Film> films = new ConcurrentHashMap<>();
    private final Catalog catalog;

    FilmTitles(Catalog catalog) {
        this.catalog = catalog;
    }

    Film film(long filmId) {
        return find(filmId).orElseThrow(() -> new NotFound("film", filmId));
    }

    /** The film; empty when the catalog does not have it (tests and benchmarks count sales of made-up films). */
    Optional<Film> find(long filmId) {
        Film film = films.get(filmId);
        if (film == null) {
            film = catalog.findFilm(filmId).orElse(null);
            if (film == null) {
                return Optional.empty();
            }
            films.put(filmId, film);
        }
        return Optional.of(film);
    }

    /** The display title; sales fed from another seller may name a film the catalog does not have. */
    String title(long filmId) {
        return find(filmId).map(Film::displayTitle).orElse("film " + filmId);
    }
}
