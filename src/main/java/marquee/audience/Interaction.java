package marquee.audience;

import java.time.Instant;
import java.util.Objects;

/**
 * One moviegoer's contact with a film (a rating, a purchase, a want-to-see mark).
 *
 * @param rating the score given, or {@code null} when the contact carries none
 */
public record Interaction(String userId, String filmId, Double rating, Instant ratedAt) {

    public Interaction {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(filmId, "filmId");
        Objects.requireNonNull(ratedAt, "ratedAt");
    }
}
