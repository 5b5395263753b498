package marquee.forecasting.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import marquee.forecasting.internal.AcquisitionValuation.Estimate;

/**
 * Rolling-origin evaluation of the acquisition valuation: at each cutoff the model trains on the pairs released
 * and finished in China before it, and values the pairs released in China from the cutoff to the next one (each
 * from what was known the day before its own China release). The last window is the held-out one: settings were
 * chosen on the earlier ones only.
 */
public final class AcquisitionBacktest {

    public static final List<LocalDate> DEFAULT_CUTOFFS = List.of(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 7, 1),
            LocalDate.of(2013, 1, 1), LocalDate.of(2013, 7, 1), LocalDate.of(2014, 1, 1), LocalDate.of(2014, 7, 1));

    /** Accuracy of the model and both baselines on one window (or pooled: from = null). */
    public record Window(LocalDate from, LocalDate to, int trainingPairs, Accuracy model, Accuracy ratio,
                         Accuracy comparables) {
    }

    public record Result(List<Window> windows, Window pooled, Window validation) {

        public Window heldOut() {
            return windows.getLast();
        }
    }

    /** One tested pair: its valuation next to its actual China final gross. */
    public record Outcome(AcquisitionValuation valuation, double actual) {
    }

    private AcquisitionBacktest() {
    }

    /** {@code bounds}: the cutoffs, the last one closing the last window. */
    public static Result run(AcquisitionData data, List<LocalDate> bounds, double lambda) {
        Map<String, Double> finals = data.finishedChinaFinals();
        List<Window> windows = new ArrayList<>();
        List<List<Outcome>> tested = new ArrayList<>();
        for (int w = 0; w + 1 < bounds.size(); w++) {
            LocalDate from = bounds.get(w);
            LocalDate to = bounds.get(w + 1);
            List<AcquisitionData.TrainingPair> training = data.trainingPairs(from);
            if (training.size() < AcquisitionModel.MIN_TRAINING_PAIRS) {
                continue;
            }
            AcquisitionModel model = AcquisitionModel.train(training, lambda);
            List<Outcome> outcomes = new ArrayList<>();
            for (AcquisitionPair pair : data.pairs()) {
                Double actual = finals.get(pair.chinaFilmId());
                if (pair.chinaReleaseDate().isBefore(from) || !pair.chinaReleaseDate().isBefore(to) || actual == null) {
                    continue;
                }
                AcquisitionCandidate candidate = data.candidate(pair.usFilmId(), pair.chinaReleaseDate());
                if (candidate != null) {
                    outcomes.add(new Outcome(model.value(candidate), actual));
                }
            }
            if (outcomes.isEmpty()) {
                continue;
            }
            windows.add(window(from, to, training.size(), outcomes));
            tested.add(outcomes);
        }
        if (windows.isEmpty()) {
            throw new UnusableInputException("no cutoff has " + AcquisitionModel.MIN_TRAINING_PAIRS
                    + " training pairs before it and a pair to value after it");
        }
        // The last window valued is the held-out one; the validation pool is every window before it.
        List<Outcome> all = tested.stream().flatMap(List::stream).toList();
        List<Outcome> validation = tested.subList(0, tested.size() - 1).stream().flatMap(List::stream).toList();
        return new Result(windows, window(null, null, 0, all), window(null, null, 0, validation));
    }

    private static Window window(LocalDate from, LocalDate to, int training, List<Outcome> outcomes) {
        return new Window(from, to, training, accuracy(outcomes, AcquisitionValuation::model),
                accuracy(outcomes, AcquisitionValuation::ratioBaseline),
                accuracy(outcomes, AcquisitionValuation::comparablesBaseline));
    }

    private static Accuracy accuracy(List<Outcome> outcomes, Function<AcquisitionValuation, Estimate> which) {
        return Accuracy.of(outcomes.stream().map(o -> {
            Estimate e = which.apply(o.valuation());
            return new Accuracy.Outcome(new Forecast(o.valuation().candidate().usFilmId(), 0, e.predicted(), e.low80(),
                    e.high80()), o.actual());
        }).toList());
    }

    public static void print(Result result, PrintStream out) {
        out.println("acquisition backtest: rolling origins; model vs ratio baseline vs comparables median");
        out.println("window                    train films | model medAPE  MAPE  cov80 | ratio medAPE  MAPE  cov80"
                + " | comparables medAPE  MAPE  cov80");
        for (Window w : result.windows()) {
            boolean last = w == result.heldOut();
            print(out, w.from() + ".." + w.to().minusDays(1) + (last ? "*" : " "), w);
        }
        print(out, "pooled (validation)     ", result.validation());
        print(out, "pooled (all)            ", result.pooled());
        out.println("* held out: settings (ridge lambda " + AcquisitionModel.DEFAULT_LAMBDA
                + ", comparables k " + AcquisitionModel.COMPARABLES + ") were chosen on the earlier windows only");
    }

    private static void print(PrintStream out, String label, Window w) {
        out.printf(Locale.ROOT, "%-25s %5s %5d | %12s %5s %5s | %12s %5s %5s | %18s %5s %5s%n", label,
                w.trainingPairs() > 0 ? String.valueOf(w.trainingPairs()) : "", w.model().films(),
                pct(w.model().medianApe()), pct(w.model().mape()), pct(w.model().coverage80()),
                pct(w.ratio().medianApe()), pct(w.ratio().mape()), pct(w.ratio().coverage80()),
                pct(w.comparables().medianApe()), pct(w.comparables().mape()), pct(w.comparables().coverage80()));
    }

    private static String pct(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
    }
}
