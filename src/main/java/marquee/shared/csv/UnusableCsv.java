package marquee.shared.csv;

import marquee.shared.InvalidInput;

/** A file that cannot be read at all: missing, empty, or without a column every row needs. */
public class UnusableCsv extends InvalidInput {

    public UnusableCsv(String reason) {
        super("file", reason);
    }
}
