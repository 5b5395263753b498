package marquee.demo.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo market's simulated sales (application.properties, prefix {@code marquee.demo.sales}).
 *
 * @param simulate        run the simulator while the application runs (never in a store with real sales)
 * @param ordersPerMinute orders the simulated moviegoers try to place per minute, on average
 * @param declinePercent  payments declined (half of those buyers then pay with another card)
 * @param refundPercent   paid orders refunded a few minutes later
 * @param horizon         how far ahead buyers look for screenings (presales); most buy in the last hours
 * @param reportEvery     how often the simulator logs what it sold
 */
@ConfigurationProperties("marquee.demo.sales")
public record SalesSimulation(boolean simulate, int ordersPerMinute, int declinePercent, int refundPercent, Duration horizon,
                       Duration reportEvery) {

    public SalesSimulation {
        if (ordersPerMinute < 1 || declinePercent < 0 || declinePercent > 100 || refundPercent < 0 || refundPercent > 100) {
            throw new IllegalArgumentException("marquee.demo.sales: orders-per-minute must be at least 1, percentages 0 to 100");
        }
    }
}
