package marquee.accounts;

import java.time.Instant;

/** One change of a moviegoer's marketing consent: given or withdrawn, when, and where it was done. */
public record ConsentChange(boolean marketing, Instant changedAt, Via via) {

    /** Where a consent change was made: the moviegoer's profile page, the API, an offer's unsubscribe link... */
    public enum Via { PAGE, API, UNSUBSCRIBE, FORGET }
}
