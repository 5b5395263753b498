package marquee.audience.internal;

/** A CSV row that was not accepted, with the physical line it started on. */
public record Rejection(long line, String reason) {

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
