package marquee.boxoffice.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import marquee.catalog.Catalog;
import marquee.catalog.FilmChanged;
import marquee.catalog.Film;
import marquee.shared.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Films of the catalog (titles, release dates, genres, country, distributor) for the box office, looked up once per film and again when it changes. */
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

    /** After the commit: dropped earlier, a reader could cache the old film again before the change is visible. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(FilmChanged change) {
        films.remove(change.filmId());
    }

    /** The display title; sales fed from another seller may name a film the catalog does not have. */
    String title(long filmId) {
        return find(filmId).map(Film::displayTitle).orElse("film " + filmId);
    }
}
