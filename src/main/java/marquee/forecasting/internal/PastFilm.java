package marquee.forecasting.internal;

/** A finished film the models learn from: what was known before release and how it ended. */
public record PastFilm(FilmInfo info, double finalGross) {

    public double logFinal() {
        return Math.log(Math.max(finalGross, 1));
    }
}
