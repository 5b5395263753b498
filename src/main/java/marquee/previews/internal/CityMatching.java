package marquee.previews.internal;

import java.util.Comparator;
import java.util.List;
import marquee.previews.PreviewResults.CityEffect;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * How a preview city is compared with cities that had no preview of the film, and how sure the comparison is.
 *
 * <p>Matching: among the cities with a cinema and moviegoers on the platform, none of which had a preview of the film,
 * the {@value #MATCHED} nearest to the preview city by
 * {@code |tier difference| + |ln(moviegoers ratio)| + |ln(ratio of want-to-see per capita before the preview)|},
 * the per-capita marks counted with half a mark added ({@code (marks + 0.5) / moviegoers}) so that a city without
 * marks is still compared; ties by name. Want-to-see before the preview is the film's own measure of local interest that
 * the preview cannot have touched, so matched cities are as keen on the film beforehand as they are alike in size.
 */
public final class CityMatching {

    public static final int MATCHED = 3;
    public static final String RULE = "Matched cities: the " + MATCHED + " cities with a cinema and no preview of the film nearest"
            + " to the preview city by |tier difference| + |ln(ratio of moviegoers living there)| + |ln(ratio of want-to-see"
            + " marks per moviegoer before the preview, each counted with half a mark added)|; ties by name. Differences are"
            + " the preview city's figure minus the matched cities' mean, with a 95% prediction interval for one city:"
            + " the matched cities' spread (at least the Poisson noise of the preview city's count) × √(1 + 1/" + MATCHED
            + "), Student's t with " + (MATCHED - 1) + " degrees of freedom.";
    /** Fewer people than this in a group, or fewer tickets in the preview city: too small to read much into. */
    public static final int SMALL = 30;

    private CityMatching() {}

    /** A city as the matching sees it: tier, moviegoers living there, the film's want-to-see marks before the preview. */
    public record Candidate(String city, int tier, long moviegoers, long marksBefore) {}

    /** A matched city and its distance from the preview city. */
    public record Match(Candidate city, double distance) {}

    public static List<Match> nearest(Candidate preview, List<Candidate> candidates, int k) {
        return candidates.stream().filter(c -> c.moviegoers() > 0 && !c.city().equals(preview.city()))
                .map(c -> new Match(c, distance(preview, c)))
                .sorted(Comparator.comparingDouble(Match::distance).thenComparing(m -> m.city().city()))
                .limit(k).toList();
    }

    static double distance(Candidate a, Candidate b) {
        double size = Math.log((double) Math.max(1, b.moviegoers()) / Math.max(1, a.moviegoers()));
        double keen = Math.log(perCapita(b) / perCapita(a));
        return Math.abs(a.tier() - b.tier()) + Math.abs(size) + Math.abs(keen);
    }

    private static double perCapita(Candidate c) {
        return (c.marksBefore() + 0.5) / Math.max(1, c.moviegoers());
    }

    /**
     * The preview city's figure per 1,000 moviegoers against its matched cities' mean. {@code previewCount} is the raw
     * count behind the preview city's figure and {@code previewPeople} its moviegoers, for the Poisson floor of the
     * spread. Small numbers: fewer than {@value #MATCHED} matched cities, a preview count under {@value #SMALL}, or an
     * interval that includes 0.
     */
    public static CityEffect effect(double preview, long previewCount, long previewPeople, List<Double> matched) {
        return effect(preview, previewCount, previewPeople, 1000, matched);
    }

    /**
     * The same for a figure per {@code scale} units of {@code previewBase} (e.g. a share in percent of the city's
     * tickets: scale 100, base the city's tickets), whose Poisson floor is {@code scale × figure / base}.
     */
    public static CityEffect effect(double preview, long previewCount, long previewBase, double scale, List<Double> matched) {
        int k = matched.size();
        if (k == 0) {
            return new CityEffect(preview, null, null, null, null, 0, true);
        }
        double mean = matched.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double spread = 0;
        if (k >= 2) {
            spread = matched.stream().mapToDouble(r -> (r - mean) * (r - mean)).sum() / (k - 1);
        }
        // A count of n in a city of N people: per 1,000 its variance is 1000² n / N² = 1000 × rate / N.
        double poisson = scale * Math.max(mean, preview) / Math.max(1, previewBase);
        double sd = Math.sqrt(Math.max(spread, poisson) * (1 + 1.0 / k));
        double t = new TDistribution(null, Math.max(1, k - 1)).inverseCumulativeProbability(0.975);
        double difference = preview - mean;
        double low = difference - t * sd;
        double high = difference + t * sd;
        boolean small = k < MATCHED || previewCount < SMALL || (low <= 0 && high >= 0);
        return new CityEffect(round(preview), round(mean), round(difference), round(low), round(high), k, small);
    }

    public static double per1000(long count, long people) {
        return people == 0 ? 0 : 1000.0 * count / people;
    }

    public static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
