package marquee.audience;

import java.util.List;
import java.util.Objects;

/** What a distributor knows about a film before anyone has seen it. */
public record Film(String filmId, String title, int year, List<String> genres) {

    public Film {
        Objects.requireNonNull(filmId, "filmId");
        title = title == null ? "" : title;
        genres = List.copyOf(genres);
    }
}
