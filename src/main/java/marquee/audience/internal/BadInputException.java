package marquee.audience.internal;

/** Input that cannot be used at all (missing columns, empty file, unknown film...): exit code 1. */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }
}
