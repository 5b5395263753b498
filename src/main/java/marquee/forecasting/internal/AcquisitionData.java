package marquee.forecasting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The two markets' daily histories and the training pairs, asked only "as of" a date: every question
 * ({@link #usRunBefore}, {@link #chinaMarketLevel}, {@link #trainingPairs}) reads rows dated strictly before
 * the date it is given, so a valuation for a China release date cannot see that day or anything after it.
 */
public final class AcquisitionData {

    /** The half year of China box office that describes the market a film opens into. */
    static final int MARKET_WINDOW_DAYS = 182;
    /** A market level from fewer days of data than this is not trusted. */
    static final int MIN_MARKET_DAYS = 14;
    /** A US run whose last row is this many days before the China date counts as finished. */
    static final int US_FINISHED_AFTER_DAYS = BoxOfficeHistory.FINISHED_AFTER_DAYS;
    /**
     * A training pair needs a wide US release (this many theaters on some day before its China date): the pairs are
     * matched by title, and the few that fail this are mostly mismatches or festival releases whose ratio says
     * nothing about a film bought for its US success (PROVENANCE: "check a pair before trusting it").
     */
    public static final int MIN_US_THEATERS = 500;

    private final List<AcquisitionPair> pairs;
    private final List<BoxOfficeDay> chinaRows;
    private final Map<String, ReleaseCurve> usFilms = new HashMap<>();
    /** Total China gross of each date, for the market level. */
    private final TreeMap<LocalDate, Double> chinaDailyTotal = new TreeMap<>();
    /** Final grosses as the whole history knows them: what the backtests score against, never a feature. */
    private Map<String, Double> chinaFinals;

    public AcquisitionData(List<AcquisitionPair> pairs, List<BoxOfficeDay> chinaRows, List<BoxOfficeDay> usRows) {
        this.pairs = List.copyOf(pairs);
        this.chinaRows = List.copyOf(chinaRows);
        BoxOfficeHistory.of(usRows).curves().forEach(c -> usFilms.put(c.filmId(), c));
        chinaRows.forEach(r -> chinaDailyTotal.merge(r.date(), r.gross(), Double::sum));
    }

    public List<AcquisitionPair> pairs() {
        return pairs;
    }

    public boolean hasUsFilm(String usFilmId) {
        return usFilms.containsKey(usFilmId);
    }

    /** US films of the history whose title contains the text (case ignored), most recent first. */
    public List<ReleaseCurve> findUsFilms(String text, int limit) {
        String needle = text.toLowerCase(java.util.Locale.ROOT);
        return usFilms.values().stream()
                .filter(c -> c.title().toLowerCase(java.util.Locale.ROOT).contains(needle))
                .sorted(java.util.Comparator.comparing(ReleaseCurve::releaseDate).reversed())
                .limit(limit).toList();
    }

    public ReleaseCurve usFilm(String usFilmId) {
        return usFilms.get(usFilmId);
    }

    /**
     * The candidate as known the day before {@code chinaDate}: its US rows dated before it and the China market
     * before it; null when the US history has no row of the film before that date or the China market is unknown.
     */
    public AcquisitionCandidate candidate(String usFilmId, LocalDate chinaDate) {
        ReleaseCurve us = usFilms.get(usFilmId);
        if (us == null) {
            return null;
        }
        List<BoxOfficeDay> before = us.days().stream().filter(d -> d.date().isBefore(chinaDate)).toList();
        if (before.isEmpty()) {
            return null;
        }
        // The release date and title from the rows before the date, so later rows cannot change them.
        ReleaseCurve run = new ReleaseCurve(us.filmId(), before.getFirst().title(), before.getFirst().releaseDate(), before);
        double toDate = run.finalGross();
        double market = chinaMarketLevel(chinaDate);
        if (toDate <= 0 || Double.isNaN(market)) {
            return null;
        }
        int theaters = before.stream().mapToInt(BoxOfficeDay::theaters).max().orElse(0);
        boolean finished = run.lastDate().isBefore(chinaDate.minusDays(US_FINISHED_AFTER_DAYS));
        return new AcquisitionCandidate(run.filmId(), run.title(), run.releaseDate(), chinaDate, toDate,
                biggestThreeDays(before), theaters, run.distributor(), finished, market);
    }

    /**
     * The biggest gross of three consecutive days: the opening weekend of a wide release, the wide-release weekend of
     * a film that opened on a few screens first (Frozen's first days were one cinema's).
     */
    static double biggestThreeDays(List<BoxOfficeDay> days) {
        Map<LocalDate, Double> byDate = new HashMap<>();
        days.forEach(d -> byDate.merge(d.date(), d.gross(), Double::sum));
        double best = 0;
        for (LocalDate date : byDate.keySet()) {
            double sum = byDate.get(date) + byDate.getOrDefault(date.plusDays(1), 0.0)
                    + byDate.getOrDefault(date.plusDays(2), 0.0);
            best = Math.max(best, sum);
        }
        return best;
    }

    /** Mean daily gross of the China market over the half year before {@code date}; NaN with too few days of data. */
    public double chinaMarketLevel(LocalDate date) {
        var window = chinaDailyTotal.subMap(date.minusDays(MARKET_WINDOW_DAYS), true, date, false);
        if (window.size() < MIN_MARKET_DAYS) {
            return Double.NaN;
        }
        return window.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /**
     * The pairs a valuation as of {@code cutoff} may learn from: China release before the cutoff, a China run
     * finished (by {@link BoxOfficeHistory#isFinishedFirstRun}) in the rows before the cutoff, so its final
     * gross is known then, and a wide US run ({@value #MIN_US_THEATERS} theaters) before its own China date. A film still in release at the cutoff is not a
     * training pair.
     */
    public List<TrainingPair> trainingPairs(LocalDate cutoff) {
        Map<String, ReleaseCurve> finished = new HashMap<>();
        BoxOfficeHistory.of(chinaRows).finishedBefore(cutoff).forEach(c -> finished.put(c.filmId(), c));
        List<TrainingPair> training = new ArrayList<>();
        for (AcquisitionPair pair : pairs) {
            ReleaseCurve china = finished.get(pair.chinaFilmId());
            if (!pair.chinaReleaseDate().isBefore(cutoff) || china == null) {
                continue;
            }
            AcquisitionCandidate known = candidate(pair.usFilmId(), pair.chinaReleaseDate());
            if (known != null && known.usTheaters() >= MIN_US_THEATERS) {
                training.add(new TrainingPair(pair, known, china.finalGross(), usGrossBefore(pair.usFilmId(), cutoff)));
            }
        }
        return training;
    }

    /** China films whose run is finished in the whole history, with their final gross (for backtests). */
    synchronized Map<String, Double> finishedChinaFinals() {
        if (chinaFinals == null) {
            Map<String, Double> finals = new HashMap<>();
            BoxOfficeHistory.of(chinaRows).finished().forEach(c -> finals.put(c.filmId(), c.finalGross()));
            chinaFinals = Map.copyOf(finals);
        }
        return chinaFinals;
    }

    /**
     * The China final gross of the pair of this US film released in China on {@code chinaDate}, when its run is
     * finished in the whole history; null otherwise. For showing next to a valuation, never for making one.
     */
    public Double actualChinaGross(String usFilmId, LocalDate chinaDate) {
        for (AcquisitionPair pair : pairs) {
            if (pair.usFilmId().equals(usFilmId) && pair.chinaReleaseDate().equals(chinaDate)) {
                return finishedChinaFinals().get(pair.chinaFilmId());
            }
        }
        return null;
    }

    private double usGrossBefore(String usFilmId, LocalDate cutoff) {
        ReleaseCurve us = usFilms.get(usFilmId);
        List<BoxOfficeDay> before = us.days().stream().filter(d -> d.date().isBefore(cutoff)).toList();
        return new ReleaseCurve(us.filmId(), us.title(), us.releaseDate(), before).finalGross();
    }

    /**
     * A pair as a training example: what was known before its own China release, its China final gross, and its
     * US gross as known at the valuation's cutoff (for the ratio baseline).
     */
    public record TrainingPair(AcquisitionPair pair, AcquisitionCandidate known, double chinaFinal, double usGross) {
    }
}
