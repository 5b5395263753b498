package marquee.forecasting;

import java.time.LocalDate;
import java.util.List;
import marquee.shared.Sentence;

/** What the acquisition valuation answers, as JSON and on the console page. Money in yuan (US figures in dollars). */
public final class AcquisitionViews {

    private AcquisitionViews() {
    }

    /**
     * A candidate to value: either {@code usFilmId} (a US film of the history, its run read before the China date)
     * or the figures of a new film ({@code title}, {@code usReleaseDate}, {@code usGrossToDate}, ...).
     */
    public record AcquisitionRequest(String usFilmId, LocalDate chinaReleaseDate, String title, LocalDate usReleaseDate,
                                     Double usGrossToDate, Double usOpeningGross, Integer usTheaters,
                                     String usDistributor, Boolean usRunFinished) {
    }

    /** The candidate as the valuation saw it, the day before its China release. */
    public record Candidate(String usFilmId, String title, LocalDate usReleaseDate, LocalDate chinaReleaseDate,
                            long gapDays, double usGrossToDate, double usOpeningGross, int usTheaters,
                            String usDistributor, boolean usRunFinished, double chinaMarketDailyGross) {
    }

    public record Estimate(double predicted, double low80, double high80) {
    }

    /** A training pair among the candidate's nearest (comparables baseline). */
    public record Comparable(String usTitle, String chinaTitle, LocalDate chinaReleaseDate, double usGross,
                             double chinaGross) {
    }

    /**
     * @param actualChinaGross what the film really made in China, when it is a training pair released on that date
     *                         and finished in the history (null otherwise); never seen by the valuation
     */
    public record Valuation(Candidate candidate, Estimate model, Estimate ratioBaseline, Estimate comparablesBaseline,
                            double medianRatio, List<Comparable> comparables, Sentence comparablesRule,
                            int trainingPairs, LocalDate trainedBefore, Double actualChinaGross, BacktestTable backtest) {
    }

    public record Accuracy(int films, double medianApe, double mape, double coverage80) {
    }

    /** One rolling-origin window (from..to, to exclusive), or a pool of windows (from, to null). */
    public record BacktestWindow(String label, LocalDate from, LocalDate to, boolean heldOut, int trainingPairs,
                                 Accuracy model, Accuracy ratioBaseline, Accuracy comparablesBaseline) {
    }

    public record BacktestTable(String command, List<BacktestWindow> windows) {
    }

    public record UsFilm(String usFilmId, String title, LocalDate releaseDate, double grossInHistory) {
    }
}
