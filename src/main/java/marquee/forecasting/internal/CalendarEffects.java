package marquee.forecasting.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Holiday, special-date, weekday and season effects on cinema attendance, estimated from the data:
 * log of the whole market's daily gross regressed on indicators of each effect, with yearly
 * levels and a within-year trend soaking up market growth. Uncertainty comes from a bootstrap
 * over whole weeks (days of a week are not independent).
 */
public final class CalendarEffects {

    /** One estimated effect: multiplicative change of daily market gross, with a 90% interval. */
    public record Effect(String name, double effect, double low90, double high90, int days) {
    }

    private static final int BOOTSTRAP = 200;
    private static final String SUMMER = "Summer season";

    private final Market market;
    private final Map<String, Effect> effects;

    private CalendarEffects(Market market, Map<String, Effect> effects) {
        this.market = market;
        this.effects = effects;
    }

    public static CalendarEffects estimate(List<BoxOfficeDay> rows, Market market, LocalDate before) {
        TreeMap<LocalDate, Double> marketGross = marketGross(rows, before);
        List<String> names = effectNames(marketGross.keySet(), market);
        List<LocalDate> dates = new ArrayList<>(marketGross.keySet());
        Map<Integer, Integer> years = new LinkedHashMap<>();
        dates.forEach(d -> years.putIfAbsent(d.getYear(), years.size()));
        int p = names.size() + years.size() + 1;
        double[][] x = new double[dates.size()][p];
        double[] y = new double[dates.size()];
        int[] week = new int[dates.size()];
        for (int i = 0; i < dates.size(); i++) {
            LocalDate d = dates.get(i);
            List<String> on = effectsOn(d, market);
            for (int j = 0; j < names.size(); j++) {
                x[i][j] = on.contains(names.get(j)) ? 1 : 0;
            }
            // A level per year and a trend through it stand for market growth.
            x[i][names.size() + years.get(d.getYear())] = 1;
            x[i][p - 1] = d.getDayOfYear() / 365.0;
            y[i] = Math.log(marketGross.get(d));
            week[i] = (int) ChronoUnit.WEEKS.between(dates.getFirst(), d);
        }
        double[] fit = leastSquares(x, y);
        double[][] draws = bootstrap(x, y, week, names.size());
        Map<String, Effect> effects = new LinkedHashMap<>();
        for (int j = 0; j < names.size(); j++) {
            int days = 0;
            for (double[] row : x) {
                days += (int) row[j];
            }
            double[] column = new double[draws.length];
            for (int b = 0; b < draws.length; b++) {
                column[b] = draws[b][j];
            }
            effects.put(names.get(j), new Effect(names.get(j), Math.exp(fit[j]) - 1,
                    Math.exp(Quantiles.of(column, 0.05)) - 1, Math.exp(Quantiles.of(column, 0.95)) - 1, days));
        }
        return new CalendarEffects(market, effects);
    }

    public List<Effect> effects() {
        return List.copyOf(effects.values());
    }

    /** Log attendance multiplier of a date relative to an ordinary Monday of the same time of year. */
    public double logMultiplier(LocalDate date) {
        double sum = 0;
        for (String name : effectsOn(date, market)) {
            Effect e = effects.get(name);
            if (e != null) {
                sum += Math.log1p(e.effect());
            }
        }
        return sum;
    }

    /** The effects in force on a date (weekday, holiday, special date, summer). */
    public static List<String> effectsOn(LocalDate date, Market market) {
        List<String> on = new ArrayList<>();
        if (date.getDayOfWeek() != DayOfWeek.MONDAY) {
            on.add(weekday(date.getDayOfWeek()));
        }
        String holiday = market.holiday(date);
        if (holiday != null) {
            on.add(holiday);
        }
        String special = market.specialDate(date);
        if (special != null) {
            on.add(special);
        }
        if (market.isSummer(date)) {
            on.add(SUMMER);
        }
        return on;
    }

    private static String weekday(DayOfWeek dow) {
        String name = dow.name();
        return name.charAt(0) + name.substring(1).toLowerCase() + " (vs Monday)";
    }

    private static List<String> effectNames(Iterable<LocalDate> dates, Market market) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (LocalDate d : dates) {
            effectsOn(d, market).forEach(n -> counts.merge(n, 1, Integer::sum));
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).sorted().toList();
    }

    /**
     * The market's gross per date: where films carry their share of the day's gross, the total
     * implied by the biggest film's share (the list itself misses the small films); else the sum.
     */
    private static TreeMap<LocalDate, Double> marketGross(List<BoxOfficeDay> rows, LocalDate before) {
        TreeMap<LocalDate, Double> sum = new TreeMap<>();
        TreeMap<LocalDate, double[]> implied = new TreeMap<>();
        for (BoxOfficeDay r : rows) {
            if (!r.date().isBefore(before) || r.gross() <= 0) {
                continue;
            }
            sum.merge(r.date(), r.gross(), Double::sum);
            if (r.grossSharePct() > 0) {
                double[] best = implied.computeIfAbsent(r.date(), d -> new double[2]);
                if (r.gross() > best[0]) {
                    best[0] = r.gross();
                    best[1] = r.gross() * 100 / r.grossSharePct();
                }
            }
        }
        TreeMap<LocalDate, Double> total = new TreeMap<>();
        sum.forEach((d, s) -> total.put(d, implied.containsKey(d) ? Math.max(s, implied.get(d)[1]) : s));
        return total;
    }

    private static double[][] bootstrap(double[][] x, double[] y, int[] week, int effects) {
        int weeks = week[week.length - 1] + 1;
        List<List<Integer>> rowsOfWeek = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            rowsOfWeek.add(new ArrayList<>());
        }
        for (int i = 0; i < week.length; i++) {
            rowsOfWeek.get(week[i]).add(i);
        }
        Random random = new Random(5);
        double[][] draws = new double[BOOTSTRAP][];
        for (int b = 0; b < BOOTSTRAP; b++) {
            List<Integer> rows = new ArrayList<>();
            for (int w = 0; w < weeks; w++) {
                rows.addAll(rowsOfWeek.get(random.nextInt(weeks)));
            }
            double[][] xb = rows.stream().map(i -> x[i]).toArray(double[][]::new);
            double[] yb = rows.stream().mapToDouble(i -> y[i]).toArray();
            draws[b] = java.util.Arrays.copyOf(leastSquares(xb, yb), effects);
        }
        return draws;
    }

    /** Ordinary least squares with a whisker of ridge so that effects absent from a resample stay at 0. */
    static double[] leastSquares(double[][] x, double[] y) {
        int p = x[0].length;
        double[][] a = new double[p][p];
        double[] b = new double[p];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < p; j++) {
                if (x[i][j] == 0) {
                    continue;
                }
                b[j] += x[i][j] * y[i];
                for (int k = 0; k < p; k++) {
                    a[j][k] += x[i][j] * x[i][k];
                }
            }
        }
        for (int j = 0; j < p; j++) {
            a[j][j] += 1e-6;
        }
        return RidgeRegression.solve(a, b);
    }
}
