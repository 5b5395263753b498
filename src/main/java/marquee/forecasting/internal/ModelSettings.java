package marquee.forecasting.internal;

/**
 * Knobs of the regression behind both forecasts, tuned on the validation cutoffs only.
 * {@code treeWeight} blends boosted trees (1) with ridge regression (0).
 */
public record ModelSettings(double ridgeLambda, int trees, int depth, double learningRate, int minLeaf,
                            double treeWeight, boolean absoluteLoss, double lowQuantile, double highQuantile) {

    public static ModelSettings defaults() {
        return new ModelSettings(0.01, 300, 3, 0.04, 10, 1.0, true, 0.085, 0.915);
    }
}
