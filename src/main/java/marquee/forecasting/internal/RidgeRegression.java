package marquee.forecasting.internal;

/**
 * Linear least squares with an L2 penalty on standardised features; the intercept is not penalised.
 * Solved through the normal equations: the feature count is small (tens).
 */
public final class RidgeRegression {

    private final double lambda;
    private double[] mean;
    private double[] scale;
    private double[] weights;
    private double intercept;

    public RidgeRegression(double lambda) {
        this.lambda = lambda;
    }

    public RidgeRegression fit(double[][] x, double[] y) {
        int n = x.length;
        int p = x[0].length;
        mean = new double[p];
        scale = new double[p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < p; j++) {
            scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
        }
        double yMean = 0;
        for (double v : y) {
            yMean += v / n;
        }
        double[][] a = new double[p][p];
        double[] b = new double[p];
        double[] z = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                z[j] = (x[i][j] - mean[j]) / scale[j];
            }
            for (int j = 0; j < p; j++) {
                b[j] += z[j] * (y[i] - yMean);
                for (int k = 0; k <= j; k++) {
                    a[j][k] += z[j] * z[k];
                }
            }
        }
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < j; k++) {
                a[k][j] = a[j][k];
            }
            a[j][j] += lambda * n;
        }
        weights = solve(a, b);
        intercept = yMean;
        return this;
    }

    public double predict(double[] row) {
        double sum = intercept;
        for (int j = 0; j < weights.length; j++) {
            sum += weights[j] * (row[j] - mean[j]) / scale[j];
        }
        return sum;
    }

    /** Gaussian elimination with partial pivoting; the penalty keeps the matrix well conditioned. */
    static double[] solve(double[][] a, double[] b) {
        int p = b.length;
        double[][] m = new double[p][];
        double[] v = b.clone();
        for (int i = 0; i < p; i++) {
            m[i] = a[i].clone();
        }
        for (int col = 0; col < p; col++) {
            int pivot = col;
            for (int r = col + 1; r < p; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col]; m[col] = m[pivot]; m[pivot] = t;
            double tv = v[col]; v[col] = v[pivot]; v[pivot] = tv;
            if (Math.abs(m[col][col]) < 1e-12) {
                continue;
            }
            for (int r = col + 1; r < p; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c < p; c++) {
                    m[r][c] -= f * m[col][c];
                }
                v[r] -= f * v[col];
            }
        }
        double[] w = new double[p];
        for (int r = p - 1; r >= 0; r--) {
            double s = v[r];
            for (int c = r + 1; c < p; c++) {
                s -= m[r][c] * w[c];
            }
            w[r] = Math.abs(m[r][r]) < 1e-12 ? 0 : s / m[r][r];
        }
        return w;
    }
}
