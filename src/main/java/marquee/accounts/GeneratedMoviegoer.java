package marquee.accounts;

import java.time.LocalDate;
import java.util.List;

/**
 * A moviegoer of a generated population (the demo market): no password, so it cannot sign in,
 * with a profile and the films it has seen.
 */
public record GeneratedMoviegoer(
        String email,
        String displayName,
        int birthYear,
        Gender gender,
        String homeCity,
        List<String> interests,
        boolean marketingConsent,
        List<Viewing> viewings) {

    /** A film seen on a day, rated 1-10 or not rated (null). */
    public record Viewing(long filmId, LocalDate watchedOn, Integer rating) {}
}
