package marquee.previews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import marquee.previews.internal.FreeSlot;
import marquee.previews.internal.PlanMaker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The planner's core on synthetic markets where the audience is placed by construction: the biggest cities (most
 * moviegoers, most cinemas, the biggest halls) hold few people who care for the film, small cities hold many. The
 * plan never breaks its constraints and expects more than the naive plan of the biggest cities.
 */
class PlanMakerTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2027, 3, 1);

    /** A market: each city's expected audience and moviegoers, and the free slots of its cinemas' halls. */
    record Market(Map<String, Double> audience, List<String> citiesBySize, List<FreeSlot> free, int days) {}

    /** {@code strict}: fewer screenings than cities, so the naive plan cannot reach every small city and must expect less. */
    @ParameterizedTest(name = "seed {0}: {1} cities, {2} days, {3} screenings")
    @CsvSource({"1, 6, 3, 3, true", "2, 10, 5, 8, true", "3, 14, 7, 12, true", "4, 20, 10, 18, true", "5, 8, 2, 15, false",
            "6, 30, 10, 50, false", "7, 4, 1, 6, false", "8, 40, 10, 30, true"})
    void the_plan_keeps_its_constraints_and_expects_at_least_the_naive_plan(long seed, int cities, int days, int count, boolean strict) {
        Market market = market(seed, cities, days);

        List<FreeSlot> plan = PlanMaker.greedy(market.audience(), market.free(), count);
        List<FreeSlot> naive = PlanMaker.naive(market.citiesBySize(), market.free(), count);

        keepsItsConstraints(plan, market, count);
        keepsItsConstraints(naive, market, count);
        double planned = PlanMaker.expected(market.audience(), plan);
        double naively = PlanMaker.expected(market.audience(), naive);
        assertThat(planned).as("plan %.1f against naive %.1f", planned, naively).isGreaterThanOrEqualTo(naively);
        if (strict) {
            assertThat(planned).as("plan %.1f against naive %.1f", planned, naively).isGreaterThan(naively);
        }
        double[] shares = PlanMaker.shares(market.audience(), plan);
        assertThat(java.util.Arrays.stream(shares).sum()).isCloseTo(planned, org.assertj.core.data.Offset.offset(1e-6));
        for (int i = 0; i < plan.size(); i++) {
            assertThat(shares[i]).as("share of screening %d", i).isBetween(0.0, (double) plan.get(i).capacity());
        }
        smallestHallThatFits(plan, market);
    }

    @Test
    void a_second_screening_in_a_city_adds_only_what_the_first_cannot_seat() {
        FreeSlot big = new FreeSlot(1, "A", 11, 100, FIRST_DAY, LocalTime.of(19, 30));
        FreeSlot other = new FreeSlot(2, "A", 21, 100, FIRST_DAY, LocalTime.of(19, 30));
        FreeSlot elsewhere = new FreeSlot(3, "B", 31, 60, FIRST_DAY, LocalTime.of(19, 30));
        Map<String, Double> audience = Map.of("A", 130.0, "B", 50.0);

        assertThat(PlanMaker.expected(audience, List.of(big, other))).isEqualTo(130.0);
        assertThat(PlanMaker.greedy(audience, List.of(big, other, elsewhere), 2)).containsExactly(big, elsewhere);
        assertThat(PlanMaker.shares(audience, List.of(big, other))).containsExactly(65.0, 65.0);
    }

    @Test
    void the_smallest_hall_that_seats_the_audience_is_chosen_and_one_cinema_gets_one_screening_a_day() {
        FreeSlot small = new FreeSlot(1, "A", 11, 50, FIRST_DAY, LocalTime.of(19, 30));
        FreeSlot large = new FreeSlot(1, "A", 12, 300, FIRST_DAY, LocalTime.of(19, 30));
        FreeSlot nextDay = new FreeSlot(1, "A", 11, 50, FIRST_DAY.plusDays(1), LocalTime.of(19, 30));

        assertThat(PlanMaker.greedy(Map.of("A", 40.0), List.of(large, small), 1)).containsExactly(small);
        assertThat(PlanMaker.greedy(Map.of("A", 400.0), List.of(large, small, nextDay), 3)).containsExactly(large, nextDay);
        assertThat(PlanMaker.greedy(Map.of("A", 0.0), List.of(large, small), 2)).as("nobody to come: no screening").isEmpty();
    }

    private static void keepsItsConstraints(List<FreeSlot> plan, Market market, int count) {
        assertThat(plan).hasSizeLessThanOrEqualTo(count);
        assertThat(market.free()).as("only free slots").containsAll(plan);
        Set<String> cinemaDays = new HashSet<>();
        for (FreeSlot s : plan) {
            assertThat(cinemaDays.add(s.cinemaId() + "@" + s.date())).as("one screening per cinema per day: %s", s).isTrue();
            assertThat(s.date()).isBetween(FIRST_DAY, FIRST_DAY.plusDays(market.days() - 1));
        }
    }

    /** No screening of the plan that does not fill its hall had a smaller free hall in its cinema that day that would seat as many. */
    private static void smallestHallThatFits(List<FreeSlot> plan, Market market) {
        Map<String, Double> seated = new HashMap<>();
        for (FreeSlot s : plan) {
            double gain = Math.min(s.capacity(), market.audience().get(s.city()) - seated.getOrDefault(s.city(), 0.0));
            if (gain < s.capacity()) {
                assertThat(market.free()).noneMatch(o -> o.cinemaId() == s.cinemaId() && o.date().equals(s.date())
                        && o.capacity() < s.capacity() && o.capacity() >= gain);
            }
            seated.merge(s.city(), (double) s.capacity(), Double::sum);
        }
    }

    /**
     * Cities by size: the first third big (many moviegoers, three or four cinemas with halls up to 400 seats, but an
     * audience of 2-15 people each); the rest small (one or two cinemas, halls of 40-150, an audience of 60-400).
     * A fifth of the hall-days are taken.
     */
    static Market market(long seed, int cities, int days) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Double> audience = new HashMap<>();
        List<String> bySize = new ArrayList<>();
        List<FreeSlot> free = new ArrayList<>();
        long hallId = 1;
        long cinemaId = 1;
        int big = Math.max(1, cities / 3);
        for (int c = 0; c < cities; c++) {
            String city = "City " + c;
            boolean isBig = c < big;
            bySize.add(city);
            audience.put(city, (double) (isBig ? 2 + random.nextInt(14) : 60 + random.nextInt(341)));
            int cinemas = isBig ? 3 + random.nextInt(2) : 1 + random.nextInt(2);
            for (int k = 0; k < cinemas; k++, cinemaId++) {
                int halls = 2 + random.nextInt(5);
                for (int h = 0; h < halls; h++, hallId++) {
                    int capacity = isBig ? 120 + random.nextInt(281) : 40 + random.nextInt(111);
                    for (int d = 0; d < days; d++) {
                        if (random.nextInt(5) > 0) {
                            free.add(new FreeSlot(cinemaId, city, hallId, capacity, FIRST_DAY.plusDays(d),
                                    random.nextBoolean() ? LocalTime.of(19, 30) : LocalTime.of(14, 30)));
                        }
                    }
                }
            }
        }
        return new Market(audience, bySize, free, days);
    }
}
