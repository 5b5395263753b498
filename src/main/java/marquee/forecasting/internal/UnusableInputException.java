package marquee.forecasting.internal;

/** The input cannot be used at all (missing file, missing required column, no valid rows). */
public class UnusableInputException extends RuntimeException {

    public UnusableInputException(String message) {
        super(message);
    }
}
