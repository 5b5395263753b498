package marquee.campaigns;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The lift of a randomised test on one metric: the difference in means between a treated arm and the control,
 * with Welch's unequal-variance t interval (95%) and two-sided p-value. It assumes nothing of the two arms'
 * variances or sizes; with heavy-tailed metrics such as revenue it rests on the central limit theorem, so it
 * wants arms of hundreds of units at least (the A/A and planted-effect simulations of {@code LiftTest} measure
 * how it holds).
 *
 * @param absolute  mean treated − mean control
 * @param relative  absolute / mean control (NaN when the control's mean is 0)
 * @param low       lower end of the 95% interval of {@code absolute} (NaN when an arm has fewer than 2 units)
 * @param high      upper end
 * @param pValue    two-sided p-value of "no difference"
 */
public record Lift(Moments treated, Moments control, double absolute, double relative, double low, double high,
                   double pValue) {

    /** Count, mean and sample variance of one arm's metric, as a streaming accumulator (Welford's method). */
    public static final class Moments {
        private long n;
        private double mean;
        private double m2;

        public void add(double x) {
            n++;
            double delta = x - mean;
            mean += delta / n;
            m2 += delta * (x - mean);
        }

        public long n() {
            return n;
        }

        public double mean() {
            return n == 0 ? Double.NaN : mean;
        }

        /** The unbiased sample variance; NaN below two units. */
        public double variance() {
            return n < 2 ? Double.NaN : m2 / (n - 1);
        }
    }

    public static Lift of(Moments treated, Moments control) {
        double absolute = treated.mean() - control.mean();
        double relative = control.mean() == 0 ? Double.NaN : absolute / control.mean();
        if (treated.n() < 2 || control.n() < 2) {
            return new Lift(treated, control, absolute, relative, Double.NaN, Double.NaN, Double.NaN);
        }
        double vt = treated.variance() / treated.n();
        double vc = control.variance() / control.n();
        double se = Math.sqrt(vt + vc);
        if (se == 0) { // both arms constant: the difference is known exactly
            return new Lift(treated, control, absolute, relative, absolute, absolute, absolute == 0 ? 1 : 0);
        }
        double df = (vt + vc) * (vt + vc) / (vt * vt / (treated.n() - 1) + vc * vc / (control.n() - 1));
        TDistribution t = new TDistribution(null, df);
        double half = t.inverseCumulativeProbability(0.975) * se;
        double p = 2 * t.cumulativeProbability(-Math.abs(absolute / se));
        return new Lift(treated, control, absolute, relative, absolute - half, absolute + half, p);
    }

    /** Whether the 95% interval leaves out 0: a difference this test can tell from none. */
    public boolean significant() {
        return low > 0 || high < 0;
    }
}
