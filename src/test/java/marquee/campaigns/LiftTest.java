package marquee.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The lift estimator as a statistician would check it: Welch's figures on a small case worked by hand, and by
 * simulation the rates its intervals promise. The simulations are seeded, so each run gives the same rates;
 * their bounds are the binomial 99.9% ranges around 5% and 95% for 2,000 runs.
 */
class LiftTest {

    private static final int RUNS = 2_000;

    @Test
    void welchs_interval_and_p_value_match_the_textbook_on_a_small_case() {
        Lift lift = Lift.of(moments(1, 2, 3, 4, 5), moments(2, 2, 2, 3));

        // means 3 and 2.25; variances 2.5 and 0.25; se = sqrt(2.5/5 + 0.25/4) = 0.75;
        // Welch df = 0.5625² / (0.5²/4 + 0.0625²/3) = 4.959; t(0.975, 4.959) ≈ 2.574; t = 1 gives p ≈ 0.363
        assertThat(lift.absolute()).isEqualTo(0.75);
        assertThat(lift.relative()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(lift.high() - lift.absolute()).isCloseTo(0.75 * 2.574, within(0.75 * 0.005));
        assertThat(lift.pValue()).isCloseTo(0.363, within(0.003));
        assertThat(lift.significant()).isFalse();
    }

    @Test
    void with_no_effect_the_interval_leaves_out_zero_in_about_5_percent_of_tests_for_conversion_and_heavy_tailed_revenue() {
        SplittableRandom random = new SplittableRandom(20261201);
        int conversionFalseAlarms = 0;
        int revenueFalseAlarms = 0;
        for (int run = 0; run < RUNS; run++) {
            Lift[] lifts = test(random, 2_000, 0.08, 0.08, 0);
            conversionFalseAlarms += lifts[0].significant() ? 1 : 0;
            revenueFalseAlarms += lifts[1].significant() ? 1 : 0;
        }
        System.out.printf("A/A tests: 95%% interval excludes 0 in %.2f%% (conversion) and %.2f%% (revenue) of %d runs%n",
                100.0 * conversionFalseAlarms / RUNS, 100.0 * revenueFalseAlarms / RUNS, RUNS);
        assertThat(conversionFalseAlarms).isBetween(70, 132);
        assertThat(revenueFalseAlarms).isBetween(70, 132);
    }

    @Test
    void a_planted_effect_lies_inside_its_interval_in_about_95_percent_of_tests() {
        SplittableRandom random = new SplittableRandom(1125);
        double plantedConversion = 0.10 - 0.08;
        double plantedRevenue = 0.10 * 45 * MEAN_TICKETS - 0.08 * 45 * MEAN_TICKETS + 5; // more buyers, and 5 more each
        int conversionCovered = 0;
        int revenueCovered = 0;
        for (int run = 0; run < RUNS; run++) {
            Lift[] lifts = test(random, 2_000, 0.10, 0.08, 5);
            conversionCovered += covers(lifts[0], plantedConversion) ? 1 : 0;
            revenueCovered += covers(lifts[1], plantedRevenue) ? 1 : 0;
        }
        System.out.printf("planted effect inside the 95%% interval in %.2f%% (conversion) and %.2f%% (revenue) of %d runs%n",
                100.0 * conversionCovered / RUNS, 100.0 * revenueCovered / RUNS, RUNS);
        assertThat(conversionCovered).isBetween(1868, 1930);
        assertThat(revenueCovered).isBetween(1868, 1930);
    }

    private static final double MEAN_TICKETS = Math.exp(0.5 * 1.2 * 1.2);

    /**
     * One test of {@code n} units an arm: a unit converts with its arm's rate; a converted unit spends 45 times a
     * lognormal number of tickets (σ 1.2: a few buy for a whole group), plus {@code extraSpend} when treated.
     */
    private static Lift[] test(SplittableRandom random, int n, double treatedRate, double controlRate, double extraSpend) {
        Lift.Moments tc = new Lift.Moments();
        Lift.Moments tr = new Lift.Moments();
        Lift.Moments cc = new Lift.Moments();
        Lift.Moments cr = new Lift.Moments();
        for (int i = 0; i < n; i++) {
            unit(random, treatedRate, extraSpend, tc, tr);
            unit(random, controlRate, 0, cc, cr);
        }
        return new Lift[] {Lift.of(tc, cc), Lift.of(tr, cr)};
    }

    private static void unit(SplittableRandom random, double rate, double extraSpend, Lift.Moments conversion, Lift.Moments revenue) {
        boolean converted = random.nextDouble() < rate;
        conversion.add(converted ? 1 : 0);
        revenue.add(converted ? 45 * Math.exp(1.2 * gaussian(random)) + extraSpend / rate : 0);
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static boolean covers(Lift lift, double truth) {
        return lift.low() <= truth && truth <= lift.high();
    }

    private static Lift.Moments moments(double... values) {
        Lift.Moments moments = new Lift.Moments();
        for (double v : values) {
            moments.add(v);
        }
        return moments;
    }
}
