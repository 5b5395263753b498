package marquee.forecasting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScreeningAllocationTest {

    @Test
    void moves_screenings_from_the_film_that_fills_few_seats_to_the_one_that_fills_many() throws IOException {
        // Yesterday both films took half the gross, but A had 30% of screenings and B 70%.
        // The advice gives each half of today's screenings; today A sells at efficiency 60/30 = 2.0
        // and B at 40/70, so the 20 points moved to A carry 20 x (2.0 - 4/7) points of gross.
        String csv = """
                film_id,title,release_date,date,gross,admissions,screenings,cumulative_gross,gross_share_pct,screening_share_pct
                a,A,2014-01-01,2014-01-01,100,,,100,50,30
                b,B,2014-01-01,2014-01-01,100,,,100,50,70
                a,A,2014-01-01,2014-01-02,90,,,190,60,30
                b,B,2014-01-01,2014-01-02,60,,,160,40,70
                """;
        BoxOfficeHistory history = BoxOfficeHistory.of(
                DailyHistory.read(new StringReader(csv), "shares.csv", DailyHistory.ANY_CURRENCY).accepted());
        LocalDate day = LocalDate.of(2014, 1, 2);

        ScreeningAllocation.Result result = ScreeningAllocation.backtest(history, day, day);

        assertThat(result.days()).isEqualTo(1);
        assertThat(result.filmDays()).isEqualTo(2);
        assertThat(result.movedShare()).isCloseTo(20, within(1e-9));
        assertThat(result.receivingEfficiency()).isCloseTo(2.0, within(1e-9));
        assertThat(result.givingEfficiency()).isCloseTo(40.0 / 70, within(1e-9));
        assertThat(result.grossGainPct()).isCloseTo(20 * (2.0 - 40.0 / 70), within(1e-9));
    }
}
