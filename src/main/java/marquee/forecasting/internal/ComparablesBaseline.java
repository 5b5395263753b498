package marquee.forecasting.internal;

import java.util.List;
import java.util.function.Predicate;

/**
 * The pre-release baseline: the median final gross of comparable past films, i.e. those sharing
 * the film's first genre, else its distributor, else all past films (at least 5 are needed).
 */
public final class ComparablesBaseline {

    private static final int MIN_COMPARABLES = 5;

    private final List<PastFilm> past;

    public ComparablesBaseline(List<PastFilm> past) {
        this.past = past;
    }

    public Forecast forecast(FilmInfo film) {
        double[] finals = comparables(film);
        return new Forecast(film.filmId(), 0, Quantiles.median(finals), Quantiles.of(finals, 0.1),
                Quantiles.of(finals, 0.9));
    }

    private double[] comparables(FilmInfo film) {
        if (!film.genres().isEmpty()) {
            String genre = film.genres().getFirst();
            double[] same = finals(p -> !p.info().genres().isEmpty() && p.info().genres().getFirst().equals(genre));
            if (same.length >= MIN_COMPARABLES) {
                return same;
            }
        }
        if (!film.distributor().isEmpty()) {
            double[] same = finals(p -> p.info().distributor().equals(film.distributor()));
            if (same.length >= MIN_COMPARABLES) {
                return same;
            }
        }
        return finals(p -> true);
    }

    private double[] finals(Predicate<PastFilm> comparable) {
        return past.stream().filter(comparable).mapToDouble(PastFilm::finalGross).toArray();
    }
}
