package marquee.shared.csv;

/** A row of a file that was not taken, with the physical line it starts on (the header is line 1) and why. */
public record RejectedRow(long line, String reason) {

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
