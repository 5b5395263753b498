package marquee.audience.coldstart;

/** Baseline: the most active moviegoers first, whatever the film (number of earlier interactions). */
final class PopularityRanker implements AudienceRanker {

    private final MoviegoerProfiles profiles;

    PopularityRanker(MoviegoerProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public String name() {
        return "popularity";
    }

    @Override
    public double[] scores(int film, int[] candidates) {
        double[] scores = new double[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            scores[i] = profiles.count[candidates[i]];
        }
        return scores;
    }
}
