package marquee.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A rate limit per key (an email, a client address): each key has a bucket of {@code capacity}
 * tokens that refills evenly over {@code period}; a request takes one token or is refused with the
 * seconds to wait. In memory: a restart forgets the buckets, which only ever lets more through.
 */
public final class TokenBuckets {

    /** Forget full buckets once this many keys are tracked, so a flood of addresses cannot fill memory. */
    private static final int MAX_KEYS = 100_000;

    private final int capacity;
    private final double tokensPerMilli;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(int capacity, Duration period, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.tokensPerMilli = capacity / (double) period.toMillis();
        this.clock = clock;
    }

    /** Takes a token for {@code key}: 0 when allowed, otherwise the whole seconds to wait (at least 1). */
    public long take(String key) {
        if (buckets.size() > MAX_KEYS) {
            long now = clock.millis();
            buckets.values().removeIf(b -> b.level(now) >= capacity);
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(capacity, clock.millis())).take(clock.millis());
    }

    private final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        synchronized double level(long now) {
            return Math.min(capacity, tokens + (now - at) * tokensPerMilli);
        }

        synchronized long take(long now) {
            tokens = level(now);
            at = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerMilli / 1000));
        }
    }
}
