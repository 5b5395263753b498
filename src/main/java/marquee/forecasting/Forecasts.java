package marquee.forecasting;

import jakarta.annotation.PreDestroy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import marquee.boxoffice.HistoryDataSet;
import marquee.forecasting.ForecastViews.ActualDay;
import marquee.forecasting.ForecastViews.CalendarDay;
import marquee.forecasting.ForecastViews.CandidateDate;
import marquee.forecasting.ForecastViews.DatePlan;
import marquee.forecasting.ForecastViews.Effect;
import marquee.forecasting.ForecastViews.Elasticity;
import marquee.forecasting.ForecastViews.FanPoint;
import marquee.forecasting.ForecastViews.FilmForecast;
import marquee.forecasting.ForecastViews.FilmRun;
import marquee.forecasting.ForecastViews.Interval;
import marquee.forecasting.ForecastViews.ReleaseCalendar;
import marquee.forecasting.ForecastViews.Rival;
import marquee.forecasting.internal.AnnouncedReleases;
import marquee.forecasting.internal.BoxOfficeDay;
import marquee.forecasting.internal.BoxOfficeHistory;
import marquee.forecasting.internal.CalendarEffects;
import marquee.forecasting.internal.ComparablesBaseline;
import marquee.forecasting.internal.DailyHistory;
import marquee.forecasting.internal.FilmCatalog;
import marquee.forecasting.internal.FilmInfo;
import marquee.forecasting.internal.FilmMetadataCsv;
import marquee.forecasting.internal.Forecast;
import marquee.forecasting.internal.InReleaseContext;
import marquee.forecasting.internal.InReleaseModel;
import marquee.forecasting.internal.Market;
import marquee.forecasting.internal.ModelSettings;
import marquee.forecasting.internal.NaiveMultiplier;
import marquee.forecasting.internal.PastFilm;
import marquee.forecasting.internal.PreReleaseModel;
import marquee.forecasting.internal.ReleaseCurve;
import marquee.forecasting.internal.ReleaseDatePlanner;
import marquee.forecasting.internal.ReleaseSchedule;
import marquee.forecasting.internal.ScreeningAllocation;
import marquee.shared.InvalidInput;
import marquee.shared.NotFound;
import marquee.shared.Sentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Forecasts and planner results over the real daily box office data sets in
 * {@code marquee.boxoffice.history-dir}, the box office's {@link HistoryDataSet}s, read through its
 * {@link marquee.boxoffice.DailyFeed} parser.
 * Each market's history is read once, when first asked for; trained models are kept per market,
 * cutoff and day count. Training runs on one background thread: a caller waits a bounded time and
 * otherwise gets {@link ForecastNotReady}, while the training goes on for the next call.
 */
@Service
public class Forecasts {

    private static final Logger log = LoggerFactory.getLogger(Forecasts.class);

    /** The longest day count of an in-release forecast. */
    public static final int MAX_DAYS = 28;
    /** The longest window of the release calendar and of the date planner. */
    public static final int MAX_CALENDAR_DAYS = 366;
    public static final int MAX_PLAN_DAYS = 92;
    private static final int COMPETITION_DAYS = 14;
    private static final int PLANNER_MIN_FILMS = 30;

    /** A data set of the box office's list, and the market whose calendar its forecasts use. */
    private record Source(HistoryDataSet set, Market market) {

        String folder() {
            return set.folder();
        }

        String currency() {
            return set.currency();
        }
    }

    /** One market's history, read once. */
    private record MarketData(Source source, BoxOfficeHistory history, FilmCatalog catalog, InReleaseContext context,
                              ReleaseSchedule schedule, List<BoxOfficeDay> rows, Map<String, ReleaseCurve> byId,
                              List<FilmRun> films) {
    }

    /** Models trained on the films finished before a cutoff. */
    private record InReleaseModels(int trainingFilms, InReleaseModel model, NaiveMultiplier baseline, double[] shape) {
    }

    private record PreReleaseModels(int trainingFilms, PreReleaseModel model, ComparablesBaseline baseline, double[] shape) {
    }

    private record Planner(int trainingFilms, ReleaseDatePlanner planner) {
    }

