package marquee.bench.audience;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import marquee.audience.coldstart.AudienceRanking;
import marquee.audience.coldstart.AudienceScorer;
import marquee.audience.coldstart.MoviegoerFeatures;

/**
 * {@code audience bench}: median wall time to rank N synthetic moviegoers for one film with
 * {@link AudienceScorer} (one pass, bounded heap) against a plain baseline that scores everyone
 * and sorts them all. A few warm-up runs first so the JIT has compiled both.
 */
public final class ScorerBenchmark {

    private static final List<String> GENRES = List.of("Action", "Adventure", "Animation", "Biography", "Comedy",
            "Crime", "Documentary", "Drama", "Family", "Fantasy", "History", "Horror", "Music", "Musical", "Mystery",
            "Romance", "Sci-Fi", "Sport", "Thriller", "War", "Western");
    private static final List<String> FILM_GENRES = List.of("Action", "Adventure", "Sci-Fi");
    private static final int WARM_UP_RUNS = 3;

    private final int moviegoers;
    private final int runs;
    private final int k;

    public ScorerBenchmark(int moviegoers, int runs, int k) {
        this.moviegoers = moviegoers;
        this.runs = runs;
        this.k = k;
    }

    public void run(PrintStream out) {
        MoviegoerFeatures features = synthetic(moviegoers, new SplittableRandom(7));
        AudienceScorer scorer = AudienceScorer.MOVIETWEETINGS_2013;
        double[] heap = new double[runs];
        double[] sort = new double[runs];
        AudienceRanking fast = null;
        int[] sorted = null;
        for (int run = -WARM_UP_RUNS; run < runs; run++) {
            long start = System.nanoTime();
            fast = scorer.topK(FILM_GENRES, features, k);
            long middle = System.nanoTime();
            sorted = fullSort(scorer, features);
            long end = System.nanoTime();
            if (run >= 0) {
                heap[run] = (middle - start) / 1e6;
                sort[run] = (end - middle) / 1e6;
            }
        }
        boolean same = Arrays.equals(fast.moviegoers(), Arrays.copyOf(sorted, fast.size()));
        double heapMedian = median(heap);
        double sortMedian = median(sort);
        out.printf(Locale.ROOT, "audience bench: rank %,d synthetic moviegoers for one film (%s), top %d, %d runs after %d warm-up%n",
                moviegoers, String.join("|", FILM_GENRES), k, runs, WARM_UP_RUNS);
        out.printf(Locale.ROOT, "  scorer (one pass + bounded heap): median %.1f ms%n", heapMedian);
        out.printf(Locale.ROOT, "  baseline (score all + full sort): median %.1f ms%n", sortMedian);
        out.printf(Locale.ROOT, "  speed-up %.1fx; same top %d as the full sort: %s%n", sortMedian / heapMedian, k, same);
    }

    /** Baseline: score everyone, then sort all of them (score and index packed into one long). */
    private static int[] fullSort(AudienceScorer scorer, MoviegoerFeatures features) {
        int n = features.size();
        long[] keys = new long[n];
        float[] scores = scorer.scoresOf(FILM_GENRES, features);
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) descendingBits(scores[i]) << 32) | (i & 0xffffffffL);
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    /** An int that sorts ascending when the float sorts descending. */
    private static int descendingBits(float score) {
        int bits = Float.floatToIntBits(score);
        int ascending = bits ^ ((bits >> 31) & 0x7fffffff);
        return ~ascending;
    }

    public static MoviegoerFeatures synthetic(int n, SplittableRandom random) {
        float[] activity = new float[n];
        float[] early = new float[n];
        float[][] lift = new float[GENRES.size()][n];
        for (int i = 0; i < n; i++) {
            // Most moviegoers are light users; a few are very active.
            activity[i] = (float) Math.log1p(-Math.log(1 - random.nextDouble()) * 2);
            early[i] = activity[i] * (float) random.nextDouble();
            for (float[] genre : lift) {
                genre[i] = (float) (random.nextDouble() * 2 - 1);
            }
        }
        return new MoviegoerFeatures(activity, early, lift, GENRES);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
