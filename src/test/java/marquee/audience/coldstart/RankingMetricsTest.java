package marquee.audience.coldstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    private static final int[] RANKING = {7, 3, 9, 1, 5};

    @Test
    void recallCountsRelevantMoviegoersFoundInTheTopKOverAllRelevant() {
        Set<Integer> cameToSeeIt = Set.of(3, 5, 42, 43);

        assertThat(RankingMetrics.recallAt(1, RANKING, cameToSeeIt)).isEqualTo(0.0);
        assertThat(RankingMetrics.recallAt(2, RANKING, cameToSeeIt)).isEqualTo(0.25);
        assertThat(RankingMetrics.recallAt(5, RANKING, cameToSeeIt)).isEqualTo(0.5);
    }

    @Test
    void recallBeyondTheRankingLengthCountsWhatIsThere() {
        assertThat(RankingMetrics.recallAt(100, RANKING, Set.of(7, 1))).isEqualTo(1.0);
    }

    @Test
    void ndcgIsOneForAPerfectRanking() {
        assertThat(RankingMetrics.ndcgAt(3, RANKING, Set.of(7, 3))).isEqualTo(1.0);
    }

    @Test
    void ndcgDiscountsHitsByLogOfTheirRank() {
        // One relevant moviegoer found at rank 2: DCG = 1/log2(3), ideal = 1/log2(2) = 1.
        assertThat(RankingMetrics.ndcgAt(5, RANKING, Set.of(3))).isCloseTo(1 / log2(3), within(1e-12));
        // Relevant {3, 5}: hits at ranks 2 and 5; ideal puts them at ranks 1 and 2.
        double dcg = 1 / log2(3) + 1 / log2(6);
        double ideal = 1 + 1 / log2(3);
        assertThat(RankingMetrics.ndcgAt(5, RANKING, Set.of(3, 5))).isCloseTo(dcg / ideal, within(1e-12));
    }

    @Test
    void ndcgIgnoresHitsBelowK() {
        assertThat(RankingMetrics.ndcgAt(4, RANKING, Set.of(5))).isEqualTo(0.0);
    }

    @Test
    void metricsRefuseAFilmWithoutRelevantMoviegoers() {
        assertThatThrownBy(() -> RankingMetrics.recallAt(10, RANKING, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
