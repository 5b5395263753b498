package marquee.audience.coldstart;

/**
 * Not a model: a reference that looks into the test period. It puts first everyone who rates any
 * new release (a film of the cutoff's year or later) after the cutoff, and orders within that group
 * and the rest by the model. No ranking that only weighs how much and how recently each person
 * watches can beat it, so the gap between it and the recent-new-release baseline is the most that
 * a better activity estimate could add; anything beyond must come from knowing which film a
 * person wants, which is what genres, year and title carry for a film nobody has seen.
 */
final class FutureNewReleaseRaters implements AudienceRanker {

    private final AudienceRanker model;
    private final boolean[] ratesNewRelease;

    FutureNewReleaseRaters(MoviegoerProfiles profiles, AudienceRanker model) {
        this.model = model;
        History history = profiles.history;
        ratesNewRelease = new boolean[history.userCount()];
        for (int i = profiles.end; i < history.size(); i++) {
            if (profiles.era(history.catalog().year(history.film(i))) == 0) {
                ratesNewRelease[history.user(i)] = true;
            }
        }
    }

    @Override
    public String name() {
        return "ceiling (uses future)";
    }

    @Override
    public double[] scores(int film, int[] candidates) {
        double[] scores = model.scores(film, candidates);
        double spread = 1;
        for (double s : scores) {
            spread = Math.max(spread, Math.abs(s));
        }
        for (int i = 0; i < candidates.length; i++) {
            if (ratesNewRelease[candidates[i]]) {
                scores[i] += 4 * spread;
            }
        }
        return scores;
    }
}
