package marquee.audience;

import java.time.LocalDate;
import java.util.List;
import marquee.shared.Sentence;

/**
 * Want-to-see growth before release and word of mouth after it, day by day (the market's calendar), with
 * verified ratings shown apart (all
 * new ratings are verified: see {@link WordOfMouth#rate}; older ones may not be), and the flags a distributor must see.
 */
public record OpinionCurves(long filmId, String title, LocalDate releaseDate, long wantToSee, List<WantToSeeDay> wantToSeeDays,
                            List<RatingDay> ratingDays, List<AudienceFlag> flags) {

    /** Marks added on a day, the running total, and how many came from accounts made in the week before. */
    public record WantToSeeDay(LocalDate day, long added, long cumulative, long fromNewAccounts) {}

    /** Ratings given on a day: all of them, and those of verified viewers apart. High = 8 or more out of 10. */
    public record RatingDay(LocalDate day, long ratings, Double mean, Double highShare, long verified, Double verifiedMean) {}

    /** Something unusual on a day: a spike of marks or ratings (and whether new accounts drove it), a surge of refunds. */
    public record AudienceFlag(LocalDate day, String kind, Sentence detail) {}
}
