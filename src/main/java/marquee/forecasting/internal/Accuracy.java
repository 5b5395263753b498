package marquee.forecasting.internal;

import java.util.List;

/**
 * Accuracy of forecasts against actual final grosses: MAPE (mean absolute percentage error),
 * median APE, and the share of films whose actual final gross fell inside the 80% interval.
 * Percentages are fractions here (0.25 = 25%).
 */
public record Accuracy(int films, double mape, double medianApe, double coverage80) {

    /** A forecast next to what actually happened. */
    public record Outcome(Forecast forecast, double actualFinalGross) {

        public double ape() {
            return absolutePercentageError(forecast.predictedFinalGross(), actualFinalGross);
        }

        public boolean covered() {
            return forecast.low80() <= actualFinalGross && actualFinalGross <= forecast.high80();
        }
    }

    public static double absolutePercentageError(double predicted, double actual) {
        if (actual <= 0) {
            throw new IllegalArgumentException("actual final gross must be positive: " + actual);
        }
        return Math.abs(predicted - actual) / actual;
    }

    public static Accuracy of(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return new Accuracy(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] apes = outcomes.stream().mapToDouble(Outcome::ape).toArray();
        double mape = java.util.Arrays.stream(apes).average().orElse(Double.NaN);
        double coverage = outcomes.stream().filter(Outcome::covered).count() / (double) outcomes.size();
        return new Accuracy(outcomes.size(), mape, Quantiles.median(apes), coverage);
    }
}
