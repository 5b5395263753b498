package marquee.forecasting.internal;

/** A CSV row that was not accepted, with its 1-based line number in the file. */
public record RejectedRow(long line, String reason) {

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
