package marquee.shared;

/**
 * Input that breaks a rule the type system cannot express; answered as 400 naming the field. Its reason is English
 * (the API's detail); one given as a {@link Sentence} is also said in a page's language.
 */
public class InvalidInput extends RuntimeException {

    private final String field;
    private final transient Sentence sentence;

    public InvalidInput(String field, String reason) {
        super(reason);
        this.field = field;
        this.sentence = null;
    }

    public InvalidInput(String field, Sentence reason) {
        super(reason.english());
        this.field = field;
        this.sentence = reason;
    }

    public String field() {
        return field;
    }

    /** The reason as a sentence to say in a reader's language; null when it was given as English text only. */
    public Sentence sentence() {
        return sentence;
    }
}
