package marquee.forecasting.internal;

import java.util.List;

/**
 * A valuation of a foreign film for China: the model's final China gross with its 80% interval next to the two
 * baselines, and the training pairs it rests on. Money in yuan.
 */
public record AcquisitionValuation(AcquisitionCandidate candidate, Estimate model, Estimate ratioBaseline,
                                   Estimate comparablesBaseline, double medianRatio, List<Comparable> comparables,
                                   int trainingPairs) {

    /** A point estimate and its 80% interval. */
    public record Estimate(double predicted, double low80, double high80) {

        public boolean covers(double actual) {
            return low80 <= actual && actual <= high80;
        }
    }

    /** A training pair among the candidate's nearest: its titles, US gross before its China release, China final. */
    public record Comparable(String usTitle, String chinaTitle, java.time.LocalDate chinaReleaseDate, double usGross,
                             double chinaGross, double distance) {
    }
}
