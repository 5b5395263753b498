package marquee.catalog;

/**
 * A film was announced or given another release. Modules that keep films in memory (the box office's
 * titles) drop their copy; the catalog stays the one source of truth.
 */
public record FilmChanged(long filmId) {
}
