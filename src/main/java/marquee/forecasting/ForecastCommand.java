package marquee.forecasting;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import marquee.forecasting.internal.BoxOfficeDay;
import marquee.forecasting.internal.BoxOfficeHistory;
import marquee.forecasting.internal.CalendarEffects;
import marquee.forecasting.internal.DailyHistory;
import marquee.forecasting.internal.FilmCatalog;
import marquee.forecasting.internal.FilmInfo;
import marquee.forecasting.internal.FilmMetadataCsv;
import marquee.forecasting.internal.Forecast;
import marquee.forecasting.internal.ForecastCsv;
import marquee.forecasting.internal.Forecaster;
import marquee.forecasting.internal.Market;
import marquee.forecasting.internal.ModelSettings;
import marquee.forecasting.internal.PastFilm;
import marquee.forecasting.internal.PreReleaseModel;
import marquee.forecasting.internal.ReleaseCurve;
import marquee.forecasting.internal.ReleaseDatePlanner;
import marquee.forecasting.internal.ReleaseSchedule;
import marquee.forecasting.internal.RollingBacktest;
import marquee.forecasting.internal.ScreeningAllocation;
import marquee.forecasting.internal.UnusableInputException;
import marquee.shared.Command;
import marquee.shared.csv.CsvRead;
import marquee.shared.csv.RejectedRow;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code ./marquee forecast predict|backtest|plan|allocation ...}: final-gross forecasts with 80% intervals from
 * daily box office CSV files, their backtest against the baselines, the release-date planner and screening
 * allocation advice. Each subcommand is a {@link Command} of its own, with the options of the history it reads.
 */
public abstract class ForecastCommand extends ForecastFromFiles {

    private static final int MAX_REJECTIONS_SHOWN = 10;

    @Option(names = "--history", required = true, paramLabel = "H.csv", description = "daily box office history")
    Path history;

    @Option(names = "--market", paramLabel = "china|us",
            description = "the market's calendar; default china when H has screening shares (or maoyan ids), else us")
    String marketName;


    /** The film metadata option of the commands that take one. */
    abstract static class WithFilms extends ForecastCommand {
        @Option(names = "--films", paramLabel = "F.csv", description = "film metadata (genres, people, distributor, ...)")
        Path films;

        List<FilmInfo> films(PrintStream err) {
            if (films == null) {
                return List.of();
            }
            CsvRead<FilmInfo> read = FilmMetadataCsv.read(films);
            report(films, read.rejected(), err);
            return read.accepted();
        }
    }

    @CommandLine.Command(name = "predict",
            description = "final-gross forecasts with 80%% intervals for films in release (and before)",
            footer = "Trains on the finished films of H; writes film_id,days_observed,predicted_final_gross,low80,high80 for every"
                    + " film of O (from its days so far) and every film of F absent from O (days_observed 0).")
    public static final class Predict extends WithFilms {
        @Option(names = "--observed", required = true, paramLabel = "O.csv", description = "the days so far of the films to forecast")
        Path observed;

        @Option(names = "--out", required = true, paramLabel = "P.csv", description = "where the forecasts are written")
        Path outFile;

        @Override
        int forecast(PrintStream out, PrintStream err) {
            List<BoxOfficeDay> historyRows = daily(history, err);
            List<BoxOfficeDay> observedRows = daily(observed, err);
            List<FilmInfo> metadata = films(err);
            Market market = market(historyRows);
            BoxOfficeHistory past = BoxOfficeHistory.of(historyRows);
            BoxOfficeHistory now = BoxOfficeHistory.of(observedRows);
            FilmCatalog catalog = new FilmCatalog(metadata, past.curves());
            now.curves().forEach(catalog::add);
            Forecaster forecaster = new Forecaster(past, catalog, market, ModelSettings.defaults());
            if (forecaster.trainingFilms() < 10) {
                throw new UnusableInputException(history + ": only " + forecaster.trainingFilms()
                        + " finished films (a film is finished when the data goes on "
                        + BoxOfficeHistory.FINISHED_AFTER_DAYS + " days after its last row); at least 10 are needed");
            }
            List<Forecast> forecasts = forecaster.forecast(now.curves(), metadata);
            if (forecasts.isEmpty()) {
                throw new UnusableInputException("no film to forecast in " + observed);
            }
            try {
                ForecastCsv.write(forecasts, outFile);
            } catch (IOException e) {
                throw new UnusableInputException("cannot write " + outFile + ": " + e.getMessage());
            }
            out.printf("forecast: %d forecasts written to %s (market %s, trained on %d finished films)%n",
                    forecasts.size(), outFile, market, forecaster.trainingFilms());
            return 0;
        }
    }

