package marquee.forecasting.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rolling-origin evaluation: one {@link Backtest} per cutoff, each trained only on films finished before its
 * cutoff and tested on the films released from it up to the next cutoff (the last up to {@code until}, else to
 * the end of the data), then every forecast pooled. A model whose settings were chosen on the earlier cutoffs is
 * honestly measured only on the last one, which the choice never saw.
 */
public final class RollingBacktest {

    /** One day count's forecasts of every window, pooled. */
    public record Pooled(int day, Accuracy model, Accuracy baseline) {
    }

    public record Result(Market market, List<Backtest.Result> windows, List<Pooled> pooled) {

        /** The last window: the cutoff no setting was chosen on. */
        public Backtest.Result heldOut() {
            return windows.getLast();
        }
    }

    private RollingBacktest() {
    }

    public static Result run(BoxOfficeHistory history, List<FilmInfo> metadata, Market market, List<LocalDate> cutoffs,
                             LocalDate until, List<Integer> days, ModelSettings settings) {
        List<LocalDate> sorted = cutoffs.stream().sorted().distinct().toList();
        List<Backtest.Result> windows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            LocalDate end = i + 1 < sorted.size() ? sorted.get(i + 1) : until;
            windows.add(Backtest.run(history, metadata, market, sorted.get(i), end, days, settings));
        }
        List<Pooled> pooled = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            List<Accuracy.Outcome> model = new ArrayList<>();
            List<Accuracy.Outcome> baseline = new ArrayList<>();
            for (Backtest.Result w : windows) {
                if (d < w.rows().size()) {
                    model.addAll(w.rows().get(d).modelOutcomes());
                    baseline.addAll(w.rows().get(d).baselineOutcomes());
                }
            }
            pooled.add(new Pooled(days.get(d), Accuracy.of(model), Accuracy.of(baseline)));
        }
        return new Result(market, windows, pooled);
    }

    /** Each window's table, then the summary: median APE of model and baseline, their ratio and coverage per cutoff. */
    public static void print(Result r, PrintStream out) {
        for (Backtest.Result w : r.windows()) {
            Backtest.print(w, out);
            out.println();
        }
        out.printf(Locale.ROOT, "rolling origin, market %s: median APE model / baseline (ratio), 80%% coverage of the model%n",
                r.market());
        out.printf(Locale.ROOT, "%-24s %6s %4s %8s %8s %6s %6s%n", "cutoff", "films", "N", "model", "baseline", "ratio", "cov80");
        for (int i = 0; i < r.windows().size(); i++) {
            Backtest.Result w = r.windows().get(i);
            String label = w.cutoff() + (i == r.windows().size() - 1 ? " (held out)" : "");
            for (Backtest.Row row : w.rows()) {
                line(out, label, row.day(), row.model(), row.baseline());
            }
        }
        for (Pooled p : r.pooled()) {
            line(out, "pooled", p.day(), p.model(), p.baseline());
        }
    }

    private static void line(PrintStream out, String label, int day, Accuracy model, Accuracy baseline) {
        out.printf(Locale.ROOT, "%-24s %6d %4d %7.1f%% %7.1f%% %5.2fx %5.1f%%%n", label, model.films(), day,
                100 * model.medianApe(), 100 * baseline.medianApe(), model.medianApe() / baseline.medianApe(),
                100 * model.coverage80());
    }
}
