package marquee.forecasting.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * How long past films of the same distributor or genre kept selling after day N ("legs"): the
 * mean of their log(final / so far), shrunk towards the overall mean when there are few of them.
 * Filled in release order, so a film is only described by films released before it.
 */
public final class Legs {

    private static final double SHRINK = 5;

    private final Map<String, double[]> byKey = new HashMap<>();
    private double sum;
    private int count;

    public void add(FilmInfo film, double logMultiplier) {
        if (film == null) {
            return;
        }
        sum += logMultiplier;
        count++;
        if (!film.distributor().isEmpty()) {
            add("b:" + film.distributor(), logMultiplier);
        }
        film.genres().forEach(g -> add("g:" + g, logMultiplier));
    }

    private void add(String key, double value) {
        double[] s = byKey.computeIfAbsent(key, k -> new double[2]);
        s[0] += value;
        s[1]++;
    }

    /** Distributor legs, its film count (log), genre legs (mean over the film's genres). */
    public double[] describe(FilmInfo film) {
        if (film == null || count == 0) {
            return new double[3];
        }
        double mean = sum / count;
        double[] distributor = byKey.getOrDefault("b:" + film.distributor(), new double[2]);
        double genre = 0;
        for (String g : film.genres()) {
            genre += shrunk(byKey.getOrDefault("g:" + g, new double[2]), mean) - mean;
        }
        return new double[] {shrunk(distributor, mean) - mean, Math.log1p(distributor[1]),
                film.genres().isEmpty() ? 0 : genre / film.genres().size()};
    }

    private static double shrunk(double[] s, double mean) {
        return (s[0] + SHRINK * mean) / (s[1] + SHRINK);
    }
}
