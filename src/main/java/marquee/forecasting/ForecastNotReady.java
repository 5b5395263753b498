package marquee.forecasting;

/** A model is still being trained (or the history still loading): ask again in a few seconds. */
public class ForecastNotReady extends RuntimeException {

    private final int retryAfterSeconds;

    public ForecastNotReady(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
