package marquee.boxoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The box office counts in the configured market's currency, by the application's one clock. */
@MarqueeTest
@TestPropertySource(properties = {"marquee.market.zone=America/New_York", "marquee.market.currency=USD"})
class MarketSettingTest {

    @Autowired
    BoxOffice boxOffice;
    @Autowired
    Clock clock;

    @Test
    void rankings_are_in_the_markets_currency_and_stamped_by_the_application_clock() {
        Ranking ranking = boxOffice.ranking(LocalDate.of(2031, 3, 14), Scope.MARKET);
        assertThat(ranking.currency()).isEqualTo("USD");
        assertThat(Duration.between(ranking.asOf(), clock.instant())).isBetween(Duration.ZERO, Duration.ofMinutes(1));
        assertThat(boxOffice.recordsByGenre(1).currency()).isEqualTo("USD");
    }

    @Test
    void the_application_clock_ticks_in_microseconds() {
        assertThat(clock.instant().getNano() % 1_000).isZero();
        assertThat(clock.getZone().getId()).isIn("Z", "UTC");
    }
}
