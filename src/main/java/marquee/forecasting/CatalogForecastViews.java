package marquee.forecasting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import marquee.forecasting.ForecastViews.ActualDay;
import marquee.forecasting.ForecastViews.FanPoint;
import marquee.forecasting.ForecastViews.Interval;
import marquee.shared.Sentence;

/** What {@link CatalogForecasts} answers: a catalog film's live forecast and its match to the market history. */
public final class CatalogForecastViews {

    private CatalogForecastViews() {
    }

    /** Where a film's match comes from: the title rule's suggestion, or its distributor's (or the operator's) word. */
    public enum MatchState {
        /** The title rule found a history film; nobody has confirmed it yet. */
        SUGGESTED,
        /** The title rule found none; nobody has said otherwise. */
        NONE_FOUND,
        /** Confirmed or fixed to a history film. */
        CONFIRMED,
        /** Confirmed to have no match in the history. */
        NO_MATCH
    }

    /** A history film as a match candidate. */
    public record HistoryFilmRef(String filmId, String title, LocalDate releaseDate, double finalGross) {
    }

    /**
     * The history film a catalog film is, if any ({@code film} null: none), how that was decided, and the other
     * candidates of the title rule.
     */
    public record FilmMatch(long catalogFilmId, String market, MatchState state, HistoryFilmRef film,
                            List<HistoryFilmRef> candidates, Long confirmedBy, Instant confirmedAt, Sentence rule) {
    }

    /** One box office day of the live curve: gross of the day and running total, major units. */
    public record LiveDay(int day, LocalDate date, double gross, double cumulative, boolean complete) {
    }

    /**
     * A catalog film's live forecast as of {@code today}: the live curve, the model given the first
     * {@code daysObserved} complete days (through yesterday: today's sales are still coming in), the final gross
     * forecast with its 80% interval ({@code forecast} null when there is none yet: see {@code note}), the fan of
     * the cumulative gross over the coming days, the match, and the matched history film's actual run.
     */
    public record LiveForecast(long filmId, String title, String market, String currency, LocalDate releaseDate,
                               LocalDate today, int daysObserved, double grossSoFar, double grossToday,
                               List<LiveDay> live, Interval forecast, List<FanPoint> fan, LocalDate trainedBefore,
                               int trainingFilms, FilmMatch match, List<ActualDay> matchedRun, Sentence note) {
    }
}
