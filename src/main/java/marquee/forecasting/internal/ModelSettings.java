package marquee.forecasting.internal;

/**
 * Knobs of the regression behind both forecasts, tuned on the validation cutoffs only.
 * {@code treeWeight} blends boosted trees (1) with ridge regression (0).
 */
public record ModelSettings(double ridgeLambda, int trees, int depth, double learningRate, int minLeaf,
                            double treeWeight, boolean absoluteLoss, double lowQuantile, double highQuantile) {

    public static ModelSettings defaults() {
        return fromEnvironment(new ModelSettings(0.01, 300, 3, 0.04, 10, 1.0, true, 0.10, 0.90));
    }

    /** Tuning runs only: FORECAST_TUNE="lambda,trees,depth,rate,minLeaf,treeWeight,absolute" overrides the defaults. */
    private static ModelSettings fromEnvironment(ModelSettings fallback) {
        String tune = System.getenv("FORECAST_TUNE");
        if (tune == null || tune.isBlank()) {
            return fallback;
        }
        String[] v = tune.split(",");
        return new ModelSettings(Double.parseDouble(v[0]), Integer.parseInt(v[1]), Integer.parseInt(v[2]),
                Double.parseDouble(v[3]), Integer.parseInt(v[4]), Double.parseDouble(v[5]), Boolean.parseBoolean(v[6]),
                fallback.lowQuantile(), fallback.highQuantile());
    }
}
