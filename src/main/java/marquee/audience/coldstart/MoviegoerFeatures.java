package marquee.audience.coldstart;

import java.util.List;
import java.util.Objects;

/**
 * Per-moviegoer inputs of the cold-start score, struct-of-arrays so a million moviegoers fit in a
 * few flat primitive arrays and are scanned at memory speed. Index i is the same moviegoer in every
 * array.
 *
 * @param newReleaseActivity log(1 + decayed count of their interactions with this year's films)
 * @param earlyNewReleases   log(1 + decayed count of this year's films they rated within 30 days of release)
 * @param genreLift          {@code genreLift[g][i]}: log of their smoothed share of genre g over the market's
 * @param genres             genre names, in the order of {@code genreLift}
 */
public record MoviegoerFeatures(float[] newReleaseActivity, float[] earlyNewReleases, float[][] genreLift,
        List<String> genres) {

    public MoviegoerFeatures {
        Objects.requireNonNull(newReleaseActivity);
        Objects.requireNonNull(earlyNewReleases);
        genres = List.copyOf(genres);
        int n = newReleaseActivity.length;
        if (earlyNewReleases.length != n || genreLift.length != genres.size()) {
            throw new IllegalArgumentException("feature arrays disagree on the number of moviegoers or genres");
        }
        for (float[] lift : genreLift) {
            if (lift.length != n) {
                throw new IllegalArgumentException("every genre needs one lift per moviegoer");
            }
        }
    }

    public int size() {
        return newReleaseActivity.length;
    }
}
