package marquee.audience.coldstart;

import java.util.Arrays;

/** Scores every candidate moviegoer for one film; higher means more likely to come. */
interface AudienceRanker {

    String name();

    double[] scores(int film, int[] candidates);

    /** Candidates' user indexes best first, at most k; ties go to the lower user index so runs repeat. */
    default int[] top(int film, int[] candidates, int k) {
        double[] scores = scores(film, candidates);
        Integer[] order = new Integer[candidates.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int byScore = Double.compare(scores[b], scores[a]);
            return byScore != 0 ? byScore : Integer.compare(candidates[a], candidates[b]);
        });
        int n = Math.min(k, order.length);
        int[] top = new int[n];
        for (int i = 0; i < n; i++) {
            top[i] = candidates[order[i]];
        }
        return top;
    }
}
