package marquee.forecasting.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The analyst's "comparable films" for a film in release: the past films whose last week of
 * daily gross, relative to their gross so far, and whose size look most like this film's.
 * Their median log(final / so far) says how similar curves ended.
 */
public final class ComparableCurves {

    private static final int NEIGHBOURS = 15;
    private static final int SHAPE_DAYS = 7;

    private final double[][] shapes;
    private final double[] targets;

    public ComparableCurves(List<double[]> shapes, List<Double> targets) {
        this.shapes = shapes.toArray(double[][]::new);
        this.targets = targets.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Log daily gross over gross so far for the last (up to) seven days, then log size scaled down. */
    public static double[] shape(ReleaseCurve curve, int n) {
        double soFar = Math.max(curve.grossThrough(n), 1);
        double[] v = new double[SHAPE_DAYS + 1];
        for (int k = 0; k < SHAPE_DAYS; k++) {
            int day = n - k;
            BoxOfficeDay row = day >= 1 ? curve.onDay(day) : null;
            v[k] = day < 1 ? 0 : Math.log(Math.max(row == null ? 0 : row.gross(), soFar * 1e-4) / soFar);
        }
        v[SHAPE_DAYS] = 0.3 * Math.log(soFar);
        return v;
    }

    /** Median target of the nearest past curves; {@code self} (an index, or -1) is left out. */
    public double medianOfNearest(double[] shape, int self) {
        int n = shapes.length;
        double[] distance = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            double d = 0;
            for (int j = 0; j < shape.length; j++) {
                d += (shape[j] - shapes[i][j]) * (shape[j] - shapes[i][j]);
            }
            distance[i] = i == self ? Double.MAX_VALUE : d;
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(distance[a], distance[b]));
        int k = Math.min(NEIGHBOURS, n - 1);
        double[] nearest = new double[k];
        for (int i = 0; i < k; i++) {
            nearest[i] = targets[order[i]];
        }
        return Quantiles.median(nearest);
    }
}
