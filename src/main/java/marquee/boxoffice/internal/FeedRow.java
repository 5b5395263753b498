package marquee.boxoffice.internal;

import java.time.LocalDate;

/** One valid row of a daily box office feed: a film's market-wide figures for one day, gross in minor units. */
record FeedRow(long line, String externalId, String title, LocalDate releaseDate, LocalDate day, long grossMinor,
               Long admissions, Long screenings, String currency) {

    /** Whether two rows for the same film and day say the same thing. */
    boolean sameFigures(FeedRow other) {
        return grossMinor == other.grossMinor && java.util.Objects.equals(admissions, other.admissions)
                && java.util.Objects.equals(screenings, other.screenings) && currency.equals(other.currency);
    }
}
