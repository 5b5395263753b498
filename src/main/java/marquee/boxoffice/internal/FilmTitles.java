package marquee.boxoffice.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.shared.NotFound;
import org.springframework.stereotype.Component;

/** Film titles and release dates for rankings, looked up once per film. */
@Component
class FilmTitles {

    private final Map<Long, Film> films = new ConcurrentHashMap<>();
    private final Catalog catalog;

    FilmTitles(Catalog catalog) {
        this.catalog = catalog;
    }

    Film film(long filmId) {
        Film film = films.get(filmId);
        if (film == null) {
            film = catalog.findFilm(filmId).orElseThrow(() -> new NotFound("film", filmId));
            films.put(filmId, film);
        }
        return film;
    }

    /** The display title; sales fed from another seller may name a film the catalog does not have. */
    String title(long filmId) {
        Film film = films.get(filmId);
        if (film == null) {
            film = catalog.findFilm(filmId).orElse(null);
            if (film == null) {
                return "film " + filmId;
            }
            films.put(filmId, film);
        }
        return film.displayTitle();
    }
}
