package marquee.forecasting.internal;

import java.time.LocalDate;

/**
 * One row of the daily box office CSV. Money is kept in minor units (fen / cents);
 * {@code cumulativeMinor} is -1 when the file has no running total for the row.
 * Shares are NaN and theaters 0 when the file does not carry them.
 */
public record BoxOfficeDay(String filmId, String title, LocalDate releaseDate, LocalDate date,
                           long grossMinor, long cumulativeMinor, double screeningSharePct,
                           double grossSharePct, int theaters, String distributor, long line) {

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
