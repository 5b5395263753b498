package marquee.audience.coldstart;

import java.util.Set;

/**
 * Quality of one film's ranking of moviegoers against the set who really came (binary relevance).
 * <ul>
 * <li>Recall@K = |top K ∩ relevant| / |relevant| (not capped by K, so it can stay below 1 when
 * more than K people came).</li>
 * <li>NDCG@K = DCG@K / IDCG@K with DCG@K = Σ_{i=1..K} rel_i / log2(i + 1) (i is the 1-based rank)
 * and IDCG@K the DCG of a perfect ranking, Σ_{i=1..min(K, |relevant|)} 1 / log2(i + 1).</li>
 * </ul>
 * A backtest computes both per film and averages them over films (macro average), so a
 * blockbuster does not outweigh a small film.
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /** @param ranking moviegoer indexes, best first; only the first K are read */
    public static double recallAt(int k, int[] ranking, Set<Integer> relevant) {
        if (relevant.isEmpty()) {
            throw new IllegalArgumentException("recall is undefined without relevant moviegoers");
        }
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranking.length); i++) {
            if (relevant.contains(ranking[i])) {
                hits++;
            }
        }
        return (double) hits / relevant.size();
    }

    public static double ndcgAt(int k, int[] ranking, Set<Integer> relevant) {
        if (relevant.isEmpty()) {
            throw new IllegalArgumentException("NDCG is undefined without relevant moviegoers");
        }
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.length); i++) {
            if (relevant.contains(ranking[i])) {
                dcg += discount(i + 1);
            }
        }
        double ideal = 0;
        for (int rank = 1; rank <= Math.min(k, relevant.size()); rank++) {
            ideal += discount(rank);
        }
        return dcg / ideal;
    }

    private static double discount(int rank) {
        return 1.0 / (Math.log(rank + 1) / Math.log(2));
    }
}
