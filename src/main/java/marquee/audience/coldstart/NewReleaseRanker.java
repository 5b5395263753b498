package marquee.audience.coldstart;

/**
 * Baseline: people who keep watching this year's films. Score = Σ over the user's interactions
 * with films whose year is the cutoff's year of 0.5^(age in days / 30); ties are broken by the
 * number of earlier interactions. The same list for every film.
 */
final class NewReleaseRanker implements AudienceRanker {

    static final double HALF_LIFE_DAYS = 30;

    private final double[] score;
    private final MoviegoerProfiles profiles;

    NewReleaseRanker(MoviegoerProfiles profiles) {
        this.profiles = profiles;
        History history = profiles.history;
        score = new double[history.userCount()];
        for (int i = 0; i < profiles.end; i++) {
            if (history.catalog().year(history.film(i)) == profiles.cutoffYear) {
                double ageDays = (profiles.cutoff - history.time(i)) / MoviegoerProfiles.DAY;
                score[history.user(i)] += MoviegoerProfiles.decay(ageDays, HALF_LIFE_DAYS);
            }
        }
    }

    @Override
    public String name() {
        return "recent new-release";
    }

    @Override
    public double[] scores(int film, int[] candidates) {
        double[] scores = new double[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            int u = candidates[i];
            // The count term is below 1e-6 per interaction, so it only breaks ties.
            scores[i] = score[u] + 1e-7 * profiles.count[u];
        }
        return scores;
    }
}
