package marquee.audience.coldstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class AudienceScorerTest {

    private final AudienceScorer scorer = new AudienceScorer(1.0, 0.5, -0.25);

    @Test
    void topKIsTheBestKOfAFullSortBestFirst() {
        MoviegoerFeatures moviegoers = marquee.bench.audience.ScorerBenchmark.synthetic(5_000, new SplittableRandom(1));
        List<String> film = List.of("Animation", "Family");

        AudienceRanking top = scorer.topK(film, moviegoers, 50);

        float[] all = scorer.scoresOf(film, moviegoers);
        int[] expected = IntStream.range(0, all.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -all[i]).thenComparing(i -> i))
                .limit(50).mapToInt(Integer::intValue).toArray();
        assertThat(top.moviegoers()).containsExactly(expected);
        assertThat(top.scores()[0]).isEqualTo(all[expected[0]]);
    }

    @Test
    void genreLiftDecidesBetweenEquallyActiveMoviegoers() {
        MoviegoerFeatures three = new MoviegoerFeatures(
                new float[] {1, 1, 1},
                new float[] {0, 0, 0},
                new float[][] {{-1, 0, 2}, {0, 3, 0}},
                List.of("Horror", "Documentary"));

        assertThat(scorer.topK(List.of("Documentary"), three, 3).moviegoers()).containsExactly(1, 0, 2);
        assertThat(scorer.topK(List.of("Horror"), three, 2).moviegoers()).containsExactly(2, 1);
    }

    @Test
    void equalScoresKeepTheLowerIndexFirstAndKCanExceedTheCrowd() {
        MoviegoerFeatures same = new MoviegoerFeatures(new float[4], new float[4], new float[0][], List.of());

        AudienceRanking ranking = scorer.topK(List.of("Western"), same, 10);

        assertThat(ranking.moviegoers()).containsExactly(0, 1, 2, 3);
    }
}
