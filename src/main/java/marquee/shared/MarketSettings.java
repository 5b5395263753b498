package marquee.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The market the platform serves (application.properties, prefix {@code marquee.market}). A cinema keeps
 * its own time zone for its screenings; this one is the market's, where the box office day and "today" are.
 *
 * @param zone     the market's time zone: a box office day, "today" of rankings, pages and release dates
 * @param currency the market's ISO 4217 currency: of the live box office, fed sales and screenings priced
 *                 without one
 */
@ConfigurationProperties("marquee.market")
public record MarketSettings(@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("CNY") String currency) {

    public MarketSettings {
        Objects.requireNonNull(zone, "marquee.market.zone");
        currency = Currency.getInstance(Objects.requireNonNull(currency, "marquee.market.currency").toUpperCase(Locale.ROOT))
                .getCurrencyCode();
    }

    /** The day it is in the market by {@code clock}. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }
}
