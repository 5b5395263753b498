package marquee.catalog.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import marquee.catalog.Film;
import marquee.catalog.FilmChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Films as the catalog's API reads them ({@code GET /api/films/{id}}, its releases, the film check of a screening),
 * kept in memory between reads. Who may see a film is still decided on every request ({@link CatalogAccess}).
 *
 * <p>Why: the storefront asks for the same few films again and again, and each read was a read-only transaction of its
 * own with three queries (the film, its credits, its releases), about a fifth of the request's CPU. A film changes
 * rarely, and always through the catalog, which publishes {@link FilmChanged}: such a change on this instance drops
 * what is kept at once and again when its transaction ends, and while it is under way nothing is kept or served from
 * here (a reader must neither see nor keep a film that is not committed yet). A change made on another instance of a
 * cluster sends no event here: a film kept is read again after at most {@link #FRESH}, so the other instances show it
 * within that time. A film that does not exist is never kept, so a film just added is found at once.
 */
@Component
class FilmCache {

    static final Duration FRESH = Duration.ofSeconds(10);
    /** Films kept at most; beyond, everything is read again (the demo market has a few hundred). */
    private static final int MAX_FILMS = 10_000;

    /** A film as read, with the version of the catalog's films it was read at and when. */
    private record Kept(long version, long readAtNanos, Film film) {}

    private final AtomicLong version = new AtomicLong();
    /** Changes whose transaction has not ended yet. */
    private final AtomicInteger changing = new AtomicInteger();
    private final Map<Long, Kept> films = new ConcurrentHashMap<>();

    /** The film {@code id}, kept or read with {@code read} (empty: no such film). */
    Optional<Film> film(long id, LongFunction<Optional<Film>> read) {
        // The version before the check of changes under way: a change that starts after it makes what is read now stale.
        long current = version.get();
        if (changing.get() > 0) {
            return read.apply(id);
        }
        long now = System.nanoTime();
        Kept kept = films.get(id);
        if (kept != null && kept.version() == current && now - kept.readAtNanos() < FRESH.toNanos()) {
            return Optional.of(kept.film());
        }
        Optional<Film> film = read.apply(id);
        if (film.isPresent()) {
            if (films.size() >= MAX_FILMS) {
                films.clear();
            }
            films.put(id, new Kept(current, now, film.get()));
        }
        return film;
    }

    /** Published inside the changing transaction (or after an autocommitted change), before its commit. */
    @EventListener
    void on(FilmChanged change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            forget();
            return;
        }
        changing.incrementAndGet();
        forget();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                forget();
                changing.decrementAndGet();
            }
        });
    }

    private void forget() {
        version.incrementAndGet();
        films.clear();
    }
}
