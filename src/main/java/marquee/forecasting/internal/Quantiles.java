package marquee.forecasting.internal;

import java.util.Arrays;

/** Empirical quantiles with linear interpolation between order statistics. */
public final class Quantiles {

    private Quantiles() {
    }

    public static double of(double[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    public static double median(double[] values) {
        return of(values, 0.5);
    }
}
