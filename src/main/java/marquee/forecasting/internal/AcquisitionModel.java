package marquee.forecasting.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import marquee.forecasting.internal.AcquisitionData.TrainingPair;
import marquee.forecasting.internal.AcquisitionValuation.Comparable;
import marquee.forecasting.internal.AcquisitionValuation.Estimate;

/**
 * Values a foreign film for China from the training pairs known at a cutoff.
 * <ul>
 *   <li>Model: ridge regression of log(China final / US gross to date) on the candidate's features
 *       ({@link AcquisitionCandidate#features()}). Predicting the log ratio, the penalty shrinks the model towards
 *       a constant ratio (the ratio baseline) when the pairs say little. The point is re-centred by the median of
 *       out-of-fold residuals, the 80% interval by their 0.10 and 0.90 quantiles.</li>
 *   <li>Ratio baseline: the median China/US ratio of the training pairs times the candidate's US gross to date;
 *       interval from the ratios' 0.10 and 0.90 quantiles.</li>
 *   <li>Comparables baseline: the median China gross of the {@value #COMPARABLES} pairs nearest to the candidate
 *       in log US gross to date and log China market level (each standardised over the pairs); interval from
 *       their 0.10 and 0.90 quantiles.</li>
 * </ul>
 */
public final class AcquisitionModel {

    /** Chosen on the backtest's validation cutoffs (2012-01-01 .. 2013-07-01) only. */
    public static final double DEFAULT_LAMBDA = 1.0;
    public static final int COMPARABLES = 7;
    private static final int FOLDS = 5;
    /** Fewer training pairs than this and no valuation is made. */
    public static final int MIN_TRAINING_PAIRS = 10;

    private final List<TrainingPair> pairs;
    private final RidgeRegression regression;
    /** Out-of-fold residual quantiles (0.10, 0.50, 0.90) in log units, added to the regression's point. */
    private final double[] offsets;
    private final double[] ratios;
    private final double[] similarityMean = new double[2];
    private final double[] similarityScale = new double[2];

    private AcquisitionModel(List<TrainingPair> pairs, double lambda) {
        this.pairs = List.copyOf(pairs);
        double[][] x = pairs.stream().map(p -> p.known().features()).toArray(double[][]::new);
        double[] y = pairs.stream().mapToDouble(p -> Math.log(p.chinaFinal() / p.known().usGrossToDate())).toArray();
        this.regression = new RidgeRegression(lambda).fit(x, y);
        double[] residuals = outOfFoldResiduals(x, y, lambda);
        this.offsets = new double[] {Quantiles.of(residuals, 0.10), Quantiles.median(residuals),
            Quantiles.of(residuals, 0.90)};
        this.ratios = pairs.stream().mapToDouble(p -> p.chinaFinal() / p.usGross()).toArray();
        for (int j = 0; j < 2; j++) {
            final int k = j;
            double[] values = pairs.stream().mapToDouble(p -> similarity(p.known())[k]).toArray();
            similarityMean[j] = Arrays.stream(values).average().orElse(0);
            double var = Arrays.stream(values).map(v -> (v - similarityMean[k]) * (v - similarityMean[k])).average().orElse(1);
            similarityScale[j] = var > 1e-12 ? Math.sqrt(var) : 1;
        }
    }

    public static AcquisitionModel train(List<TrainingPair> pairs, double lambda) {
        if (pairs.size() < MIN_TRAINING_PAIRS) {
            throw new UnusableInputException("only " + pairs.size() + " training pairs (a pair released in China and"
                    + " finished there before the date, with a US run before its China release); at least "
                    + MIN_TRAINING_PAIRS + " are needed");
        }
        return new AcquisitionModel(pairs, lambda);
    }

    public int size() {
        return pairs.size();
    }

    public AcquisitionValuation value(AcquisitionCandidate candidate) {
        double log = regression.predict(candidate.features());
        double us = candidate.usGrossToDate();
        Estimate model = new Estimate(us * Math.exp(log + offsets[1]), us * Math.exp(log + offsets[0]),
                us * Math.exp(log + offsets[2]));
        double medianRatio = Quantiles.median(ratios);
        Estimate ratio = new Estimate(us * medianRatio, us * Quantiles.of(ratios, 0.10), us * Quantiles.of(ratios, 0.90));
        List<Comparable> nearest = comparables(candidate);
        double[] grosses = nearest.stream().mapToDouble(Comparable::chinaGross).toArray();
        Estimate comparables = new Estimate(Quantiles.median(grosses), Quantiles.of(grosses, 0.10),
                Quantiles.of(grosses, 0.90));
        return new AcquisitionValuation(candidate, model, ratio, comparables, medianRatio, nearest, pairs.size());
    }

    /**
     * Residuals of each pair under a model fitted without its fold (5 folds, fixed seed). Their median re-centres
     * the point on the median ratio (least squares on logs is pulled by the few mismatched pairs); their 0.10 and
     * 0.90 quantiles make the 80% interval.
     */
    private static double[] outOfFoldResiduals(double[][] x, double[] y, double lambda) {
        int n = y.length;
        Random random = new Random(11);
        int[] fold = IntStream.range(0, n).map(i -> random.nextInt(FOLDS)).toArray();
        double[] residuals = new double[n];
        for (int k = 0; k < FOLDS; k++) {
            final int held = k;
            int[] train = IntStream.range(0, n).filter(i -> fold[i] != held).toArray();
            if (train.length == n || train.length < 3) {
                continue;
            }
            RidgeRegression inner = new RidgeRegression(lambda).fit(
                    Arrays.stream(train).mapToObj(i -> x[i]).toArray(double[][]::new),
                    Arrays.stream(train).mapToDouble(i -> y[i]).toArray());
            IntStream.range(0, n).filter(i -> fold[i] == held).forEach(i -> residuals[i] = y[i] - inner.predict(x[i]));
        }
        return residuals;
    }

    private List<Comparable> comparables(AcquisitionCandidate candidate) {
        double[] c = standardised(candidate);
        return IntStream.range(0, pairs.size()).boxed()
                .map(i -> {
                    TrainingPair p = pairs.get(i);
                    double[] s = standardised(p.known());
                    double distance = Math.hypot(s[0] - c[0], s[1] - c[1]);
                    return new Comparable(p.known().usTitle(), p.pair().chinaTitle(), p.pair().chinaReleaseDate(),
                            p.known().usGrossToDate(), p.chinaFinal(), distance);
                })
                .sorted(Comparator.comparingDouble(Comparable::distance).thenComparing(Comparable::chinaReleaseDate))
                .limit(COMPARABLES).toList();
    }

    private static double[] similarity(AcquisitionCandidate c) {
        return new double[] {Math.log(c.usGrossToDate()), Math.log(c.chinaMarketLevel())};
    }

    private double[] standardised(AcquisitionCandidate c) {
        double[] s = similarity(c);
        for (int j = 0; j < 2; j++) {
            s[j] = (s[j] - similarityMean[j]) / similarityScale[j];
        }
        return s;
    }
}
