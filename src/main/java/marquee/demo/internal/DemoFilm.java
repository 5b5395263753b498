package marquee.demo.internal;

import java.time.LocalDate;
import java.util.List;
import marquee.catalog.NewFilm;
import marquee.catalog.NewRelease;

/**
 * A film of the demo slate: what the catalog stores, its releases, how strongly it sells, and the
 * name of the demo distributor that owns it (blank: market-wide).
 */
record DemoFilm(NewFilm film, List<NewRelease> releases, double popularity, String distributor) {

    /** The genres and tags of the film in lower case: what a moviegoer's interests are matched against. */
    List<String> words() {
        return java.util.stream.Stream.concat(film.genres().stream(), film.tags().stream()).map(String::toLowerCase).toList();
    }

    /** The release the market is showing on {@code day}, or null when it has not opened yet. */
    NewRelease showing(LocalDate day) {
        NewRelease current = null;
        for (NewRelease release : releases) {
            if (!release.releaseDate().isAfter(day)) {
                current = release;
            }
        }
        return current;
    }
}
