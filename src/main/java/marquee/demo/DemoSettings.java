package marquee.demo;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo market's settings (application.properties, prefix {@code marquee.demo}).
 *
 * @param seedOnStart seed into an empty store when the application starts
 * @param randomSeed  the seed of every random choice, so the same settings give the same market
 * @param cinemas     how many cinemas to spread over the cities
 * @param days        how many days of screenings, from {@code startDate}
 * @param startDate   the market's first day; empty means today in China
 * @param moviegoers  how many moviegoers to generate (no password: they cannot sign in)
 * @param accounts    seed the demo tenants and sign-in accounts (README lists their password)
 */
@ConfigurationProperties("marquee.demo")
public record DemoSettings(boolean seedOnStart, long randomSeed, int cinemas, int days, LocalDate startDate,
                           int moviegoers, boolean accounts) {

    public DemoSettings {
        if (cinemas < 1 || days < 1 || moviegoers < 0) {
            throw new IllegalArgumentException("marquee.demo.cinemas and marquee.demo.days must be at least 1, moviegoers 0 or more");
        }
    }
}
