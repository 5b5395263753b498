package marquee.shared;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's one clock, in UTC; the market's day is {@link MarketSettings#today(Clock)}. */
@Configuration(proxyBeanMethods = false)
class MarketClock {

    /**
     * The clock ticks in microseconds, the precision both stores keep: an instant read back from the store
     * equals the one put in an event, so booking's sales history replays as exactly the events it published. It reads
     * earlier on a thread that {@link Backdating} sends back (the demo market replaying its past).
     */
    @Bean
    Clock clock() {
        return Backdating.clock(Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000)));
    }
}
