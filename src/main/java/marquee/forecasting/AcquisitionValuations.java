package marquee.forecasting;

import jakarta.annotation.PreDestroy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import marquee.boxoffice.HistoryDataSet;
import marquee.forecasting.AcquisitionViews.AcquisitionRequest;
import marquee.forecasting.AcquisitionViews.BacktestTable;
import marquee.forecasting.AcquisitionViews.BacktestWindow;
import marquee.forecasting.AcquisitionViews.Candidate;
import marquee.forecasting.AcquisitionViews.Comparable;
import marquee.forecasting.AcquisitionViews.Estimate;
import marquee.forecasting.AcquisitionViews.UsFilm;
import marquee.forecasting.AcquisitionViews.Valuation;
import marquee.forecasting.internal.AcquisitionBacktest;
import marquee.forecasting.internal.AcquisitionCandidate;
import marquee.forecasting.internal.AcquisitionData;
import marquee.forecasting.internal.AcquisitionModel;
import marquee.forecasting.internal.AcquisitionPairsCsv;
import marquee.forecasting.internal.AcquisitionValuation;
import marquee.forecasting.internal.DailyHistory;
import marquee.forecasting.internal.ReleaseCurve;
import marquee.forecasting.internal.UnusableInputException;
import marquee.shared.Conflict;
import marquee.shared.InvalidInput;
import marquee.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import marquee.shared.Sentence;

/**
 * Acquisition valuations over the China and US histories of {@code marquee.boxoffice.history-dir} and the training
 * pairs of {@code marquee.forecasting.acquisition-pairs}. The data and the rolling-origin backtest are read and run
 * once, on a background thread, when first asked for; a caller waits a bounded time and otherwise gets
 * {@link ForecastNotReady}. Without the pairs or a history every call answers 409 saying which file is missing.
 */
@Service
public class AcquisitionValuations {

    private static final Logger log = LoggerFactory.getLogger(AcquisitionValuations.class);

