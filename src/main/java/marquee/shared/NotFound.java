package marquee.shared;

/** The object asked for does not exist (or is not the caller's to see); answered as 404. */
public class NotFound extends RuntimeException {

    private final transient Sentence sentence;

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found");
        // What was not found, in the reader's language where the errors bundle names it (thing.film...).
        this.sentence = Sentence.of("sentence.notFound", new Sentence.Name("thing", what), String.valueOf(id));
    }

    /** "film 12 not found" as a sentence to say in a reader's language. */
    public Sentence sentence() {
        return sentence;
    }
}
