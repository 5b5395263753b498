package marquee.forecasting.internal;

import java.util.Arrays;
import java.util.Random;

/**
 * A point regression (blend of boosted trees and ridge) plus an 80% interval taken from the
 * empirical quantiles of out-of-fold residuals: the interval is as wide as the model's
 * own errors on films it did not see.
 */
public final class IntervalRegressor {

    private static final int FOLDS = 5;

    private final ModelSettings settings;
    private RidgeRegression ridge;
    private BoostedTrees trees;
    private double lowOffset;
    private double highOffset;

    private final boolean forwardInTime;

    /**
     * @param forwardInTime rows are in release order and the interval should come from forecasting
     *                      later films with models of earlier ones (for drifting targets such as the
     *                      pre-release level), rather than from random folds
     */
    public IntervalRegressor(ModelSettings settings, boolean forwardInTime) {
        this.settings = settings;
        this.forwardInTime = forwardInTime;
    }

    public IntervalRegressor(ModelSettings settings) {
        this(settings, false);
    }

    public IntervalRegressor fit(double[][] x, double[] y) {
        double[] residuals = forwardInTime ? forwardResiduals(x, y) : outOfFoldResiduals(x, y);
        lowOffset = Quantiles.of(residuals, settings.lowQuantile());
        highOffset = Quantiles.of(residuals, settings.highQuantile());
        fitPoint(x, y);
        return this;
    }

    /** Point estimate, lower and upper bound of the 80% interval, in the target's (log) units. */
    public double[] predict(double[] row) {
        double centre = point(row);
        return new double[] {centre, centre + lowOffset, centre + highOffset};
    }

    private double point(double[] row) {
        double w = settings.treeWeight();
        double fromTrees = w > 0 ? trees.predict(row) : 0;
        double fromRidge = w < 1 ? ridge.predict(row) : 0;
        return w * fromTrees + (1 - w) * fromRidge;
    }

    private void fitPoint(double[][] x, double[] y) {
        if (settings.treeWeight() < 1) {
            ridge = new RidgeRegression(settings.ridgeLambda()).fit(x, y);
        }
        if (settings.treeWeight() > 0) {
            int minLeaf = Math.max(3, Math.min(settings.minLeaf(), x.length / 20));
            trees = new BoostedTrees(settings.trees(), settings.depth(), settings.learningRate(), minLeaf, 0.8, 7,
                    settings.absoluteLoss()).fit(x, y);
        }
    }

    /** Train on the first k fifths of the rows, forecast the next fifth, for k = 2..4. */
    private double[] forwardResiduals(double[][] x, double[] y) {
        int n = x.length;
        java.util.List<Double> residuals = new java.util.ArrayList<>();
        for (int k = 2; k < FOLDS; k++) {
            int from = n * k / FOLDS;
            int to = n * (k + 1) / FOLDS;
            IntervalRegressor inner = new IntervalRegressor(settings);
            inner.fitPoint(Arrays.copyOfRange(x, 0, from), Arrays.copyOfRange(y, 0, from));
            for (int i = from; i < to; i++) {
                residuals.add(y[i] - inner.point(x[i]));
            }
        }
        return residuals.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private double[] outOfFoldResiduals(double[][] x, double[] y) {
        int n = x.length;
        int[] fold = new int[n];
        Random random = new Random(11);
        for (int i = 0; i < n; i++) {
            fold[i] = random.nextInt(FOLDS);
        }
        double[] residuals = new double[n];
        for (int k = 0; k < FOLDS; k++) {
            final int held = k;
            int[] train = java.util.stream.IntStream.range(0, n).filter(i -> fold[i] != held).toArray();
            if (train.length < 10 || train.length == n) {
                continue;
            }
            IntervalRegressor inner = new IntervalRegressor(settings);
            inner.fitPoint(Arrays.stream(train).mapToObj(i -> x[i]).toArray(double[][]::new),
                    Arrays.stream(train).mapToDouble(i -> y[i]).toArray());
            for (int i = 0; i < n; i++) {
                if (fold[i] == held) {
                    residuals[i] = y[i] - inner.point(x[i]);
                }
            }
        }
        return residuals;
    }
}
