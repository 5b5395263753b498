package marquee.shared;

/** The object asked for does not exist (or is not the caller's to see); answered as 404. */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