    @CommandLine.Command(name = "backtest",
            description = "the forecasts' accuracy on history: MAPE, median APE and 80%% coverage next to the baseline",
            footer = "Trains on films whose run ended before the cutoff, forecasts the finished films released from the cutoff on"
                    + " (before --until if given) from their first N days. Several cutoffs (--cutoff A,B,C,D) make a rolling-origin"
                    + " evaluation: each cutoff is tested on the films released before the next one, then all are pooled; the last"
                    + " cutoff is the held-out one.")
    public static final class Backtest extends WithFilms {
        @Option(names = {"--cutoff", "--cutoffs"}, required = true, split = ",", paramLabel = "YYYY-MM-DD")
        List<LocalDate> cutoffs;

        @Option(names = "--until", paramLabel = "YYYY-MM-DD")
        LocalDate until;

        @Option(names = "--days", split = ",", paramLabel = "N", defaultValue = "0,1,3,7,14",
                description = "days observed, 0..365 (default: ${DEFAULT-VALUE})")
        List<Integer> days;

        @Override
        int forecast(PrintStream out, PrintStream err) {
            if (days.stream().anyMatch(d -> d < 0 || d > 365)) {
                throw new UsageError("--days must be a list of day counts 0..365 like 0,1,3,7,14, not " + days);
            }
            if (until != null && cutoffs.stream().anyMatch(c -> !c.isBefore(until))) {
                throw new UsageError("--until " + until + " must come after every cutoff " + cutoffs);
            }
            List<BoxOfficeDay> rows = daily(history, err);
            List<FilmInfo> metadata = films(err);
            Market market = market(rows);
            var result = RollingBacktest.run(BoxOfficeHistory.of(rows), metadata, market, cutoffs, until, days,
                    ModelSettings.defaults());
            for (var window : result.windows()) {
                if (window.trainingFilms() < marquee.forecasting.internal.Backtest.MIN_TRAINING_FILMS || window.testFilms() == 0) {
                    throw new UnusableInputException("cutoff " + window.cutoff() + " leaves " + window.trainingFilms()
                            + " finished films to train on and " + window.testFilms() + " to forecast; choose another cutoff");
                }
            }
            if (result.windows().size() == 1) {
                marquee.forecasting.internal.Backtest.print(result.heldOut(), out);
            } else {
                RollingBacktest.print(result, out);
            }
            return 0;
        }
    }

    @CommandLine.Command(name = "plan",
            description = "the release-date planner: a forecast per candidate date, the recommended one and why",
            footer = "Estimates holiday, season and weekday effects from H (before --from) with 90%% intervals, forecasts the film"
                    + " for every date from --from to --to (at most 120 days), recommends one and names the two largest effects."
                    + " The film: --film ID of F or H, or --title with what is known of it.")
    public static final class Plan extends WithFilms {
        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD")
        LocalDate to;

        @Option(names = "--film", paramLabel = "FILM_ID")
        String film;

        @Option(names = "--title", paramLabel = "T")
        String title;

        @Option(names = "--genres", split = "\\|", paramLabel = "A|B")
        List<String> genres = List.of();

        @Option(names = "--directors", split = "\\|", paramLabel = "A|B")
        List<String> directors = List.of();

        @Option(names = "--stars", split = "\\|", paramLabel = "A|B")
        List<String> stars = List.of();

        @Option(names = "--runtime", paramLabel = "MIN")
        int runtime;

        @Option(names = "--formats", split = "\\|", paramLabel = "2D|3D")
        List<String> formats = List.of();

        @Option(names = "--distributor", paramLabel = "D")
        String distributor = "";

        @Option(names = "--theaters", paramLabel = "N")
        int theaters;

