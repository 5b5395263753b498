package marquee.audience.coldstart;

import java.io.PrintStream;
import java.util.Locale;


/** Prints a backtest as a small table: model and baselines side by side, then the ratios. */
final class BacktestPrinter {

    private final PrintStream out;

    BacktestPrinter(PrintStream out) {
        this.out = out;
    }

    void print(Backtest.Report report) {
        out.printf(Locale.ROOT, "audience backtest, cutoff %s (time split: train before, test after)%n", report.cutoff());
        out.printf(Locale.ROOT, "  %d interactions before the cutoff; %d candidate users (active before the cutoff)%n",
                report.trainingInteractions(), report.candidates());
        out.printf(Locale.ROOT, "  %d test films (first rated at/after the cutoff, >= %d candidate raters), %d relevant user-film pairs%n",
                report.films(), Backtest.MIN_RATERS, report.relevantPairs());
        if (report.unknownFilmsSkipped() > 0) {
            out.printf(Locale.ROOT, "  %d films skipped: not in the films file%n", report.unknownFilmsSkipped());
        }
        out.printf(Locale.ROOT, "  model: logistic regression on %d examples from earlier windows; weights %s%n",
                report.trainingExamples(), report.modelWeights());
        out.printf(Locale.ROOT, "%-22s %10s %10s %11s %9s%n", "ranker", "Recall@100", "Recall@500", "Recall@1000", "NDCG@100");
        for (Backtest.Figures f : report.figures()) {
            out.printf(Locale.ROOT, "%-22s %10.4f %10.4f %11.4f %9.4f%n",
                    f.ranker(), f.recall100(), f.recall500(), f.recall1000(), f.ndcg100());
        }
        Backtest.Figures model = report.figures().get(0);
        for (Backtest.Figures baseline : report.figures().subList(1, report.figures().size())) {
            out.printf(Locale.ROOT, "%-22s %9.2fx %9.2fx %10.2fx %8.2fx%n", "model / " + baseline.ranker(),
                    ratio(model.recall100(), baseline.recall100()), ratio(model.recall500(), baseline.recall500()),
                    ratio(model.recall1000(), baseline.recall1000()), ratio(model.ndcg100(), baseline.ndcg100()));
        }
        Backtest.Figures ceiling = report.ceiling();
        Backtest.Figures newReleases = report.figures().get(report.figures().size() - 1);
        out.println("reference, not a model: it sees the future, so it bounds what a better activity estimate could add");
        out.printf(Locale.ROOT, "%-22s %10.4f %10.4f %11.4f %9.4f%n", "knows new-film raters",
                ceiling.recall100(), ceiling.recall500(), ceiling.recall1000(), ceiling.ndcg100());
        out.printf(Locale.ROOT, "%-22s %9.2fx %9.2fx %10.2fx %8.2fx%n", "reference / " + newReleases.ranker(),
                ratio(ceiling.recall100(), newReleases.recall100()), ratio(ceiling.recall500(), newReleases.recall500()),
                ratio(ceiling.recall1000(), newReleases.recall1000()), ratio(ceiling.ndcg100(), newReleases.ndcg100()));
        out.println("Metrics per film, averaged over films: Recall@K = hits in top K / relevant users;"
                + " NDCG@K with binary gain 1/log2(rank+1).");
    }

    private static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }
}
