package marquee.forecasting;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import marquee.forecasting.internal.Backtest;
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
import marquee.forecasting.internal.MarketDays;
import marquee.forecasting.internal.ModelSettings;
import marquee.forecasting.internal.PastFilm;
import marquee.forecasting.internal.PreReleaseModel;
import marquee.forecasting.internal.ReleaseCurve;
import marquee.forecasting.internal.ReleaseDatePlanner;
import marquee.forecasting.internal.ReleaseSchedule;
import marquee.forecasting.internal.ScreeningAllocation;
import marquee.forecasting.internal.UnusableInputException;
import marquee.shared.Command;
import marquee.shared.csv.CsvRead;
import marquee.shared.csv.RejectedRow;

/**
 * {@code ./marquee forecast predict|backtest ...}: final-gross forecasts with 80% intervals from
 * daily box office CSV files, and their backtest against the baselines.
 */
public class ForecastCommand implements Command {

    static final String USAGE = """
            usage: forecast predict  --history H.csv [--films F.csv] --observed O.csv --out P.csv [--market china|us]
                   forecast backtest --history H.csv [--films F.csv] --cutoff YYYY-MM-DD [--until YYYY-MM-DD]
                                     [--days 0,1,3,7,14] [--market china|us]
                   forecast plan     --history H.csv [--films F.csv] --from YYYY-MM-DD --to YYYY-MM-DD
                                     (--film FILM_ID | --title T [--genres A|B] [--directors A|B] [--stars A|B]
                                      [--runtime MIN] [--formats 2D|3D] [--distributor D] [--theaters N]) [--market china|us]
                   forecast allocation --history H.csv --from YYYY-MM-DD --to YYYY-MM-DD   (needs screening_share_pct, gross_share_pct)
              predict : trains on the finished films of H, writes film_id,days_observed,predicted_final_gross,low80,high80
                        for every film of O (from its days so far) and every film of F absent from O (days_observed 0)
              backtest: trains on films whose run ended before the cutoff, forecasts the finished films released
                        from the cutoff on (before --until if given) from their first N days; prints MAPE,
                        median APE and 80% interval coverage of the model next to the baseline
              plan    : estimates holiday/season/weekday effects from H (before --from) with 90% intervals, forecasts
                        the film for every date from --from to --to, recommends one and names the two largest effects
              allocation: recommends each day's screening shares from forecast demand and scores them against the
                        actual screening_share_pct by efficiency = gross share / screening share
              --market defaults to china when H has screening shares (or maoyan ids), else us""";

    private static final int MAX_REJECTIONS_SHOWN = 10;

    @Override
    public String name() {
        return "forecast";
    }

