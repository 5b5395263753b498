package marquee.catalog;

/** Kinds of seat, each with the letter that stands for it in a hall layout. */
public enum SeatType {
    STANDARD('S'), VIP('V'), COUPLE('C'), ACCESSIBLE('A');

    private final char letter;

    SeatType(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    /** The seat type of a layout letter, or null for a gap (aisle, stairs, nothing). */
    public static SeatType ofLetter(char letter) {
        for (SeatType type : values()) {
            if (type.letter == letter) {
                return type;
            }
        }
        return null;
    }
}
