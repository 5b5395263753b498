package marquee.forecasting.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Gradient-boosted regression trees for squared error, in plain Java. Features are cut into at
 * most 32 quantile bins once, so growing a tree is a few passes over the rows.
 */
public final class BoostedTrees {

    private static final int BINS = 32;

    private final int trees;
    private final int depth;
    private final double learningRate;
    private final int minLeaf;
    private final double subsample;
    private final long seed;
    private final boolean absoluteLoss;

    private double base;
    private double[][] thresholds;
    private final List<Node> ensemble = new ArrayList<>();

    public BoostedTrees(int trees, int depth, double learningRate, int minLeaf, double subsample, long seed,
                        boolean absoluteLoss) {
        this.absoluteLoss = absoluteLoss;
        this.trees = trees;
        this.depth = depth;
        this.learningRate = learningRate;
        this.minLeaf = minLeaf;
        this.subsample = subsample;
        this.seed = seed;
    }

    public BoostedTrees fit(double[][] x, double[] y) {
        int n = x.length;
        int p = x[0].length;
        thresholds = new double[p][];
        byte[][] binned = new byte[p][n];
        for (int j = 0; j < p; j++) {
            thresholds[j] = cutPoints(x, j);
            for (int i = 0; i < n; i++) {
                binned[j][i] = (byte) bin(thresholds[j], x[i][j]);
            }
        }
        base = absoluteLoss ? Quantiles.median(y) : Arrays.stream(y).average().orElse(0);
        double[] prediction = new double[n];
        Arrays.fill(prediction, base);
        double[] residual = new double[n];
        Random random = new Random(seed);
        ensemble.clear();
        for (int t = 0; t < trees; t++) {
            for (int i = 0; i < n; i++) {
                residual[i] = y[i] - prediction[i];
            }
            int[] rows = random.ints(0, n).limit(Math.max(minLeaf * 2, (long) (n * subsample))).distinct().toArray();
            Node tree = absoluteLoss ? growForMedian(binned, residual, rows) : grow(binned, residual, rows, 0);
            ensemble.add(tree);
            for (int i = 0; i < n; i++) {
                prediction[i] += learningRate * tree.valueBinned(binned, i);
            }
        }
        return this;
    }

    public double predict(double[] row) {
        int[] bins = new int[row.length];
        for (int j = 0; j < row.length; j++) {
            bins[j] = bin(thresholds[j], row[j]);
        }
        double sum = base;
        for (Node tree : ensemble) {
            sum += learningRate * tree.value(bins);
        }
        return sum;
    }

    /**
     * Absolute loss: the tree is grown on the signs of the residuals and each leaf then takes the
     * median residual of its rows, so the ensemble estimates the conditional median.
     */
    private Node growForMedian(byte[][] binned, double[] residual, int[] rows) {
        double[] signs = new double[residual.length];
        for (int r : rows) {
            signs[r] = Math.signum(residual[r]);
        }
        Node tree = grow(binned, signs, rows, 0);
        java.util.Map<Node, List<Double>> byLeaf = new java.util.IdentityHashMap<>();
        for (int r : rows) {
            byLeaf.computeIfAbsent(tree.leafBinned(binned, r), k -> new ArrayList<>()).add(residual[r]);
        }
        return tree.withLeaves(leaf -> {
            List<Double> values = byLeaf.get(leaf);
            return values == null ? 0 : Quantiles.median(values.stream().mapToDouble(Double::doubleValue).toArray());
        });
    }

    private Node grow(byte[][] binned, double[] residual, int[] rows, int level) {
        double sum = 0;
        for (int r : rows) {
            sum += residual[r];
        }
        double leafValue = sum / rows.length;
        if (level == depth || rows.length < 2 * minLeaf) {
            return Node.leaf(leafValue);
        }
        int bestFeature = -1;
        int bestBin = -1;
        double bestGain = 1e-9;
        double[] binSum = new double[BINS];
        int[] binCount = new int[BINS];
        for (int j = 0; j < binned.length; j++) {
            Arrays.fill(binSum, 0);
            Arrays.fill(binCount, 0);
            for (int r : rows) {
                binSum[binned[j][r]] += residual[r];
                binCount[binned[j][r]]++;
            }
            double leftSum = 0;
            int leftCount = 0;
            for (int b = 0; b < BINS - 1; b++) {
                leftSum += binSum[b];
                leftCount += binCount[b];
                int rightCount = rows.length - leftCount;
                if (leftCount < minLeaf || rightCount < minLeaf) {
                    continue;
                }
                double rightSum = sum - leftSum;
                double gain = leftSum * leftSum / leftCount + rightSum * rightSum / rightCount - sum * sum / rows.length;
                if (gain > bestGain) {
                    bestGain = gain;
                    bestFeature = j;
                    bestBin = b;
                }
            }
        }
        if (bestFeature < 0) {
            return Node.leaf(leafValue);
        }
        final int f = bestFeature;
        final int cut = bestBin;
        int[] left = Arrays.stream(rows).filter(r -> binned[f][r] <= cut).toArray();
        int[] right = Arrays.stream(rows).filter(r -> binned[f][r] > cut).toArray();
        return Node.split(f, cut, grow(binned, residual, left, level + 1), grow(binned, residual, right, level + 1));
    }

    private static double[] cutPoints(double[][] x, int j) {
        double[] values = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            values[i] = x[i][j];
        }
        Arrays.sort(values);
        double[] cuts = new double[BINS - 1];
        int count = 0;
        for (int b = 1; b < BINS; b++) {
            double v = values[Math.min(values.length - 1, (int) ((long) b * values.length / BINS))];
            if (count == 0 || v > cuts[count - 1]) {
                cuts[count++] = v;
            }
        }
        return Arrays.copyOf(cuts, count);
    }

    /** Index of the first cut point above the value: values equal to a cut go to the right. */
    private static int bin(double[] cuts, double value) {
        int lo = 0;
        int hi = cuts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (value >= cuts[mid]) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private record Node(int feature, int cut, Node left, Node right, double leafValue) {

        static Node leaf(double value) {
            return new Node(-1, 0, null, null, value);
        }

        static Node split(int feature, int cut, Node left, Node right) {
            return new Node(feature, cut, left, right, 0);
        }

        double value(int[] bins) {
            Node node = this;
            while (node.feature >= 0) {
                node = bins[node.feature] <= node.cut ? node.left : node.right;
            }
            return node.leafValue;
        }

        double valueBinned(byte[][] binned, int row) {
            return leafBinned(binned, row).leafValue;
        }

        Node leafBinned(byte[][] binned, int row) {
            Node node = this;
            while (node.feature >= 0) {
                node = binned[node.feature][row] <= node.cut ? node.left : node.right;
            }
            return node;
        }

        Node withLeaves(java.util.function.ToDoubleFunction<Node> value) {
            return feature < 0 ? leaf(value.applyAsDouble(this))
                    : split(feature, cut, left.withLeaves(value), right.withLeaves(value));
        }
    }
}
