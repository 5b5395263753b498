package marquee.demo.internal;

import java.time.LocalDate;
import java.util.List;
import marquee.catalog.NewFilm;
import marquee.catalog.NewRelease;

/** A film of the demo slate: what the catalog stores, its releases, and how strongly it sells. */
record DemoFilm(NewFilm film, List<NewRelease> releases, double popularity) {

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