    @Override
    public String summary() {
        return "final-gross forecasts with 80% intervals (predict) and their accuracy on history (backtest)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        Map<String, String> options;
        try {
            options = options(args.subList(1, args.size()));
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        try {
            return switch (args.getFirst()) {
                case "predict" -> predict(options, out, err);
                case "backtest" -> backtest(options, out, err);
                case "plan" -> plan(options, out, err);
                case "allocation" -> allocation(options, out, err);
                default -> usage(err, "unknown subcommand: " + args.getFirst());
            };
        } catch (UsageException e) {
            return usage(err, e.getMessage());
        } catch (UnusableInputException e) {
            err.println("forecast: " + e.getMessage());
            return 1;
        }
    }

    private int predict(Map<String, String> options, PrintStream out, PrintStream err) {
        allow(options, Set.of("history", "films", "observed", "out", "market"));
        Path outFile = Path.of(required(options, "out"));
        List<BoxOfficeDay> historyRows = daily(required(options, "history"), err);
        List<BoxOfficeDay> observedRows = daily(required(options, "observed"), err);
        List<FilmInfo> metadata = films(options.get("films"), err);
        Market market = market(options, historyRows);
        BoxOfficeHistory history = BoxOfficeHistory.of(historyRows);
        BoxOfficeHistory observed = BoxOfficeHistory.of(observedRows);
        FilmCatalog catalog = new FilmCatalog(metadata, history.curves());
        observed.curves().forEach(catalog::add);
        List<BoxOfficeDay> allRows = new ArrayList<>(historyRows);
        allRows.addAll(observedRows);
        Forecaster forecaster = new Forecaster(history, catalog, market, new MarketDays(allRows), ModelSettings.defaults());
        if (forecaster.trainingFilms() < 10) {
            throw new UnusableInputException(options.get("history") + ": only " + forecaster.trainingFilms()
                    + " finished films (a film is finished when the data goes on "
                    + BoxOfficeHistory.FINISHED_AFTER_DAYS + " days after its last row); at least 10 are needed");
        }
        List<Forecast> forecasts = forecaster.forecast(observed.curves(), metadata);
        if (forecasts.isEmpty()) {
            throw new UnusableInputException("no film to forecast in " + options.get("observed"));
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

    private int backtest(Map<String, String> options, PrintStream out, PrintStream err) {
        allow(options, Set.of("history", "films", "cutoff", "until", "days", "market"));
        LocalDate cutoff = date(required(options, "cutoff"), "cutoff");
        LocalDate until = options.containsKey("until") ? date(options.get("until"), "until") : null;
        List<Integer> days = days(options.getOrDefault("days", "0,1,3,7,14"));
        List<BoxOfficeDay> rows = daily(required(options, "history"), err);
        List<FilmInfo> metadata = films(options.get("films"), err);
        Market market = market(options, rows);
        Backtest.Result result = Backtest.run(BoxOfficeHistory.of(rows), metadata, market, cutoff, until, days,
                ModelSettings.defaults());
        if (result.trainingFilms() < 10 || result.testFilms() == 0) {
            throw new UnusableInputException("cutoff " + cutoff + " leaves " + result.trainingFilms()
                    + " finished films to train on and " + result.testFilms() + " to forecast; choose another cutoff");
        }
        Backtest.print(result, out);
        return 0;
    }

    private int plan(Map<String, String> options, PrintStream out, PrintStream err) {
        allow(options, Set.of("history", "films", "from", "to", "market", "film", "title", "genres", "directors",
                "stars", "runtime", "formats", "distributor", "theaters"));
        LocalDate from = date(required(options, "from"), "from");
        LocalDate to = date(required(options, "to"), "to");
        if (to.isBefore(from) || to.isAfter(from.plusDays(120))) {
            throw new UsageException("--to must be on or after --from, at most 120 days later");
        }
        List<BoxOfficeDay> rows = daily(required(options, "history"), err);
        List<FilmInfo> metadata = films(options.get("films"), err);
        Market market = market(options, rows);
        BoxOfficeHistory history = BoxOfficeHistory.of(rows);
        FilmCatalog catalog = new FilmCatalog(metadata, history.curves());
        FilmInfo film = plannedFilm(options, catalog);
        List<ReleaseCurve> finished = history.finishedBefore(from);
        if (finished.size() < 30) {
            throw new UnusableInputException("only " + finished.size() + " films finished before " + from
                    + "; the planner needs at least 30");
        }
        ReleaseSchedule schedule = new ReleaseSchedule(catalog.all());
        List<PastFilm> past = catalog.past(finished);
        PreReleaseModel model = PreReleaseModel.train(past, schedule, market, ModelSettings.defaults());
        CalendarEffects calendar = CalendarEffects.estimate(rows, market, from);
        ReleaseDatePlanner planner = new ReleaseDatePlanner(model, calendar, schedule, market, past, finished);
        out.printf("forecast plan: market %s, trained on %d films finished before %s%n", market, finished.size(), from);
        planner.print(film, planner.compare(film, from, to), out);
        return 0;
    }

    private int allocation(Map<String, String> options, PrintStream out, PrintStream err) {
        allow(options, Set.of("history", "from", "to", "market"));
        LocalDate from = date(required(options, "from"), "from");
        LocalDate to = date(required(options, "to"), "to");
        List<BoxOfficeDay> rows = daily(required(options, "history"), err);
        if (rows.stream().noneMatch(r -> r.screeningSharePct() > 0 && !Double.isNaN(r.grossSharePct()))) {
            throw new UnusableInputException(options.get("history")
                    + " has no screening_share_pct and gross_share_pct: allocation advice needs both");
        }
        ScreeningAllocation.Result result = ScreeningAllocation.backtest(BoxOfficeHistory.of(rows), from, to);
        if (result.days() == 0) {
            throw new UnusableInputException("no day between " + from + " and " + to + " with screening shares");
        }
        ScreeningAllocation.print(result, from, to, out);
        return 0;
    }

    private static FilmInfo plannedFilm(Map<String, String> options, FilmCatalog catalog) {
        if (options.containsKey("film")) {
            FilmInfo known = catalog.get(options.get("film"));
            if (known == null) {
                throw new UnusableInputException("film " + options.get("film") + " is in neither --films nor --history");
            }
            return known;
        }
        String title = required(options, "title");
        return new FilmInfo("planned-film", title, null, list(options, "genres"), list(options, "directors"),
                list(options, "stars"), number(options, "runtime"), list(options, "formats"),
                options.getOrDefault("distributor", ""), number(options, "theaters"));
    }

    private static List<String> list(Map<String, String> options, String key) {
        String value = options.get(key);
        return value == null ? List.of() : List.of(value.split("\\|"));
    }

    private static int number(Map<String, String> options, String key) {
        try {
            return options.containsKey(key) ? Integer.parseInt(options.get(key)) : 0;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + key + " must be a whole number, not " + options.get(key));
        }
    }

    private static List<BoxOfficeDay> daily(String file, PrintStream err) {
        CsvRead<BoxOfficeDay> read = DailyHistory.read(Path.of(file), DailyHistory.ANY_CURRENCY);
        report(file, read.rejected(), err);
        return read.accepted();
    }

    private static List<FilmInfo> films(String file, PrintStream err) {
        if (file == null) {
            return List.of();
        }
        CsvRead<FilmInfo> read = FilmMetadataCsv.read(Path.of(file));
        report(file, read.rejected(), err);
        return read.accepted();
    }

    private static void report(String file, List<RejectedRow> rejected, PrintStream err) {
        if (rejected.isEmpty()) {
            return;
        }
        err.printf("forecast: %s: %d row(s) rejected%n", file, rejected.size());
        rejected.stream().limit(MAX_REJECTIONS_SHOWN).forEach(r -> err.println("  " + r));
        if (rejected.size() > MAX_REJECTIONS_SHOWN) {
            err.printf("  ... and %d more%n", rejected.size() - MAX_REJECTIONS_SHOWN);
        }
    }

    private static Market market(Map<String, String> options, List<BoxOfficeDay> rows) {
        String name = options.get("market");
        if (name == null) {
            return Market.guess(rows);
        }
        return switch (name.toLowerCase()) {
            case "china", "cn" -> Market.CHINA;
            case "us" -> Market.US;
            default -> throw new UsageException("--market must be china or us, not " + name);
        };
    }

    private static Map<String, String> options(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String key = args.get(i);
            if (!key.startsWith("--") || i + 1 >= args.size()) {
                throw new IllegalArgumentException("expected --option value, got: " + String.join(" ", args.subList(i, args.size())));
            }
            options.put(key.substring(2), args.get(i + 1));
        }
        return options;
    }

    private static void allow(Map<String, String> options, Set<String> allowed) {
        List<String> unknown = new ArrayList<>(options.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new UsageException("unknown option(s): --" + String.join(", --", unknown));
        }
    }

    private static String required(Map<String, String> options, String key) {
        String value = options.get(key);
        if (value == null || value.isBlank()) {
            throw new UsageException("--" + key + " is required");
        }
        return value;
    }

    private static LocalDate date(String value, String option) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--" + option + " must be a date YYYY-MM-DD, not " + value);
        }
    }

    private static List<Integer> days(String value) {
        List<Integer> days = new ArrayList<>();
        for (String part : value.split(",")) {
            try {
                int day = Integer.parseInt(part.trim());
                if (day < 0 || day > 365) {
                    throw new NumberFormatException();
                }
                days.add(day);
            } catch (NumberFormatException e) {
                throw new UsageException("--days must be a list of day counts 0..365 like 0,1,3,7,14, not " + value);
            }
        }
        return days;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("forecast: " + problem);
        err.println(USAGE);
        return 2;
    }

    /** Bad command line: print usage, exit code 2. */
    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
