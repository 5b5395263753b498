package marquee.forecasting.internal;

import java.time.LocalDate;
import marquee.boxoffice.FeedRow;

/**
 * One row of the daily box office CSV, as forecasting uses it. Money is kept in minor units (fen / cents);
 * {@code cumulativeMinor} is -1 when the file has no running total for the row.
 * Shares are NaN and theaters 0 when the file does not carry them.
 */
public record BoxOfficeDay(String filmId, String title, LocalDate releaseDate, LocalDate date,
                           long grossMinor, long cumulativeMinor, double screeningSharePct,
                           double grossSharePct, int theaters, String distributor, long line) {

    /** The forecasting view of a row of the box office's daily feed. */
    public static BoxOfficeDay of(FeedRow row) {
        return new BoxOfficeDay(row.filmId(), row.title(), row.releaseDate(), row.day(), row.grossMinor(),
                row.cumulativeGrossMinor(), row.screeningSharePct(), row.grossSharePct(), row.theaters(),
                row.distributor(), row.line());
    }

    public boolean hasCumulative() {
        return cumulativeMinor >= 0;
    }

    public double gross() {
        return grossMinor / 100.0;
    }

    public double cumulative() {
        return cumulativeMinor / 100.0;
    }
}
