package marquee.campaigns;

import java.util.List;
import marquee.shared.security.Caller;

/**
 * The segments targeted offers go to, for another module that reaches the same people the same way (a preview's
 * invitations): the segment rules checked as an offer's are, the consenting members, and the holdout share with
 * campaigns' default. The split itself is {@link HoldoutSplit}.
 */
public interface Segments {

    /**
     * The segment's members who consent to marketing now, in account order. {@link marquee.shared.InvalidInput}
     * for a bad segment; a FILM_AUDIENCE of a film the caller may not see is not found.
     */
    List<Long> consentingMembers(Caller caller, NewOffer.Segment segment);

    /** The share to hold out: the asked one when 0 to 0.5 ({@link marquee.shared.InvalidInput} otherwise), else the default. */
    double holdoutShare(Double asked);

    /** How the segment is said to a marketer, e.g. "INTERESTS anime in tiers [1, 2]". */
    String describe(NewOffer.Segment segment);
}
