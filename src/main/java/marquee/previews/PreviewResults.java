package marquee.previews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What came of a preview (the screening of an accepted PREVIEW, TARGETED or FAN_EVENT request): attendance against
 * invitations and the hall, the preview audience's ratings against everyone else's, and want-to-see and later sales in
 * the preview's city against the cities most like it that had no preview of the film ({@link #matchingRule} says how
 * they are chosen). Every difference comes with a 95% interval; {@code smallNumbers} says when it rests on too few
 * people or cities to mean much, and {@link #caveats} names each such weakness (codes, explained on the page).
 *
 * @param previewDay the screening's day on the cinema's clock
 * @param releaseDate the film's first release date (null: none set)
 * @param cities the preview city first, then its matched cities, nearest first
 */
public record PreviewResults(long requestId, long filmId, String film, long screeningId, long cinemaId, String cinema, String city,
                             int cityTier, ScreeningRequest.Kind kind, boolean invitationOnly, Instant startsAt, LocalDate previewDay,
                             LocalDate releaseDate, boolean started, Attendance attendance, Ratings ratings, WantToSee wantToSee,
                             Sales sales, List<CityFigures> cities, String matchingRule, List<String> caveats) {

    /**
     * Attendance: the hall's seats, the invitation's invited and held out (null for a public screening, or before any
     * invitation), the people who booked and their seats (paid, not refunded), the seats checked in at the door.
     *
     * @param occupancy       booked seats ÷ the hall's seats
     * @param checkInRate     checked-in seats ÷ booked seats (null without bookings)
     * @param invitedBooked   share of the invited who booked the preview (null unless invitations)
     * @param filmBuyers      invited against held out: the share holding a ticket for any screening of the film, the
     *                        preview included (null unless invitations): the invitation's lift on the film's sales
     */
    public record Attendance(int seats, Integer invited, Integer heldOut, long bookers, long booked, long checkedIn,
                             double occupancy, Double checkInRate, Double invitedBooked, Difference filmBuyers) {}

    /**
     * Two groups' means (counts of people in each), treated minus control, its 95% interval (Welch; null with fewer
     * than two in a group) and whether the numbers are too small to read much into (under 30 in a group, or an
     * interval that includes 0).
     */
    public record Difference(long treatedCount, Double treated, long controlCount, Double control, Double difference, Double low,
                             Double high, boolean smallNumbers) {}

    /** The preview audience's verified ratings against the other verified viewers' (those at no preview of the film). */
    public record Ratings(RatingGroup preview, RatingGroup others, Difference difference) {}

    /** Verified ratings: how many, their mean, the share of 8 or more, and the count of each of 1..10 (index 0 is 1). */
    public record RatingGroup(long ratings, Double mean, Double highShare, List<Long> histogram) {}

    /**
     * Want-to-see marks per 1,000 moviegoers living there, before the preview started and added from then until
     * {@code to} (the release, or now when the film is out already): the preview city's growth against its matched
     * cities'.
     */
    public record WantToSee(Instant from, Instant to, CityEffect growthPer1000) {}

    /**
     * The film's admissions on box office days after the preview's, from {@code from} to {@code to} (presales of those
     * days included, the preview's own day left out), per 1,000 moviegoers living there; {@code sharePct} compares the
     * film's share (%) of all the city's tickets on those days instead, which does not depend on how many of a city's
     * cinemagoers are Marquee moviegoers (imported and fed sales count there too). {@code extraAdmissions} is the
     * difference scaled to the preview city's moviegoers: the tickets the preview city sold beyond what its matched
     * cities' rate predicts, with its interval.
     */
    public record Sales(LocalDate from, LocalDate to, long previewAdmissions, CityEffect per1000, Double extraAdmissions,
                        Double extraLow, Double extraHigh, CityEffect sharePct) {}

    /**
     * The preview city's figure against the mean of its matched cities'. The interval is a 95% prediction interval for
     * one city: the matched cities' spread (at least the Poisson noise of the preview city's count), times
     * √(1 + 1/matched), with Student's t for matched − 1 degrees of freedom; null without any matched city.
     */
    public record CityEffect(double preview, Double matched, Double difference, Double low, Double high, int matchedCities,
                             boolean smallNumbers) {}

    /**
     * One city of the comparison. {@code role} PREVIEW or MATCHED; {@code distance} how far a matched city is from the
     * preview city by the matching rule (0 for the preview city).
     */
    public record CityFigures(String city, int tier, String role, double distance, long moviegoers, long wantToSeeBefore,
                              long wantToSeeAdded, double wantToSeeBeforePer1000, double wantToSeeGrowthPer1000, long admissions,
                              long grossMinor, double admissionsPer1000, long cityAdmissions, double sharePct) {}
}
