package marquee.audience.coldstart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Scores every moviegoer for a film with the cold-start model's linear form and keeps the top K,
 * in one pass and without sorting everyone: a bounded min-heap only does work for the few
 * moviegoers that beat the current K-th best.
 * <p>score = activity × newReleaseActivity + early × earlyNewReleases + genre × mean lift over the film's genres
 */
public final class AudienceScorer {

    /**
     * Weights of the cold-start model trained at the 2013-06-01 cutoff of the MovieTweetings snapshot, in raw
     * feature units (each standardised weight divided by its feature's spread); a starting point until the
     * platform trains on its own data.
     */
    public static final AudienceScorer MOVIETWEETINGS_2013 = new AudienceScorer(0.6839, 0.3436, 1.2038);

    private final double activityWeight;
    private final double genreWeight;
    private final double earlyWeight;

    public AudienceScorer(double activityWeight, double genreWeight, double earlyWeight) {
        this.activityWeight = activityWeight;
        this.genreWeight = genreWeight;
        this.earlyWeight = earlyWeight;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "AudienceScorer[activity=%.4f, genre=%.4f, early=%.4f]",
                activityWeight, genreWeight, earlyWeight);
    }

    /** The K moviegoers most likely to come to a film of the given genres (unknown genres are ignored). */
    public AudienceRanking topK(Collection<String> filmGenres, MoviegoerFeatures moviegoers, int k) {
        if (k <= 0) {
            throw new IllegalArgumentException("k must be positive: " + k);
        }
        float[][] lifts = liftsOf(filmGenres, moviegoers);
        float a = (float) activityWeight;
        float e = (float) earlyWeight;
        float g = lifts.length == 0 ? 0 : (float) (genreWeight / lifts.length);
        float[] activity = moviegoers.newReleaseActivity();
        float[] early = moviegoers.earlyNewReleases();
        TopK top = new TopK(Math.min(k, moviegoers.size()));
        for (int i = 0; i < activity.length; i++) {
            float lift = 0;
            for (float[] genre : lifts) {
                lift += genre[i];
            }
            top.offer(i, a * activity[i] + e * early[i] + g * lift);
        }
        return top.ranking();
    }

    /** Every moviegoer's score, in moviegoer order (for callers that need all of them). */
    public float[] scoresOf(Collection<String> filmGenres, MoviegoerFeatures moviegoers) {
        float[][] lifts = liftsOf(filmGenres, moviegoers);
        float a = (float) activityWeight;
        float e = (float) earlyWeight;
        float g = lifts.length == 0 ? 0 : (float) (genreWeight / lifts.length);
        float[] activity = moviegoers.newReleaseActivity();
        float[] early = moviegoers.earlyNewReleases();
        float[] scores = new float[activity.length];
        for (int i = 0; i < activity.length; i++) {
            float lift = 0;
            for (float[] genre : lifts) {
                lift += genre[i];
            }
            scores[i] = a * activity[i] + e * early[i] + g * lift;
        }
        return scores;
    }

    private static float[][] liftsOf(Collection<String> filmGenres, MoviegoerFeatures moviegoers) {
        List<float[]> lifts = new ArrayList<>();
        for (String genre : filmGenres) {
            int index = moviegoers.genres().indexOf(genre);
            if (index >= 0) {
                lifts.add(moviegoers.genreLift()[index]);
            }
        }
        return lifts.toArray(float[][]::new);
    }

    /** Bounded min-heap on primitive arrays; ties keep the lower moviegoer index, as a full sort would. */
    private static final class TopK {
        private final int[] ids;
        private final float[] scores;
        private int size;

        TopK(int capacity) {
            ids = new int[capacity];
            scores = new float[capacity];
        }

        void offer(int id, float score) {
            if (size < ids.length) {
                ids[size] = id;
                scores[size] = score;
                siftUp(size++);
            } else if (score > scores[0]) { // an equal score arrives later, so it has the higher index: keep the old one
                ids[0] = id;
                scores[0] = score;
                siftDown(0);
            }
        }

        /** Heap order: the worst (lowest score, then highest index) at the root. */
        private boolean worse(int a, int b) {
            return scores[a] < scores[b] || (scores[a] == scores[b] && ids[a] > ids[b]);
        }

        private void siftUp(int i) {
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!worse(i, parent)) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void siftDown(int i) {
            while (true) {
                int left = 2 * i + 1;
                if (left >= size) {
                    return;
                }
                int worst = left + 1 < size && worse(left + 1, left) ? left + 1 : left;
                if (!worse(worst, i)) {
                    return;
                }
                swap(i, worst);
                i = worst;
            }
        }

        private void swap(int a, int b) {
            int id = ids[a];
            ids[a] = ids[b];
            ids[b] = id;
            float score = scores[a];
            scores[a] = scores[b];
            scores[b] = score;
        }

        /** Empties the heap worst-first into the result from the back, so it ends best first. */
        AudienceRanking ranking() {
            int n = size;
            int[] rankedIds = new int[n];
            float[] rankedScores = new float[n];
            for (int out = n - 1; out >= 0; out--) {
                rankedIds[out] = ids[0];
                rankedScores[out] = scores[0];
                size--;
                ids[0] = ids[size];
                scores[0] = scores[size];
                siftDown(0);
            }
            return new AudienceRanking(rankedIds, rankedScores);
        }
    }
}
