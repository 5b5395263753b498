package marquee.forecasting.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits by release date only: trains on films whose whole run lies before the cutoff (rows on or
 * after the cutoff are not even read), then forecasts the finished films released from the cutoff
 * on (up to {@code until}, exclusive, when given) from their first N days, next to the baselines.
 */
public final class Backtest {

    public record Row(int day, int trainingFilms, List<Accuracy.Outcome> modelOutcomes,
                      List<Accuracy.Outcome> baselineOutcomes) {

        public Accuracy model() {
            return Accuracy.of(modelOutcomes);
        }

        public Accuracy baseline() {
            return Accuracy.of(baselineOutcomes);
        }
    }

    public record Result(Market market, LocalDate cutoff, LocalDate until, int trainingFilms, int testFilms,
                         List<Row> rows) {
    }

    private Backtest() {
    }

    /** Fewer finished films than this before the cutoff train no model worth measuring. */
    public static final int MIN_TRAINING_FILMS = 10;

    public static Result run(BoxOfficeHistory history, List<FilmInfo> metadata, Market market, LocalDate cutoff,
                             LocalDate until, List<Integer> days, ModelSettings settings) {
        List<ReleaseCurve> training = history.finishedBefore(cutoff);
        List<ReleaseCurve> tests = history.curves().stream()
                .filter(c -> !c.releaseDate().isBefore(cutoff))
                .filter(c -> until == null || c.releaseDate().isBefore(until))
                .filter(history::isFinishedFirstRun)
                .toList();
        if (training.size() < MIN_TRAINING_FILMS || tests.isEmpty()) {
            return new Result(market, cutoff, until, training.size(), tests.size(), List.of()); // nothing to train or test
        }
        FilmCatalog catalog = new FilmCatalog(metadata, history.curves());
        InReleaseContext context = InReleaseContext.of(market, catalog);
        List<Row> rows = new ArrayList<>();
        for (int day : days) {
            rows.add(day == 0 ? preRelease(catalog, training, tests, market, settings)
                    : inRelease(training, tests, day, context, settings));
        }
        return new Result(market, cutoff, until, training.size(), tests.size(), rows);
    }

    private static Row preRelease(FilmCatalog catalog, List<ReleaseCurve> training, List<ReleaseCurve> tests,
                                  Market market, ModelSettings settings) {
        List<PastFilm> past = catalog.past(training);
        PreReleaseModel model = PreReleaseModel.train(past, new ReleaseSchedule(catalog.all()), market, settings);
        ComparablesBaseline baseline = new ComparablesBaseline(past);
        List<Accuracy.Outcome> ours = new ArrayList<>();
        List<Accuracy.Outcome> theirs = new ArrayList<>();
        for (ReleaseCurve test : tests) {
            FilmInfo info = catalog.get(test.filmId());
            ours.add(new Accuracy.Outcome(model.forecast(info), test.finalGross()));
            theirs.add(new Accuracy.Outcome(baseline.forecast(info), test.finalGross()));
        }
        return new Row(0, past.size(), ours, theirs);
    }

    private static Row inRelease(List<ReleaseCurve> training, List<ReleaseCurve> tests, int day,
                                 InReleaseContext context, ModelSettings settings) {
        InReleaseModel model = InReleaseModel.train(training, day, context, settings);
        NaiveMultiplier baseline = NaiveMultiplier.train(training, day);
        List<Accuracy.Outcome> ours = new ArrayList<>();
        List<Accuracy.Outcome> theirs = new ArrayList<>();
        for (ReleaseCurve test : tests) {
            if (test.onDay(day) == null) {
                continue;
            }
            ReleaseCurve seen = test.firstDays(day);
            Forecast f = model.forecast(seen);
            ours.add(new Accuracy.Outcome(f, test.finalGross()));
            theirs.add(new Accuracy.Outcome(baseline.forecast(seen, day), test.finalGross()));
        }
        return new Row(day, model.trainingFilms(), ours, theirs);
    }

    public static void print(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "forecast backtest: market %s, cutoff %s%s%n", r.market(), r.cutoff(),
                r.until() == null ? "" : ", test films released before " + r.until());
        out.printf(Locale.ROOT, "trained on %d finished films released before the cutoff; %d finished films to forecast%n",
                r.trainingFilms(), r.testFilms());
        out.println("baseline: N=0 median final gross of comparable films (same first genre, else distributor, else all);"
                + " N>0 gross so far x median multiplier of past films at day N");
        out.printf(Locale.ROOT, "%4s %6s %6s | %-25s | %-25s%n", "", "", "", "model", "baseline");
        out.printf(Locale.ROOT, "%4s %6s %6s | %8s %8s %7s | %8s %8s %7s%n", "N", "films", "train",
                "MAPE", "medAPE", "cov80", "MAPE", "medAPE", "cov80");
        for (Row row : r.rows()) {
            out.printf(Locale.ROOT, "%4d %6d %6d | %7.1f%% %7.1f%% %6.1f%% | %7.1f%% %7.1f%% %6.1f%%%n",
                    row.day(), row.model().films(), row.trainingFilms(),
                    100 * row.model().mape(), 100 * row.model().medianApe(), 100 * row.model().coverage80(),
                    100 * row.baseline().mape(), 100 * row.baseline().medianApe(), 100 * row.baseline().coverage80());
        }
    }
}