    private final Path historyDir;
    private final Path pairsFile;
    private final long waitMillis;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("acquisition-loader").daemon().factory());
    private volatile CompletableFuture<Loaded> loaded;

    private record Loaded(AcquisitionData data, BacktestTable backtest) {
    }

    public AcquisitionValuations(@Value("${marquee.boxoffice.history-dir:}") String historyDir,
                                 @Value("${marquee.forecasting.acquisition-pairs:}") String pairs,
                                 @Value("${marquee.forecasting.wait-seconds:40}") long waitSeconds) {
        this.historyDir = historyDir == null || historyDir.isBlank() ? null : Path.of(historyDir);
        Path defaultPairs = this.historyDir == null ? null : this.historyDir.resolve("acquisitions/pairs.csv");
        this.pairsFile = pairs == null || pairs.isBlank() ? defaultPairs : Path.of(pairs);
        this.waitMillis = TimeUnit.SECONDS.toMillis(waitSeconds);
    }

    @PreDestroy
    void stop() {
        loader.shutdownNow();
    }

    /** Why no valuation can be made here, or null when the pairs and both histories are present. */
    public String missing() {
        if (pairsFile == null || !Files.isReadable(pairsFile)) {
            return "no training pairs configured: marquee.forecasting.acquisition-pairs ("
                    + (pairsFile == null ? "not set" : pairsFile.toAbsolutePath().normalize()) + ") is not readable";
        }
        for (HistoryDataSet set : List.of(HistoryDataSet.CHINA, HistoryDataSet.US)) {
            if (historyDir == null || !Files.isReadable(set.daily(historyDir))) {
                return "no " + set.market() + " box office history: " + set.folder() + "/daily.csv is not in "
                        + (historyDir == null ? "marquee.boxoffice.history-dir (not set)"
                        : historyDir.toAbsolutePath().normalize());
            }
        }
        return null;
    }

    /** US films of the history whose title contains {@code q}, most recent first. */
    public List<UsFilm> usFilms(String q, int limit) {
        if (q == null || q.isBlank()) {
            throw new InvalidInput("q", "give a part of the title to search for");
        }
        return data().data().findUsFilms(q.trim(), Math.max(1, Math.min(limit, 100))).stream()
                .map(c -> new UsFilm(c.filmId(), c.title(), c.releaseDate(), c.finalGross())).toList();
    }

    public BacktestTable backtest() {
        return data().backtest();
    }

    public Valuation value(AcquisitionRequest request) {
        if (request == null || request.chinaReleaseDate() == null) {
            throw new InvalidInput("chinaReleaseDate", "the planned China release date is required (yyyy-mm-dd)");
        }
        Loaded l = data();
        LocalDate date = request.chinaReleaseDate();
        AcquisitionCandidate candidate = request.usFilmId() != null && !request.usFilmId().isBlank()
                ? ofHistory(l.data(), request.usFilmId().trim(), date) : ofFigures(l.data(), request);
        AcquisitionModel model;
        try {
            model = AcquisitionModel.train(l.data().trainingPairs(date), AcquisitionModel.DEFAULT_LAMBDA);
        } catch (UnusableInputException e) {
            throw new InvalidInput("chinaReleaseDate", "too early: " + e.getMessage() + " before " + date);
        }
        Double actual = request.usFilmId() == null ? null : l.data().actualChinaGross(candidate.usFilmId(), date);
        return view(model.value(candidate), date, actual, l.backtest());
    }

    private static AcquisitionCandidate ofHistory(AcquisitionData data, String usFilmId, LocalDate date) {
        ReleaseCurve us = data.usFilm(usFilmId);
        if (us == null) {
            throw new NotFound("US film of the history", usFilmId);
        }
        if (!us.firstDate().isBefore(date)) {
            throw new InvalidInput("chinaReleaseDate", "US film " + usFilmId + " has no US box office before " + date
                    + " (its first row is " + us.firstDate() + ")");
        }
        AcquisitionCandidate candidate = data.candidate(usFilmId, date);
        if (candidate == null) {
            throw noMarket(date);
        }
        return candidate;
    }

    private static AcquisitionCandidate ofFigures(AcquisitionData data, AcquisitionRequest r) {
        if (r.usReleaseDate() == null) {
            throw new InvalidInput("usFilmId", "give usFilmId (a US film of the history) or a new film's figures:"
                    + " usReleaseDate, usGrossToDate (and usOpeningGross, usTheaters, ...)");
        }
        if (!r.usReleaseDate().isBefore(r.chinaReleaseDate())) {
            throw new InvalidInput("usReleaseDate", "must be before the China release date: the valuation rests on the US run");
        }
        if (r.usGrossToDate() == null || !(r.usGrossToDate() > 0)) {
            throw new InvalidInput("usGrossToDate", "the US gross to date (dollars) is required and must be positive");
        }
        double opening = r.usOpeningGross() == null ? 0 : r.usOpeningGross();
        if (opening < 0 || opening > r.usGrossToDate()) {
            throw new InvalidInput("usOpeningGross", "must be between 0 and the US gross to date");
        }
        int theaters = r.usTheaters() == null ? 0 : r.usTheaters();
        if (theaters < 0 || theaters > 10_000) {
            throw new InvalidInput("usTheaters", "must be between 0 and 10000");
        }
        double market = data.chinaMarketLevel(r.chinaReleaseDate());
        if (Double.isNaN(market)) {
            throw noMarket(r.chinaReleaseDate());
        }
        boolean finished = r.usRunFinished() != null ? r.usRunFinished()
                : r.usReleaseDate().plusDays(120).isBefore(r.chinaReleaseDate());
        String title = r.title() == null || r.title().isBlank() ? "New film" : r.title().trim();
        return new AcquisitionCandidate("new-film", title, r.usReleaseDate(), r.chinaReleaseDate(), r.usGrossToDate(),
                opening, theaters, r.usDistributor(), finished, market);
    }

    private static InvalidInput noMarket(LocalDate date) {
        return new InvalidInput("chinaReleaseDate", "the China history has too little box office in the half year before "
                + date + " to describe the market the film would open into");
    }

    private static Valuation view(AcquisitionValuation v, LocalDate date, Double actual, BacktestTable backtest) {
        AcquisitionCandidate c = v.candidate();
        Candidate candidate = new Candidate(c.usFilmId(), c.usTitle(), c.usReleaseDate(), c.chinaReleaseDate(),
                c.gapDays(), c.usGrossToDate(), c.usOpening(), c.usTheaters(), c.usDistributor(), c.usRunFinished(),
                c.chinaMarketLevel());
        List<Comparable> comparables = v.comparables().stream().map(p -> new Comparable(p.usTitle(), p.chinaTitle(),
                p.chinaReleaseDate(), p.usGross(), p.chinaGross())).toList();
        return new Valuation(candidate, estimate(v.model()), estimate(v.ratioBaseline()),
                estimate(v.comparablesBaseline()), v.medianRatio(), comparables,
                Sentence.of("sentence.acquisition.comparablesRule", AcquisitionModel.COMPARABLES),
                v.trainingPairs(), date, actual, backtest);
    }

    private static Estimate estimate(AcquisitionValuation.Estimate e) {
        return new Estimate(e.predicted(), e.low80(), e.high80());
    }

    private Loaded data() {
        String missing = missing();
        if (missing != null) {
            throw new Conflict(missing);
        }
        CompletableFuture<Loaded> future = loaded;
        if (future == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = CompletableFuture.supplyAsync(this::load, loader);
                }
                future = loaded;
            }
        }
        try {
            return future.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ForecastNotReady("The acquisition pairs and histories are still loading; try again in a few seconds.", 5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ForecastNotReady("The acquisition pairs and histories are still loading", 5);
        } catch (ExecutionException e) {
            synchronized (this) {
                loaded = null;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Loaded load() {
        long start = System.nanoTime();
        AcquisitionData data = new AcquisitionData(AcquisitionPairsCsv.read(pairsFile).accepted(),
                DailyHistory.read(HistoryDataSet.CHINA.daily(historyDir), HistoryDataSet.CHINA.currency()).accepted(),
                DailyHistory.read(HistoryDataSet.US.daily(historyDir), HistoryDataSet.US.currency()).accepted());
        BacktestTable table = table(AcquisitionBacktest.run(data, AcquisitionBacktest.DEFAULT_CUTOFFS,
                AcquisitionModel.DEFAULT_LAMBDA));
        log.info("forecasting: acquisition pairs, histories and backtest in {} ms", (System.nanoTime() - start) / 1_000_000);
        return new Loaded(data, table);
    }

    private static BacktestTable table(AcquisitionBacktest.Result result) {
        List<BacktestWindow> rows = new ArrayList<>();
        for (AcquisitionBacktest.Window w : result.windows()) {
            rows.add(window(w.from() + " .. " + w.to().minusDays(1), w, w == result.heldOut()));
        }
        rows.add(window("pooled (validation windows)", result.validation(), false));
        rows.add(window("pooled (all windows)", result.pooled(), false));
        return new BacktestTable("./marquee forecast acquisition-backtest --pairs acquisitions/pairs.csv"
                + " --china-history china-maoyan-daily/daily.csv --us-history us-boxofficemojo-daily/daily.csv", rows);
    }

    private static BacktestWindow window(String label, AcquisitionBacktest.Window w, boolean heldOut) {
        return new BacktestWindow(label, w.from(), w.to(), heldOut, w.trainingPairs(), accuracy(w.model()),
                accuracy(w.ratio()), accuracy(w.comparables()));
    }

    private static AcquisitionViews.Accuracy accuracy(marquee.forecasting.internal.Accuracy a) {
        return new AcquisitionViews.Accuracy(a.films(), a.medianApe(), a.mape(), a.coverage80());
    }
}
