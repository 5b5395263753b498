package marquee.shared.csv;

/**
 * Thrown while reading one row to refuse it; the reading goes on with the next row. Unchecked so that a
 * row's parser can throw it from any depth, and without a stack trace because it is an answer, not a fault.
 */
public class BadRow extends RuntimeException {

    public BadRow(String reason) {
        super(reason, null, false, false);
    }
}