    private final Path dir;
    private final long waitMillis;
    /** The catalog's announced releases as rivals; absent where no catalog is wired (a controller test). */
    private AnnouncedReleases announcedReleases;
    private final ExecutorService trainer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("forecast-trainer").daemon().factory());
    private final Map<String, CompletableFuture<MarketData>> data = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<?>> models = new ConcurrentHashMap<>();

    public Forecasts(@Value("${marquee.boxoffice.history-dir:}") String historyDir,
                     @Value("${marquee.forecasting.wait-seconds:40}") long waitSeconds) {
        this.dir = historyDir == null || historyDir.isBlank() ? null : Path.of(historyDir);
        this.waitMillis = TimeUnit.SECONDS.toMillis(waitSeconds);
    }

    @Autowired(required = false)
    void announcedReleases(AnnouncedReleases announcedReleases) {
        this.announcedReleases = announcedReleases;
    }

    @PreDestroy
    void stop() {
        trainer.shutdownNow();
    }

    /** The markets this service knows, whether or not their data is present. */
    public List<String> markets() {
        return Arrays.stream(HistoryDataSet.values()).map(HistoryDataSet::market).toList();
    }

    /** True when the market's daily box office file is in the history folder. */
    public boolean hasHistory(String market) {
        return dir != null && Files.isReadable(daily(source(market)));
    }

    public String historyFolder() {
        return dir == null ? "(not set)" : dir.toAbsolutePath().normalize().toString();
    }

    public String currency(String market) {
        return source(market).currency();
    }

    /** Films of the history whose title or id contains {@code q}, biggest final gross first. */
    public List<FilmRun> films(String market, String q, int limit) {
        MarketData m = data(market);
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        return m.films().stream()
                .filter(f -> needle.isEmpty() || f.title().toLowerCase(Locale.ROOT).contains(needle)
                        || f.filmId().toLowerCase(Locale.ROOT).equals(needle))
                .sorted(Comparator.comparingDouble(FilmRun::finalGross).reversed())
                .limit(Math.max(1, Math.min(limit, 500)))
                .toList();
    }

    /**
     * An honest "as-if" forecast: trained only on films finished before the film's release date
     * (rows on or after it unread), then given the film's first {@code days} days (0: before release).
     */
    public FilmForecast forecast(String market, String filmId, int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new InvalidInput("days", "must be between 0 and " + MAX_DAYS + ", not " + days);
        }
        MarketData m = data(market);
        ReleaseCurve curve = m.byId().get(filmId);
        if (curve == null) {
            throw new NotFound("film", filmId + " in the " + market + " history");
        }
        if (days > 0 && curve.daysObserved() < days) {
            throw new InvalidInput("days", Sentence.of("sentence.forecast.fewDays", curve.daysObserved()));
        }
        LocalDate cutoff = curve.releaseDate();
        List<ActualDay> actual = new ArrayList<>();
        for (BoxOfficeDay d : curve.days()) {
            int day = curve.dayIndex(d.date());
            actual.add(new ActualDay(day, d.date(), d.gross(), curve.grossThrough(day)));
        }
        double soFar = days == 0 ? curve.grossThrough(0) : curve.grossThrough(days);
        ReleaseCurve seen = days == 0 ? null : curve.firstDays(days);
        Forecast model;
        Forecast baseline;
        int trainingFilms;
        double[] shape;
        Sentence baselineName;
        Sentence note = null;
        if (days == 0) {
            PreReleaseModels p = preRelease(market, m, cutoff);
            FilmInfo info = m.catalog().get(filmId);
            Forecast f = p.model().forecast(info);
            model = new Forecast(filmId, 0, Math.max(soFar, f.predictedFinalGross()), Math.max(soFar, f.low80()),
                    Math.max(soFar, f.high80()));
            baseline = p.baseline().forecast(info);
            trainingFilms = p.trainingFilms();
            shape = p.shape();
            baselineName = Sentence.of("sentence.forecast.baseline.comparables");
        } else {
            InReleaseModels r = inRelease(market, m, cutoff, days);
            model = r.model().forecast(seen);
            baseline = r.baseline().forecast(seen, days);
            trainingFilms = r.trainingFilms();
            shape = r.shape();
            baselineName = Sentence.of("sentence.forecast.baseline.multiplier", r.baseline().median(), days);
            if (curve.onDay(days) == null) {
                note = Sentence.of("sentence.forecast.noRowOnDay", days);
            }
        }
        if (trainingFilms < InReleaseModel.MIN_TRAINING_FILMS && note == null) {
            note = Sentence.of("sentence.forecast.fewFilms", trainingFilms, cutoff);
        }
        double finalGross = curve.finalGross();
        int horizon = Math.min(120, Math.max(Math.max(curve.daysObserved(), 42), days + 14));
        return new FilmForecast(market, m.source().currency(), filmId, curve.title(), cutoff, days,
                curve.daysObserved(), cutoff, trainingFilms, soFar, interval(model), interval(baseline), baselineName,
                finalGross, errorPct(model.predictedFinalGross(), finalGross),
                errorPct(baseline.predictedFinalGross(), finalGross),
                finalGross >= model.low80() && finalGross <= model.high80(), actual,
                fan(shape, days, horizon, soFar, model), note);
    }

    /**
     * Per day: holidays, make-up working days, special dates, and the films released within 14 days either side
     * (the history's by final gross, then the catalog's announced releases). Any dates, also after the history's
     * end; a year whose statutory holidays are not announced yet is named in the notes.
     */
    public ReleaseCalendar calendar(String market, LocalDate from, LocalDate to) {
        MarketData m = data(market);
        LocalDate end = m.history().dataEnd();
        LocalDate first = from != null ? from : end.minusMonths(5).withDayOfMonth(1);
        LocalDate last = to != null ? to : from != null ? first.plusMonths(6).minusDays(1) : end;
        if (last.isBefore(first)) {
            throw new InvalidInput("to", Sentence.of("sentence.forecast.toBeforeFrom", first));
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_CALENDAR_DAYS) {
            throw new InvalidInput("to", Sentence.of("sentence.forecast.windowTooLong", MAX_CALENDAR_DAYS));
        }
        Market mk = m.source().market();
        ReleaseSchedule schedule = withAnnounced(m, first.minusDays(COMPETITION_DAYS), last.plusDays(COMPETITION_DAYS));
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            List<Rival> rivals = new ArrayList<>();
            for (FilmInfo f : schedule.competitors("", d, COMPETITION_DAYS)) {
                ReleaseCurve c = m.byId().get(f.filmId());
                rivals.add(new Rival(f.filmId(), f.title(), f.releaseDate(), c == null ? 0 : c.finalGross(),
                        f.filmId().startsWith(AnnouncedReleases.ID_PREFIX) ? "catalog" : "history"));
            }
            rivals.sort(Comparator.comparingDouble(Rival::finalGross).reversed());
            LocalDate day = d;
            int releases = (int) rivals.stream().filter(r -> r.releaseDate().equals(day)).count();
            double competition = rivals.stream().mapToDouble(Rival::finalGross).sum();
            days.add(new CalendarDay(d, d.getDayOfWeek().toString(), mk.isDayOff(d), mk.isMakeUpWorkday(d),
                    mk.holiday(d), mk.specialDate(d), mk.isSummer(d), releases, competition,
                    rivals.stream().limit(8).toList()));
        }
        return new ReleaseCalendar(market, m.source().currency(), first, last, end,
                Sentence.of("sentence.calendar.competition", COMPETITION_DAYS),
                days, notes(m, first, last));
    }

    /**
     * The release-date planner for a film of the history: trained on films finished before
     * {@code from}, compares every date from {@code from} to {@code to}.
     */
    public DatePlan plan(String market, String filmId, LocalDate from, LocalDate to) {
        MarketData m = data(market);
        ReleaseCurve curve = m.byId().get(filmId);
        FilmInfo film = m.catalog().get(filmId);
        if (curve == null || film == null) {
            throw new NotFound("film", filmId + " in the " + market + " history");
        }
        LocalDate first = from != null ? from : curve.releaseDate().minusDays(21);
        LocalDate last = to != null ? to : first.plusDays(42);
        if (last.isBefore(first)) {
            throw new InvalidInput("to", Sentence.of("sentence.forecast.toBeforeFrom", first));
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_PLAN_DAYS) {
            throw new InvalidInput("to", Sentence.of("sentence.forecast.windowTooLong", MAX_PLAN_DAYS));
        }
        // Every window after the history's end trains on the same films: one planner for all of them.
        LocalDate end = m.history().dataEnd();
        Planner p = planner(market, m, first.isAfter(end) ? end.plusDays(1) : first);
        if (p.trainingFilms() < PLANNER_MIN_FILMS) {
            throw new InvalidInput("from", Sentence.of("sentence.forecast.tooFewFilms", p.trainingFilms(), first,
                    PLANNER_MIN_FILMS));
        }
        ReleaseDatePlanner planner = p.planner().withSchedule(withAnnounced(m, first.minusDays(7), last.plusDays(7)));
        List<ReleaseDatePlanner.Candidate> candidates = planner.compare(film, first, last);
        ReleaseDatePlanner.Candidate best = ReleaseDatePlanner.best(candidates);
        List<CandidateDate> dates = candidates.stream().map(c -> new CandidateDate(c.date(),
                c.date().getDayOfWeek().toString(), interval(c.forecast()), c.calendarIndex(), c.effects(),
                c.rivals().stream().map(FilmInfo::title).toList(), c == best)).toList();
        List<Effect> effects = planner.calendar().effects().stream()
                .sorted(Comparator.comparingDouble(e -> -Math.abs(e.effect())))
                .map(e -> new Effect(e.name(), 100 * e.effect(), 100 * e.low90(), 100 * e.high90(), e.days())).toList();
        double[][] el = planner.elasticities();
        List<Elasticity> elasticities = List.of(
                new Elasticity("calendar index", el[0][0], el[0][1], el[0][2],
                        Sentence.of("sentence.plan.elasticity.calendar")),
                new Elasticity("competition", el[1][0], el[1][1], el[1][2],
                        Sentence.of("sentence.plan.elasticity.competition")));
        return new DatePlan(market, m.source().currency(), filmId, film.title(), curve.releaseDate(), first, last,
                p.trainingFilms(), dates, best.date(), interval(best.forecast()), planner.reasons(best, candidates),
                effects, elasticities, notes(m, first, last));
    }

    /** The history's dated films plus the catalog's announced releases from..to (China's, the platform's market). */
    private ReleaseSchedule withAnnounced(MarketData m, LocalDate from, LocalDate to) {
        if (announcedReleases == null || m.source().market() != Market.CHINA) {
            return m.schedule();
        }
        return m.schedule().plus(announcedReleases.between(from, to));
    }

    /**
     * The usual day-over-day retention of a film's gross per day in release (index: day in release), learnt
     * from every finished film of the market's history; null without a history.
     */
    double[] dailyRetention(String market) {
        if (!hasHistory(market)) {
            return null;
        }
        MarketData m = data(market);
        return model("retention:" + market, () -> ScreeningAllocation.retentionByAge(
                m.history().finishedBefore(m.history().dataEnd().plusDays(1))),
                "The " + market + " retention by day in release is still being learnt");
    }

    /** What a window of dates cannot know: unannounced statutory holidays, rivals after the history's end. */
    private static List<Sentence> notes(MarketData m, LocalDate first, LocalDate last) {
        List<Sentence> notes = new ArrayList<>(m.source().market().unannouncedNotes(first, last));
        LocalDate end = m.history().dataEnd();
        if (last.isAfter(end)) {
            notes.add(Sentence.of(m.source().market() == Market.CHINA ? "sentence.calendar.historyEnds.announced"
                    : "sentence.calendar.historyEnds.unknown", m.source().folder(), end));
        }
        return notes;
    }

    // --- live forecasts of catalog films (CatalogForecasts) ----------------------------------------

    /** Every film of the market's history: the candidates a catalog film is matched against. */
    List<FilmRun> historyFilms(String market) {
        return data(market).films();
    }

    /** The history film's actual run, day by day; empty when the history has no such film. */
    List<ActualDay> historyRun(String market, String filmId) {
        ReleaseCurve curve = data(market).byId().get(filmId);
        if (curve == null) {
            return List.of();
        }
        return curve.days().stream().map(d -> new ActualDay(curve.dayIndex(d.date()), d.date(), d.gross(),
                curve.grossThrough(curve.dayIndex(d.date())))).toList();
    }

    /**
     * A live film's forecast after {@code days} complete days, from the models trained on every film the
     * history saw finish (the newest cutoff: the day after the data ends). {@code observed}'s film id is the
     * matched history film's when there is one, so its metadata and track records feed the model; before
     * release ({@code days} 0) only a matched film has a forecast (the pre-release model needs its metadata).
     */
    LiveModelForecast forecastLive(String market, ReleaseCurve observed, int days, FilmInfo matched) {
        MarketData m = data(market);
        LocalDate cutoff = m.history().dataEnd().plusDays(1);
        double soFar = observed == null ? 0 : observed.grossThrough(Math.max(days, 0));
        int horizon = Math.min(120, Math.max(42, days + 14));
        if (days == 0) {
            if (matched == null) {
                return new LiveModelForecast(cutoff, 0, null, List.of(), Sentence.of("sentence.live.noMatchBeforeRelease"));
            }
            PreReleaseModels p = preRelease(market, m, cutoff);
            Forecast f = p.model().forecast(matched);
            Forecast floored = new Forecast(matched.filmId(), 0, Math.max(soFar, f.predictedFinalGross()),
                    Math.max(soFar, f.low80()), Math.max(soFar, f.high80()));
            return new LiveModelForecast(cutoff, p.trainingFilms(), interval(floored),
                    fan(p.shape(), 0, horizon, soFar, floored), null);
        }
        InReleaseModels r = inRelease(market, m, cutoff, days);
        Forecast f = r.model().forecast(observed);
        Sentence note = r.trainingFilms() < InReleaseModel.MIN_TRAINING_FILMS
                ? Sentence.of("sentence.live.fewFilms", r.trainingFilms()) : null;
        return new LiveModelForecast(cutoff, r.trainingFilms(), interval(f), fan(r.shape(), days, horizon, soFar, f),
                note);
    }

    /** The history's facts about a film (genres, people, distributor), or null. */
    FilmInfo historyFacts(String market, String filmId) {
        return filmId == null ? null : data(market).catalog().get(filmId);
    }

    // --- data and models -------------------------------------------------------------------------

    private Source source(String market) {
        HistoryDataSet set = HistoryDataSet.ofMarket(market)
                .orElseThrow(() -> new InvalidInput("market", Sentence.of("sentence.forecast.market", market)));
        return new Source(set, Market.valueOf(set.name()));
    }

    private Path daily(Source s) {
        return s.set().daily(dir);
    }

    private MarketData data(String market) {
        Source s = source(market);
        if (!hasHistory(market)) {
            throw new NotFound("box office history of market", market + " (no " + s.folder()
                    + "/daily.csv in " + historyFolder() + ")");
        }
        CompletableFuture<MarketData> future = data.computeIfAbsent(s.folder(),
                k -> CompletableFuture.supplyAsync(() -> load(s), trainer));
        return await(future, () -> data.remove(s.folder(), future), "The " + market + " history is still loading");
    }

    private MarketData load(Source s) {
        long start = System.nanoTime();
        List<BoxOfficeDay> rows = DailyHistory.read(daily(s), s.currency()).accepted();
        Path filmFile = s.set().films(dir);
        List<FilmInfo> metadata = Files.isReadable(filmFile)
                ? FilmMetadataCsv.read(filmFile).accepted() : List.of();
        BoxOfficeHistory history = BoxOfficeHistory.of(rows);
        FilmCatalog catalog = new FilmCatalog(metadata, history.curves());
        InReleaseContext context = InReleaseContext.of(s.market(), catalog);
        Map<String, ReleaseCurve> byId = new ConcurrentHashMap<>();
        List<FilmRun> films = new ArrayList<>();
        for (ReleaseCurve c : history.curves()) {
            byId.put(c.filmId(), c);
            films.add(new FilmRun(c.filmId(), c.title(), c.releaseDate(), c.finalGross(), c.daysObserved(),
                    history.isFinishedFirstRun(c)));
        }
        log.info("forecasting: {} history read, {} rows, {} films in {} ms", s.folder(), rows.size(), films.size(),
                (System.nanoTime() - start) / 1_000_000);
        return new MarketData(s, history, catalog, context, context.schedule(), rows, byId, List.copyOf(films));
    }

    private InReleaseModels inRelease(String market, MarketData m, LocalDate cutoff, int days) {
        return model("in:" + market + ":" + cutoff + ":" + days, () -> {
            List<ReleaseCurve> finished = m.history().finishedBefore(cutoff);
            return new InReleaseModels(finished.size(),
                    InReleaseModel.train(finished, days, m.context(), ModelSettings.defaults()),
                    NaiveMultiplier.train(finished, days), shape(finished));
        }, "The in-release model for day " + days + " (films finished before " + cutoff + ") is still training");
    }

    private PreReleaseModels preRelease(String market, MarketData m, LocalDate cutoff) {
        return model("pre:" + market + ":" + cutoff, () -> {
            List<ReleaseCurve> finished = m.history().finishedBefore(cutoff);
            List<PastFilm> past = m.catalog().past(finished);
            return new PreReleaseModels(finished.size(),
                    PreReleaseModel.train(past, m.schedule(), m.source().market(), ModelSettings.defaults()),
                    new ComparablesBaseline(past), shape(finished));
        }, "The pre-release model (films finished before " + cutoff + ") is still training");
    }

    private Planner planner(String market, MarketData m, LocalDate from) {
        return model("plan:" + market + ":" + from, () -> {
            List<ReleaseCurve> finished = m.history().finishedBefore(from);
            if (finished.size() < PLANNER_MIN_FILMS) {
                return new Planner(finished.size(), null);
            }
            List<PastFilm> past = m.catalog().past(finished);
            PreReleaseModel model = PreReleaseModel.train(past, m.schedule(), m.source().market(), ModelSettings.defaults());
            CalendarEffects calendar = CalendarEffects.estimate(m.rows(), m.source().market(), from);
            return new Planner(finished.size(),
                    new ReleaseDatePlanner(model, calendar, m.schedule(), m.source().market(), past, finished));
        }, "The date planner (films finished before " + from + ") is still training");
    }

    @SuppressWarnings("unchecked")
    private <T> T model(String key, java.util.function.Supplier<T> train, String waiting) {
        CompletableFuture<T> future = (CompletableFuture<T>) models.computeIfAbsent(key, k -> CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            T trained = train.get();
            log.info("forecasting: trained {} in {} ms", key, (System.nanoTime() - start) / 1_000_000);
            return trained;
        }, trainer));
        return await(future, () -> models.remove(key, future), waiting);
    }

    private <T> T await(CompletableFuture<T> future, Runnable forget, String waiting) {
        try {
            return future.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ForecastNotReady(waiting + "; try again in a few seconds.", 5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ForecastNotReady(waiting, 5);
        } catch (ExecutionException e) {
            forget.run();
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Mean share of final gross reached by each day in release (index 0..120), over finished films. */
    private static double[] shape(List<ReleaseCurve> finished) {
        double[] share = new double[121];
        int films = 0;
        for (ReleaseCurve c : finished) {
            double total = c.finalGross();
            if (total <= 0) {
                continue;
            }
            for (int d = 0; d < share.length; d++) {
                share[d] += Math.min(1, c.grossThrough(d) / total);
            }
            films++;
        }
        for (int d = 0; d < share.length; d++) {
            share[d] = films == 0 ? Math.min(1, d / 30.0) : share[d] / films;
        }
        return share;
    }

    /** The forecast's cumulative path from day N to the horizon, shaped like the typical past run. */
    private static List<FanPoint> fan(double[] shape, int days, int horizon, double soFar, Forecast f) {
        List<FanPoint> fan = new ArrayList<>();
        double start = shape[Math.min(days, shape.length - 1)];
        double span = Math.max(1e-9, shape[Math.min(horizon, shape.length - 1)] - start);
        for (int d = Math.max(days, 0); d <= horizon; d++) {
            double w = Math.min(1, Math.max(0, (shape[Math.min(d, shape.length - 1)] - start) / span));
            fan.add(new FanPoint(d, soFar + w * (f.predictedFinalGross() - soFar), soFar + w * (f.low80() - soFar),
                    soFar + w * (f.high80() - soFar)));
        }
        return fan;
    }

    private static Interval interval(Forecast f) {
        return new Interval(f.predictedFinalGross(), f.low80(), f.high80());
    }

    private static double errorPct(double predicted, double actual) {
        return actual <= 0 ? 0 : 100 * (predicted - actual) / actual;
    }
}
