package marquee.boxoffice.internal;

/** A line of a feed that cannot be imported, and why; the import goes on with the next line. */
final class BadRow extends Exception {

    BadRow(String reason) {
        super(reason, null, false, false);
    }
}
