package marquee.forecasting.internal;

/**
 * A finished film the models learn from: what was known before release, how it ended, and from which date its
 * final gross was known (its last row plus {@link BoxOfficeHistory#FINISHED_AFTER_DAYS}, as a backtest decides).
 */
public record PastFilm(FilmInfo info, double finalGross, java.time.LocalDate knownFrom) {

    public double logFinal() {
        return Math.log(Math.max(finalGross, 1));
    }
}
