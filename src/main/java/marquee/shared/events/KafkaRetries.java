package marquee.shared.events;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How every Kafka consumer of the cluster treats a record it could not handle (the store is down, a restart
 * under way): it seeks back and tries the same records again, for as long as it takes, waiting up to
 * {@value #MAX_WAIT_MS} ms between tries. Spring Kafka's default gives up after ten tries and skips the record,
 * which for a sale means a sale lost from the box office; a consumer that is stuck shows in its lag and logs.
 */
@Configuration
@Profile("cluster")
class KafkaRetries {

    private static final long MAX_WAIT_MS = 10_000;

    @Bean
    CommonErrorHandler neverSkip() {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2);
        backOff.setMaxInterval(MAX_WAIT_MS);
        return new DefaultErrorHandler(backOff);
    }
}
