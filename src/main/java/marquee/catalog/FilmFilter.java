package marquee.catalog;

import java.time.LocalDate;

/** Which films to list: any of the fields may be null, meaning "any". City and date select films showing there and then. */
public record FilmFilter(String text, String genre, String city, LocalDate date) {

    public static FilmFilter any() {
        return new FilmFilter(null, null, null, null);
    }
}
