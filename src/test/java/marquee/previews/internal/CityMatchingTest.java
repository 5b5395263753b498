package marquee.previews.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import marquee.previews.PreviewResults.CityEffect;
import marquee.previews.internal.CityMatching.Candidate;
import org.junit.jupiter.api.Test;

/** The matching rule and the prediction interval, by hand. */
class CityMatchingTest {

    @Test
    void the_nearest_cities_are_alike_in_tier_size_and_want_to_see_before_the_preview() {
        Candidate preview = new Candidate("Dali", 3, 100, 5);
        List<Candidate> candidates = List.of(
                new Candidate("Shanghai", 1, 300, 15), // two tiers and three times as many people away
                new Candidate("Lijiang", 3, 100, 40), // far keener beforehand: ln(40.5 / 5.5) = 2.0
                new Candidate("Yuxi", 3, 100, 5), new Candidate("Baoshan", 3, 100, 5),
                new Candidate("Qujing", 3, 200, 10), // twice as big, as keen per head: ln 2 = 0.69
                new Candidate("Empty", 3, 0, 0), new Candidate("Dali", 3, 100, 5));

        List<CityMatching.Match> nearest = CityMatching.nearest(preview, candidates, 3);

        assertThat(nearest).extracting(m -> m.city().city()).containsExactly("Baoshan", "Yuxi", "Qujing");
        assertThat(nearest.get(2).distance()).isCloseTo(Math.log(2) + Math.abs(Math.log((10.5 / 200) / (5.5 / 100))), within(1e-9));
        assertThat(CityMatching.distance(preview, candidates.get(1))).isCloseTo(Math.log(40.5 / 5.5), within(1e-9));
    }

    @Test
    void the_interval_is_a_prediction_interval_for_one_city_with_a_poisson_floor() {
        // Matched 40, 20, 30 per 1,000: mean 30, spread 100; the preview city's Poisson floor 1000 × 100 / 100 = 1000 wins.
        CityEffect effect = CityMatching.effect(100, 10, 100, List.of(40.0, 20.0, 30.0));
        double half = 4.302652729911275 * Math.sqrt(1000 * (1 + 1 / 3.0));
        assertThat(effect.difference()).isEqualTo(70.0);
        assertThat(effect.low()).isCloseTo(70 - half, within(0.01));
        assertThat(effect.high()).isCloseTo(70 + half, within(0.01));
        assertThat(effect.smallNumbers()).isTrue();

        // Big cities, tight spread: the spread wins, and a clear difference is not small numbers.
        CityEffect clear = CityMatching.effect(100, 10_000, 100_000, List.of(40.0, 41.0, 39.0));
        assertThat(clear.low()).isCloseTo(60 - 4.302652729911275 * Math.sqrt(1.0 * (1 + 1 / 3.0)), within(0.01));
        assertThat(clear.smallNumbers()).isFalse();

        CityEffect none = CityMatching.effect(100, 10, 100, List.of());
        assertThat(none.difference()).isNull();
        assertThat(none.smallNumbers()).isTrue();
    }
}
