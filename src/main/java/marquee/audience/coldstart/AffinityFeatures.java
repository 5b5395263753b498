package marquee.audience.coldstart;

import java.util.List;

/**
 * Turns a moviegoer's profile and a not-yet-rated film's metadata into the numbers the
 * cold-start model weighs. Kept to three on purpose: on the tuning backtest, adding total
 * activity, days since the last interaction, tenure, title words (franchises), genre-Jaccard
 * neighbours, mean popularity of the films rated or a week-scale activity did not help or made
 * the regression rank worse (they mostly restate "is active").
 */
final class AffinityFeatures {

    static final List<String> NAMES = List.of("log_same_era_activity", "genre_lift", "log_early_same_era");

    /** Pseudo-count pulling a light user's genre mix towards the market's. */
    private static final double GENRE_PRIOR = 3;

    private final MoviegoerProfiles profiles;

    AffinityFeatures(MoviegoerProfiles profiles) {
        this.profiles = profiles;
    }

    static int size() {
        return NAMES.size();
    }

    /** One row per given user, for one film. */
    double[][] rows(int film, int[] users) {
        Catalog catalog = profiles.history.catalog();
        int[] genres = catalog.genres(film);
        int era = profiles.era(catalog.year(film));
        double[][] rows = new double[users.length][];
        for (int i = 0; i < users.length; i++) {
            int u = users[i];
            rows[i] = new double[] {
                // Propensity to watch films of this film's era lately: for a new film, the new-release habit.
                Math.log1p(profiles.eraActivity[era][u]),
                genreLift(u, genres),
                // Seeing such films while they are new: the cinema-going habit a release's audience has.
                Math.log1p(profiles.eraEarly[era][u]),
            };
        }
        return rows;
    }

    /** Mean over the film's genres of log(user's smoothed share of the genre / market share). */
    private double genreLift(int u, int[] genres) {
        if (genres.length == 0) {
            return 0;
        }
        double sum = 0;
        for (int g : genres) {
            double market = profiles.genreShare[g];
            double own = (profiles.genreTaste[u][g] + GENRE_PRIOR * market) / (profiles.tasteTotal[u] + GENRE_PRIOR);
            sum += Math.log(own / market);
        }
        return sum / genres.length;
    }
}
