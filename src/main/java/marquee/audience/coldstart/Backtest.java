package marquee.audience.coldstart;

import marquee.audience.internal.BadInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cold-start backtest split by time only. Everything before the cutoff is known; the test films
 * are those whose first interaction is at or after the cutoff and that were rated afterwards by at
 * least {@link #MIN_RATERS} candidates. Candidates are the users with at least one interaction
 * before the cutoff. A film's relevant set is the candidates who interacted with it at or after
 * the cutoff (until the end of the data). Metrics are computed per film and averaged over films.
 */
public final class Backtest {

    public static final int MIN_RATERS = 10;
    static final int[] RECALL_AT = {100, 500, 1000};
    static final int NDCG_AT = 100;

    /** One ranker's macro-averaged figures. */
    public record Figures(String ranker, double recall100, double recall500, double recall1000, double ndcg100) {
    }

    /**
     * @param figures the model first, then the baselines
     * @param ceiling what a ranking that knew who rates new releases after the cutoff would reach
     *                ({@link FutureNewReleaseRaters}); printed apart, never compared as a ranker
     */
    public record Report(Instant cutoff, int trainingInteractions, int candidates, int films, int relevantPairs,
            int unknownFilmsSkipped, int trainingExamples, String modelWeights, List<Figures> figures, Figures ceiling) {
    }

    private Backtest() {
    }

    public static Report run(History history, Instant cutoff) {
        long at = cutoff.getEpochSecond();
        if (!cutoff.isAfter(history.first()) || !cutoff.isBefore(history.last())) {
            throw new BadInputException("cutoff " + cutoff + " is outside the data: interactions run from "
                    + history.first() + " to " + history.last());
        }
        MoviegoerProfiles profiles = new MoviegoerProfiles(history, at);
        Map<Integer, Set<Integer>> relevant = new HashMap<>();
        Set<Integer> unknownFilms = new HashSet<>();
        for (int i = profiles.end; i < history.size(); i++) {
            int film = history.film(i);
            int user = history.user(i);
            if (history.firstSeen(film) >= at && profiles.isCandidate(user)) {
                relevant.computeIfAbsent(film, f -> new HashSet<>()).add(user);
            }
        }
        relevant.values().removeIf(raters -> raters.size() < MIN_RATERS);
        relevant.keySet().removeIf(film -> {
            boolean unknown = history.catalog().year(film) == 0;
            if (unknown) {
                unknownFilms.add(film);
            }
            return unknown;
        });
        if (relevant.isEmpty()) {
            throw new BadInputException("no film debuts after " + cutoff + " with at least " + MIN_RATERS
                    + " raters active before it: choose an earlier cutoff");
        }
        ColdStartModel model = ColdStartModel.train(profiles);
        List<AudienceRanker> rankers = List.of(model, new PopularityRanker(profiles), new NewReleaseRanker(profiles));
        int[] candidates = profiles.candidates();
        List<Figures> figures = new ArrayList<>();
        for (AudienceRanker ranker : rankers) {
            figures.add(evaluate(ranker, candidates, relevant));
        }
        Figures ceiling = evaluate(new FutureNewReleaseRaters(profiles, model), candidates, relevant);
        int pairs = relevant.values().stream().mapToInt(Set::size).sum();
        return new Report(cutoff, profiles.end, candidates.length, relevant.size(), pairs, unknownFilms.size(),
                model.trainingExamples(), model.describeWeights(), figures, ceiling);
    }

    private static Figures evaluate(AudienceRanker ranker, int[] candidates, Map<Integer, Set<Integer>> relevant) {
        double[] sums = new double[4];
        for (var entry : relevant.entrySet()) {
            int[] top = ranker.top(entry.getKey(), candidates, RECALL_AT[RECALL_AT.length - 1]);
            for (int j = 0; j < RECALL_AT.length; j++) {
                sums[j] += RankingMetrics.recallAt(RECALL_AT[j], top, entry.getValue());
            }
            sums[3] += RankingMetrics.ndcgAt(NDCG_AT, top, entry.getValue());
        }
        int n = relevant.size();
        return new Figures(ranker.name(), sums[0] / n, sums[1] / n, sums[2] / n, sums[3] / n);
    }
}
