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

/**
 * Films of the catalog (titles, release dates, genres, country, distributor) for the box office, looked up once per
 * film and again when it changes here, or after a minute: a change made on another instance of a cluster sends no
 * {@link FilmChanged} to this one.
 */
@Component
class FilmTitles {

    private static final long KEEP_NANOS = 60_000_000_000L;

    private record Kept(Film film, long sinceNanos) {}

    private final Map<Long, Kept> films = new ConcurrentHashMap<>();
    private final Catalog catalog;

    FilmTitles(Catalog catalog) {
        this.catalog = catalog;
    }

    Film film(long filmId) {
        return find(filmId).orElseThrow(() -> new NotFound("film", filmId));
    }

    /** The film; empty when the catalog does not have it (tests and benchmarks count sales of made-up films). */
    Optional<Film> find(long filmId) {
        Kept kept = films.get(filmId);
        long now = System.nanoTime();
        if (kept == null || now - kept.sinceNanos() > KEEP_NANOS) {
            Film film = catalog.findFilm(filmId).orElse(null);
            if (film == null) {
                return Optional.empty();
            }
            kept = new Kept(film, now);
            films.put(filmId, kept);
        }
        return Optional.of(kept.film());
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
