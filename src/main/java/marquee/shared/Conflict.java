package marquee.shared;

/** The request clashes with the current state (a screening overlapping another in its hall); answered as 409. */
public class Conflict extends RuntimeException {

    public Conflict(String reason) {
        super(reason);
    }
}
