package marquee.shared;

/** Too many attempts from one account or address; answered as 429 with Retry-After in seconds. */
public class TooManyRequests extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyRequests(long retryAfterSeconds) {
        super("Too many attempts; try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
