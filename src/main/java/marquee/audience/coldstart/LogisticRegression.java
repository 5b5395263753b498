package marquee.audience.coldstart;

import marquee.audience.internal.BadInputException;

/**
 * L2-regularised logistic regression fitted by Newton's method (IRLS). Features are standardised
 * first, so one penalty fits all of them and the weights can be compared.
 */
final class LogisticRegression {

    private final double[] mean;
    private final double[] scale;
    private final double[] weights;
    private final double bias;

    private LogisticRegression(double[] mean, double[] scale, double[] weights, double bias) {
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.bias = bias;
    }

    static LogisticRegression fit(double[][] rows, boolean[] labels, double l2) {
        int n = rows.length;
        if (n == 0) {
            throw new BadInputException("no training examples for the cold-start model: too little history before the cutoff");
        }
        int d = rows[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
        }
        double[] beta = newton(standardise(rows, mean, scale), labels, l2);
        double[] w = new double[d];
        System.arraycopy(beta, 1, w, 0, d);
        return new LogisticRegression(mean, scale, w, beta[0]);
    }

    private static double[][] standardise(double[][] rows, double[] mean, double[] scale) {
        double[][] z = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            z[i] = new double[rows[i].length + 1];
            z[i][0] = 1;
            for (int j = 0; j < rows[i].length; j++) {
                z[i][j + 1] = (rows[i][j] - mean[j]) / scale[j];
            }
        }
        return z;
    }

    private static double[] newton(double[][] x, boolean[] y, double l2) {
        int d = x[0].length;
        double[] beta = new double[d];
        for (int iteration = 0; iteration < 25; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int i = 0; i < x.length; i++) {
                double p = sigmoid(dot(beta, x[i]));
                double residual = (y[i] ? 1 : 0) - p;
                double w = Math.max(p * (1 - p), 1e-9);
                for (int a = 0; a < d; a++) {
                    gradient[a] += residual * x[i][a];
                    for (int b = 0; b <= a; b++) {
                        hessian[a][b] += w * x[i][a] * x[i][b];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < a; b++) {
                    hessian[b][a] = hessian[a][b];
                }
                if (a > 0) { // the intercept is not penalised
                    gradient[a] -= l2 * beta[a];
                    hessian[a][a] += l2;
                }
            }
            double[] step = solve(hessian, gradient);
            double size = 0;
            for (int a = 0; a < d; a++) {
                beta[a] += step[a];
                size = Math.max(size, Math.abs(step[a]));
            }
            if (size < 1e-6) {
                break;
            }
        }
        return beta;
    }

    /** Gaussian elimination with partial pivoting; the matrix is small (features + 1). */
    private static double[] solve(double[][] matrix, double[] vector) {
        int n = vector.length;
        double[][] a = new double[n][];
        double[] b = vector.clone();
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmpRow = a[col]; a[col] = a[pivot]; a[pivot] = tmpRow;
            double tmp = b[col]; b[col] = b[pivot]; b[pivot] = tmp;
            if (Math.abs(a[col][col]) < 1e-12) {
                continue;
            }
            for (int r = col + 1; r < n; r++) {
                double factor = a[r][col] / a[col][col];
                b[r] -= factor * b[col];
                for (int c = col; c < n; c++) {
                    a[r][c] -= factor * a[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = b[r];
            for (int c = r + 1; c < n; c++) {
                sum -= a[r][c] * x[c];
            }
            x[r] = Math.abs(a[r][r]) < 1e-12 ? 0 : sum / a[r][r];
        }
        return x;
    }

    /** Log-odds; ranking only needs its order. */
    double score(double[] row) {
        double z = bias;
        for (int j = 0; j < weights.length; j++) {
            z += weights[j] * (row[j] - mean[j]) / scale[j];
        }
        return z;
    }

    /** Weight per standardised feature: how much one standard deviation moves the log-odds. */
    double[] weights() {
        return weights.clone();
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
