package marquee.audience.coldstart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Ranks moviegoers for a film nobody has rated yet, from the film's metadata and their histories.
 * It is a logistic regression on {@link AffinityFeatures}, trained only on what happened before
 * the cutoff: for several earlier "training cutoffs" c (every two weeks back from the cutoff), the
 * features are computed from interactions before c and the label says whether the user rated a
 * film that debuted between c and the cutoff. So training mimics the real task, one step back in time.
 */
final class ColdStartModel implements AudienceRanker {

    static final int TRAINING_WINDOWS = 6;
    static final long WINDOW_SECONDS = 14 * 86_400L;
    /** Training cutoffs need some history before them to compute features. */
    static final long MIN_HISTORY_SECONDS = 21 * 86_400L;
    /** Same bar as the backtest's test films, so training films look like the films to rank. */
    static final int MIN_TRAINING_RATERS = 10;
    /** Non-raters sampled per training film; 500 was too few to learn the order among active users. */
    static final int NEGATIVES_PER_FILM = 4000;
    static final double L2 = 1.0;

    private final LogisticRegression regression;
    private final AffinityFeatures features;
    private final int trainingExamples;

    private ColdStartModel(LogisticRegression regression, MoviegoerProfiles profiles, int trainingExamples) {
        this.regression = regression;
        this.features = new AffinityFeatures(profiles);
        this.trainingExamples = trainingExamples;
    }

    /** Trains on interactions before the profiles' cutoff and scores with those profiles. */
    static ColdStartModel train(MoviegoerProfiles profiles) {
        History history = profiles.history;
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        Random random = new Random(42);
        long dataStart = history.time(0);
        for (int k = 1; k <= TRAINING_WINDOWS; k++) {
            long trainingCutoff = profiles.cutoff - k * WINDOW_SECONDS;
            if (trainingCutoff - dataStart < MIN_HISTORY_SECONDS) {
                break;
            }
            addExamples(new MoviegoerProfiles(history, trainingCutoff), profiles.end, rows, labels, random);
        }
        boolean[] y = new boolean[labels.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels.get(i);
        }
        LogisticRegression regression = LogisticRegression.fit(rows.toArray(double[][]::new), y, L2);
        return new ColdStartModel(regression, profiles, rows.size());
    }

    private static void addExamples(MoviegoerProfiles past, int labelEnd, List<double[]> rows,
            List<Boolean> labels, Random random) {
        History history = past.history;
        Map<Integer, java.util.Set<Integer>> raters = new HashMap<>();
        for (int i = past.end; i < labelEnd; i++) {
            int film = history.film(i);
            int user = history.user(i);
            if (history.firstSeen(film) >= past.cutoff && past.isCandidate(user)) {
                raters.computeIfAbsent(film, f -> new java.util.HashSet<>()).add(user);
            }
        }
        int[] candidates = past.candidates();
        AffinityFeatures features = new AffinityFeatures(past);
        for (var entry : raters.entrySet()) {
            // Only new releases of the training cutoff's year: old films that happen to be rated for the
            // first time teach the model about catalogue browsing, not about a release's audience.
            if (entry.getValue().size() < MIN_TRAINING_RATERS || past.era(history.catalog().year(entry.getKey())) != 0) {
                continue;
            }
            int[] sample = sample(candidates, entry.getValue(), random);
            double[][] filmRows = features.rows(entry.getKey(), sample);
            for (int i = 0; i < sample.length; i++) {
                rows.add(filmRows[i]);
                labels.add(entry.getValue().contains(sample[i]));
            }
        }
    }

    /** All raters plus a random sample of non-raters. */
    private static int[] sample(int[] candidates, java.util.Set<Integer> positives, Random random) {
        List<Integer> chosen = new ArrayList<>(positives);
        int wanted = Math.min(NEGATIVES_PER_FILM, candidates.length - positives.size());
        java.util.Set<Integer> negatives = new java.util.HashSet<>();
        while (negatives.size() < wanted) {
            int user = candidates[random.nextInt(candidates.length)];
            if (!positives.contains(user)) {
                negatives.add(user);
            }
        }
        chosen.addAll(negatives);
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public String name() {
        return "cold-start model";
    }

    @Override
    public double[] scores(int film, int[] candidates) {
        double[][] rows = features.rows(film, candidates);
        double[] scores = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            scores[i] = regression.score(rows[i]);
        }
        return scores;
    }

    int trainingExamples() {
        return trainingExamples;
    }

    /** "name=weight" per standardised feature, for the backtest report. */
    String describeWeights() {
        double[] w = regression.weights();
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < w.length; j++) {
            text.append(j == 0 ? "" : ", ").append(AffinityFeatures.NAMES.get(j))
                    .append(String.format(java.util.Locale.ROOT, "=%+.2f", w[j]));
        }
        return text.toString();
    }
}
