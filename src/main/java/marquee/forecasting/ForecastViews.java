package marquee.forecasting;

import java.time.LocalDate;
import java.util.List;
import marquee.shared.Sentence;

/**
 * What the forecasting module answers to the web layer: plain values, money in major units of the market's currency.
 * Its notes and explanations are {@link Sentence}s: English in the JSON API, the reader's language on the pages.
 */
public final class ForecastViews {

    private ForecastViews() {
    }

    /**
     * A film's run in a market's history as forecasting sees it: final gross by the data contract's rule
     * (the last cumulative_gross, else the sum of the days), days in the data, and whether the run is
     * finished. Not the box office's {@code HistoryFilm}, a film of the imported history with its own id.
     */
    public record FilmRun(String filmId, String title, LocalDate releaseDate, double finalGross, int daysInData,
                              boolean finished) {
    }

    /** A forecast of final gross with its 80% prediction interval. */
    public record Interval(double predicted, double low80, double high80) {
    }

    /** One day of a film's actual run: day in release (1 = release date, 0 or less previews), gross and running total. */
    public record ActualDay(int day, LocalDate date, double gross, double cumulative) {
    }

    /** One day of the projected cumulative gross: the forecast's centre and its 80% band. */
    public record FanPoint(int day, double predicted, double low80, double high80) {
    }

    /**
     * An "as-if" forecast: the model trained only on films whose run finished before this film's
     * release date, then given its first {@code daysObserved} days.
     */
    public record FilmForecast(String market, String currency, String filmId, String title, LocalDate releaseDate,
                               int daysObserved, int daysInData, LocalDate trainedBefore, int trainingFilms,
                               double grossSoFar, Interval forecast, Interval baseline, Sentence baselineName,
                               double actualFinalGross, double modelErrorPct, double baselineErrorPct,
                               boolean actualWithinInterval, List<ActualDay> actual, List<FanPoint> fan, Sentence note) {
    }

    /**
     * A film released near a calendar day, with its strength (final gross in the data). {@code source}:
     * {@code history} for a film of the market's history, {@code catalog} for an announced release of the
     * platform's catalog (no final gross yet: 0, and not counted in the competition's gross).
     */
    public record Rival(String filmId, String title, LocalDate releaseDate, double finalGross, String source) {
    }

    /**
     * A day of the release calendar: holidays, special dates and the competition within 14 days either side.
     * {@code makeUpWorkday}: a Saturday or Sunday worked in exchange for a holiday (not a day off).
     */
    public record CalendarDay(LocalDate date, String dayOfWeek, boolean dayOff, boolean makeUpWorkday, String holiday,
                              String specialDate, boolean summer, int releases, double competition, List<Rival> rivals) {
    }

    /**
     * {@code dataEnd}: the history's last date (null without a history); {@code notes}: what the calendar
     * cannot know, such as a year whose statutory holidays are not announced yet.
     */
    public record ReleaseCalendar(String market, String currency, LocalDate from, LocalDate to, LocalDate dataEnd,
                                  Sentence competitionMeaning, List<CalendarDay> days, List<Sentence> notes) {
    }

    /** A calendar effect estimated from the market's daily gross, with its 90% bootstrap interval. */
    public record Effect(String name, double effectPct, double low90Pct, double high90Pct, int days) {
    }

    /** One candidate release date of the planner. */
    public record CandidateDate(LocalDate date, String dayOfWeek, Interval forecast, double calendarIndex,
                                List<String> effects, List<String> rivals, boolean recommended) {
    }

    /** An elasticity of final gross, with its 90% bootstrap interval. */
    public record Elasticity(String name, double estimate, double low90, double high90, Sentence meaning) {
    }

    public record DatePlan(String market, String currency, String filmId, String title, LocalDate actualReleaseDate,
                           LocalDate from, LocalDate to, int trainingFilms, List<CandidateDate> candidates,
                           LocalDate recommended, Interval recommendedForecast, List<Sentence> why,
                           List<Effect> effects, List<Elasticity> elasticities, List<Sentence> notes) {
    }

    /**
     * One film's screening advice at a cinema for tomorrow. {@code screeningsTomorrow}: what is scheduled
     * (or, when nothing is scheduled yet, today's count, the base the change is measured from);
     * {@code trendPct}: today's gross against yesterday's (null without sales yesterday); {@code advice}:
     * more, fewer, keep, or new (a film opening tomorrow or not screened today keeps its screenings).
     */
    public record FilmAllocation(long filmId, String title, int dayInReleaseTomorrow, long screeningsToday,
                                 double occupancyPctToday, long grossTodayMinor, double grossSharePct,
                                 double screeningSharePct, Double trendPct, double retention, long screeningsTomorrow,
                                 long suggestedScreenings, long change, String advice, Sentence why) {
    }

    /** Screening advice for a cinema: from the sales of {@code salesDay}, for {@code adviceDay}. */
    public record AllocationAdvice(long cinemaId, String cinemaName, String chain, LocalDate salesDay,
                                   LocalDate adviceDay, String currency, boolean scheduledTomorrow,
                                   List<FilmAllocation> films, Sentence rule, List<Sentence> notes) {
    }
}