        @Override
        int forecast(PrintStream out, PrintStream err) {
            if (to.isBefore(from) || to.isAfter(from.plusDays(120))) {
                throw new UsageError("--to must be on or after --from, at most 120 days later");
            }
            if (film == null && (title == null || title.isBlank())) {
                throw new UsageError("--film or --title is required");
            }
            List<BoxOfficeDay> rows = daily(history, err);
            List<FilmInfo> metadata = films(err);
            Market market = market(rows);
            BoxOfficeHistory past = BoxOfficeHistory.of(rows);
            FilmCatalog catalog = new FilmCatalog(metadata, past.curves());
            FilmInfo planned = plannedFilm(catalog);
            List<ReleaseCurve> finished = past.finishedBefore(from);
            if (finished.size() < 30) {
                throw new UnusableInputException("only " + finished.size() + " films finished before " + from
                        + "; the planner needs at least 30");
            }
            ReleaseSchedule schedule = new ReleaseSchedule(catalog.all());
            List<PastFilm> pastFilms = catalog.past(finished);
            PreReleaseModel model = PreReleaseModel.train(pastFilms, schedule, market, ModelSettings.defaults());
            CalendarEffects calendar = CalendarEffects.estimate(rows, market, from);
            ReleaseDatePlanner planner = new ReleaseDatePlanner(model, calendar, schedule, market, pastFilms, finished);
            out.printf("forecast plan: market %s, trained on %d films finished before %s%n", market, finished.size(), from);
            planner.print(planned, planner.compare(planned, from, to), out);
            return 0;
        }

        private FilmInfo plannedFilm(FilmCatalog catalog) {
            if (film != null) {
                FilmInfo known = catalog.get(film);
                if (known == null) {
                    throw new UnusableInputException("film " + film + " is in neither --films nor --history");
                }
                return known;
            }
            return new FilmInfo("planned-film", title, null, genres, directors, stars, runtime, formats, distributor, theaters);
        }
    }

    @CommandLine.Command(name = "allocation",
            description = "screening allocation advice, backtested against the actual screening shares",
            footer = "Recommends each day's screening shares from forecast demand and scores them against the actual"
                    + " screening_share_pct by efficiency = gross share / screening share (H needs screening_share_pct, gross_share_pct).")
    public static final class Allocation extends ForecastCommand {
        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD")
        LocalDate to;

        @Override
        int forecast(PrintStream out, PrintStream err) {
            List<BoxOfficeDay> rows = daily(history, err);
            if (rows.stream().noneMatch(r -> r.screeningSharePct() > 0 && !Double.isNaN(r.grossSharePct()))) {
                throw new UnusableInputException(history
                        + " has no screening_share_pct and gross_share_pct: allocation advice needs both");
            }
            ScreeningAllocation.Result result = ScreeningAllocation.backtest(BoxOfficeHistory.of(rows), from, to);
            if (result.days() == 0) {
                throw new UnusableInputException("no day between " + from + " and " + to + " with screening shares");
            }
            ScreeningAllocation.print(result, from, to, out);
            return 0;
        }
    }

    static List<BoxOfficeDay> daily(Path file, PrintStream err) {
        CsvRead<BoxOfficeDay> read = DailyHistory.read(file, DailyHistory.ANY_CURRENCY);
        report(file, read.rejected(), err);
        return read.accepted();
    }

    static void report(Path file, List<RejectedRow> rejected, PrintStream err) {
        if (rejected.isEmpty()) {
            return;
        }
        err.printf("forecast: %s: %d row(s) rejected%n", file, rejected.size());
        rejected.stream().limit(MAX_REJECTIONS_SHOWN).forEach(r -> err.println("  " + r));
        if (rejected.size() > MAX_REJECTIONS_SHOWN) {
            err.printf("  ... and %d more%n", rejected.size() - MAX_REJECTIONS_SHOWN);
        }
    }

    Market market(List<BoxOfficeDay> rows) {
        if (marketName == null) {
            return Market.guess(rows);
        }
        return switch (marketName.toLowerCase()) {
            case "china", "cn" -> Market.CHINA;
            case "us" -> Market.US;
            default -> throw new UsageError("--market must be china or us, not " + marketName);
        };
    }
}
