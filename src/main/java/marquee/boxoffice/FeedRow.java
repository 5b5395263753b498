package marquee.boxoffice;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One valid row of a daily box office feed: a film's market-wide figures for one day, money in minor
 * units. The optional columns of the data contract are kept for the readers that use them:
 * {@code cumulativeGrossMinor} is -1 and the shares NaN when the file does not give them, {@code theaters}
 * 0 and {@code distributor} "". {@code line} is the physical line the row starts on.
 */
public record FeedRow(long line, String filmId, String title, LocalDate releaseDate, LocalDate day, long grossMinor,
                      Long admissions, Long screenings, String currency, long cumulativeGrossMinor,
                      double screeningSharePct, double grossSharePct, int theaters, String distributor) {

    /** Whether two rows for the same film and day say the same thing. */
    public boolean sameFigures(FeedRow other) {
        return grossMinor == other.grossMinor && Objects.equals(admissions, other.admissions)
                && Objects.equals(screenings, other.screenings) && currency.equals(other.currency);
    }
}
