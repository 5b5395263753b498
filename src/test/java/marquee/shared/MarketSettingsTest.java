package marquee.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The market setting as the application binds it from marquee.market.*. */
class MarketSettingsTest {

    @Test
    void the_market_is_china_unless_configured() {
        MarketSettings market = bind(Map.of());
        assertThat(market.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(market.currency()).isEqualTo("CNY");
    }

    @Test
    void another_market_has_its_own_zone_and_currency() {
        MarketSettings market = bind(Map.of("marquee.market.zone", "America/New_York", "marquee.market.currency", "usd"));
        assertThat(market.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(market.currency()).isEqualTo("USD");
    }

    @Test
    void an_unknown_currency_is_refused_at_start_up() {
        assertThatThrownBy(() -> bind(Map.of("marquee.market.currency", "ABC"))).isInstanceOf(BindException.class);
    }

    @Test
    void today_is_the_markets_day() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T17:00:00Z"), ZoneOffset.UTC);
        assertThat(bind(Map.of()).today(clock)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(bind(Map.of("marquee.market.zone", "America/New_York")).today(clock)).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    private static MarketSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("marquee.market", MarketSettings.class);
    }
}
