package marquee.forecasting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccuracyTest {

    private static Accuracy.Outcome outcome(double predicted, double low, double high, double actual) {
        return new Accuracy.Outcome(new Forecast("f", 3, predicted, low, high), actual);
    }

    @Test
    void absolute_percentage_error_is_the_miss_relative_to_the_actual_final_gross() {
        assertThat(Accuracy.absolutePercentageError(110, 100)).isCloseTo(0.10, within(1e-12));
        assertThat(Accuracy.absolutePercentageError(50, 100)).isCloseTo(0.50, within(1e-12));
        assertThat(Accuracy.absolutePercentageError(300, 200)).isCloseTo(0.50, within(1e-12));
    }

    @Test
    void mape_median_ape_and_coverage_of_three_known_forecasts() {
        Accuracy accuracy = Accuracy.of(List.of(
                outcome(110, 90, 120, 100),   // APE 0.1, inside
                outcome(50, 40, 60, 100),     // APE 0.5, outside
                outcome(300, 150, 350, 200)));  // APE 0.5, inside

        assertThat(accuracy.films()).isEqualTo(3);
        assertThat(accuracy.mape()).isCloseTo(1.1 / 3, within(1e-12));
        assertThat(accuracy.medianApe()).isCloseTo(0.5, within(1e-12));
        assertThat(accuracy.coverage80()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void median_ape_of_an_even_number_of_films_is_the_mean_of_the_middle_two() {
        Accuracy accuracy = Accuracy.of(List.of(outcome(100, 0, 1, 100), outcome(120, 0, 1, 100),
                outcome(70, 0, 1, 100), outcome(200, 0, 1, 100)));

        assertThat(accuracy.medianApe()).isCloseTo((0.2 + 0.3) / 2, within(1e-12));
        assertThat(accuracy.coverage80()).isZero();
    }

    @Test
    void interval_bounds_count_as_covered() {
        assertThat(outcome(100, 80, 120, 120).covered()).isTrue();
        assertThat(outcome(100, 80, 120, 80).covered()).isTrue();
        assertThat(outcome(100, 80, 120, 120.01).covered()).isFalse();
    }

    @Test
    void naive_baseline_multiplies_gross_so_far_by_the_median_multiplier_of_past_films() {
        LocalDate release = LocalDate.of(2013, 1, 4);
        // Day-1 multipliers of the three past films: 200/100 = 2, 300/100 = 3, 400/100 = 4 -> median 3.
        List<ReleaseCurve> past = List.of(curve("a", release, 100, 200), curve("b", release, 100, 300),
                curve("c", release, 100, 400));
        NaiveMultiplier baseline = NaiveMultiplier.train(past, 1);
        ReleaseCurve newcomer = curve("new", release, 50, 50).firstDays(1);

        Forecast forecast = baseline.forecast(newcomer, 1);

        assertThat(baseline.median()).isCloseTo(3, within(1e-12));
        assertThat(forecast.predictedFinalGross()).isCloseTo(150, within(1e-9));
        assertThat(forecast.low80()).isCloseTo(50 * 2.2, within(1e-9));
        assertThat(forecast.high80()).isCloseTo(50 * 3.8, within(1e-9));
    }

    /** A two-day curve: {@code opening} on day 1, the rest of {@code finalGross} on day 2. */
    private static ReleaseCurve curve(String id, LocalDate release, double opening, double finalGross) {
        List<BoxOfficeDay> days = new ArrayList<>();
        days.add(day(id, release, release, opening, opening));
        if (finalGross > opening) {
            days.add(day(id, release, release.plusDays(1), finalGross - opening, finalGross));
        }
        return new ReleaseCurve(id, id, release, days);
    }

    private static BoxOfficeDay day(String id, LocalDate release, LocalDate date, double gross, double cumulative) {
        return new BoxOfficeDay(id, id, release, date, Math.round(gross * 100), Math.round(cumulative * 100),
                Double.NaN, Double.NaN, 0, "", 0);
    }
}
