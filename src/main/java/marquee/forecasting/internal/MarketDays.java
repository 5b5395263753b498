package marquee.forecasting.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole market's daily list as published: every film's gross per date. Where a film stands
 * in that day's list matters, above all in China where only about the top 20 films are listed
 * and a film that falls off the list stops adding to its published total.
 */
public final class MarketDays {

    private final Map<LocalDate, double[]> grossByDate = new HashMap<>();

    public MarketDays(List<BoxOfficeDay> rows) {
        Map<LocalDate, java.util.Map<String, Double>> byDate = new HashMap<>();
        for (BoxOfficeDay r : rows) {
            byDate.computeIfAbsent(r.date(), d -> new HashMap<>()).put(r.filmId(), r.gross());
        }
        byDate.forEach((date, films) -> {
            double[] g = films.values().stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(g);
            grossByDate.put(date, g);
        });
    }

    /** Rank (1 = top), log of gross over the smallest listed gross, log films listed, log market gross. */
    public double[] describe(LocalDate date, double gross) {
        double[] list = grossByDate.get(date);
        if (list == null || list.length == 0) {
            return new double[] {0, 0, 0, 0};
        }
        int above = 0;
        double total = 0;
        for (double g : list) {
            above += g > gross ? 1 : 0;
            total += g;
        }
        return new double[] {above + 1, Math.log(Math.max(gross, 1) / Math.max(list[0], 1)), Math.log(list.length),
                Math.log(Math.max(total, 1))};
    }
}
