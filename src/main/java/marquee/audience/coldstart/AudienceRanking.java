package marquee.audience.coldstart;

/**
 * The best moviegoers for one film, best first: {@code moviegoers[i]} is the index of the i-th
 * best moviegoer in the {@link MoviegoerFeatures} it was ranked from, {@code scores[i]} its score.
 */
public record AudienceRanking(int[] moviegoers, float[] scores) {

    public int size() {
        return moviegoers.length;
    }
}
