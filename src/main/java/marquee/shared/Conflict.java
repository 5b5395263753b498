package marquee.shared;

/**
 * The request clashes with the current state (a screening overlapping another in its hall); answered as 409.
 * Its reason is English (the API's detail); one given as a {@link Sentence} is also said in a page's language.
 */
public class Conflict extends RuntimeException {

    private final transient Sentence sentence;

    public Conflict(String reason) {
        super(reason);
        this.sentence = null;
    }

    public Conflict(Sentence reason) {
        super(reason.english());
        this.sentence = reason;
    }

    /** The reason as a sentence to say in a reader's language; null when it was given as English text only. */
    public Sentence sentence() {
        return sentence;
    }
}
