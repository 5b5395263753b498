package marquee.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import marquee.shared.TokenBuckets;
import marquee.shared.TooManyRequests;
import org.junit.jupiter.api.Test;

/** The in-memory rate limits, on a clock the test moves. */
class TokenBucketsTest {

    /** A clock that stands still until told to move. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-25T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final ManualClock clock = new ManualClock();

    @Test
    void a_burst_up_to_the_capacity_passes_then_the_wait_is_told_in_seconds() {
        TokenBuckets buckets = new TokenBuckets(5, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 5; i++) {
            assertThat(buckets.take("a")).isZero();
        }
        assertThat(buckets.take("a")).isEqualTo(12); // one token every 12 s
        assertThat(buckets.take("b")).as("keys are independent").isZero();
    }

    @Test
    void tokens_come_back_evenly_over_the_period_and_never_above_the_capacity() {
        TokenBuckets buckets = new TokenBuckets(2, Duration.ofMinutes(1), clock);
        buckets.take("a");
        buckets.take("a");
        clock.advance(Duration.ofSeconds(30));
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isPositive();
        clock.advance(Duration.ofHours(5));
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isPositive();
    }

    @Test
    void the_sign_in_guard_limits_per_client_address_across_accounts() {
        SignInGuard guard = new SignInGuard(new SecuritySettings(5, Duration.ofMinutes(15), 10, 3, 2), clock);
        guard.admitLogin("a@example.com", "10.0.0.1");
        guard.admitLogin("b@example.com", "10.0.0.1");
        guard.admitLogin("c@example.com", "10.0.0.1");

        assertThatThrownBy(() -> guard.admitLogin("d@example.com", "10.0.0.1"))
                .isInstanceOfSatisfying(TooManyRequests.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(20));
        guard.admitLogin("d@example.com", "10.0.0.2");
        guard.admitSignUp("x@example.com", "10.0.0.3");
        guard.admitSignUp("y@example.com", "10.0.0.3");
        assertThatThrownBy(() -> guard.admitSignUp("z@example.com", "10.0.0.3")).isInstanceOf(TooManyRequests.class);
    }
}
