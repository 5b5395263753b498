package marquee.forecasting.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Screening allocation advice, backtested on the Chinese daily list. For each day, films already
 * on screen the day before get screening shares in proportion to their forecast demand (yesterday's
 * gross share times the usual day-over-day retention at their age, learnt from films released
 * before the period); films opening that day keep their actual share. The advice is then scored
 * with what happened that day: efficiency = gross share / screening share.
 */
public final class ScreeningAllocation {

    /** Retention is learnt per day in release up to this age; older films keep its value. */
    public static final int MAX_AGE = 90;

    public record Result(int days, int filmDays, double movedShare, double receivingEfficiency,
                         double givingEfficiency, double grossGainPct) {
    }

    private ScreeningAllocation() {
    }

    public static Result backtest(BoxOfficeHistory history, LocalDate from, LocalDate to) {
        double[] retention = retentionByAge(history.finishedBefore(from));
        Map<LocalDate, List<BoxOfficeDay>> byDate = new HashMap<>();
        Map<String, ReleaseCurve> curves = new HashMap<>();
        for (ReleaseCurve c : history.curves()) {
            curves.put(c.filmId(), c);
            c.days().forEach(d -> byDate.computeIfAbsent(d.date(), k -> new ArrayList<>()).add(d));
        }
        int days = 0;
        int filmDays = 0;
        double moved = 0;
        double received = 0;
        double receivedEff = 0;
        double given = 0;
        double givenEff = 0;
        double gain = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            List<Advice> advice = adviseDay(byDate.getOrDefault(d, List.of()), curves, retention);
            if (advice.isEmpty()) {
                continue;
            }
            days++;
            filmDays += advice.size();
            for (Advice a : advice) {
                double delta = a.recommended() - a.actual();
                moved += Math.abs(delta) / 2;
                if (delta > 0) {
                    received += delta;
                    receivedEff += delta * a.efficiency();
                } else {
                    given -= delta;
                    givenEff -= delta * a.efficiency();
                }
                // Gross follows screenings at the film's realised gross per screening share (an upper bound:
                // extra screenings of a film fill less than its existing ones).
                gain += delta * a.efficiency();
            }
        }
        return new Result(days, filmDays, days == 0 ? 0 : moved / days, received == 0 ? 0 : receivedEff / received,
                given == 0 ? 0 : givenEff / given, days == 0 ? 0 : gain / days);
    }

    private record Advice(double actual, double recommended, double efficiency) {
    }

    private static List<Advice> adviseDay(List<BoxOfficeDay> today, Map<String, ReleaseCurve> curves,
                                          double[] retention) {
        List<BoxOfficeDay> continuing = new ArrayList<>();
        List<Double> demand = new ArrayList<>();
        double continuingShare = 0;
        for (BoxOfficeDay row : today) {
            if (!(row.screeningSharePct() > 0) || Double.isNaN(row.grossSharePct())) {
                continue;
            }
            ReleaseCurve curve = curves.get(row.filmId());
            int age = curve.dayIndex(row.date());
            BoxOfficeDay yesterday = age >= 2 ? curve.onDay(age - 1) : null;
            if (yesterday == null || Double.isNaN(yesterday.grossSharePct())) {
                continue;
            }
            continuing.add(row);
            demand.add(ScreeningAllocation.demand(yesterday.grossSharePct(), retention, age));
            continuingShare += row.screeningSharePct();
        }
        double[] recommended = recommend(continuingShare, demand.stream().mapToDouble(Double::doubleValue).toArray());
        List<Advice> advice = new ArrayList<>();
        for (int i = 0; i < recommended.length; i++) {
            BoxOfficeDay row = continuing.get(i);
            advice.add(new Advice(row.screeningSharePct(), recommended[i], row.grossSharePct() / row.screeningSharePct()));
        }
        return advice;
    }

    /**
     * The rule, shared by the backtest and the live advice to a cinema: a film's demand tomorrow is its gross
     * share today times the usual retention from its age today to tomorrow's.
     */
    public static double demand(double grossShareToday, double[] retention, int ageTomorrow) {
        return grossShareToday * retention[Math.max(0, Math.min(ageTomorrow, MAX_AGE))];
    }

    /**
     * The screening shares that follow demand: the films' screening share in all ({@code share}) split in
     * proportion to their demand; none when there is no demand at all.
     */
    public static double[] recommend(double share, double[] demand) {
        double total = 0;
        for (double d : demand) {
            total += d;
        }
        if (total <= 0) {
            return new double[0];
        }
        double[] recommended = new double[demand.length];
        for (int i = 0; i < demand.length; i++) {
            recommended[i] = share * demand[i] / total;
        }
        return recommended;
    }

    /** Median ratio of day k's gross to day k-1's, per age k, over past films. */
    public static double[] retentionByAge(List<ReleaseCurve> past) {
        double[] retention = new double[MAX_AGE + 1];
        retention[0] = 1;
        retention[1] = 1;
        for (int age = 2; age <= MAX_AGE; age++) {
            List<Double> ratios = new ArrayList<>();
            for (ReleaseCurve c : past) {
                BoxOfficeDay today = c.onDay(age);
                BoxOfficeDay before = c.onDay(age - 1);
                if (today != null && before != null && before.gross() > 0) {
                    ratios.add(today.gross() / before.gross());
                }
            }
            retention[age] = ratios.size() < 5 ? retention[age - 1]
                    : Quantiles.median(ratios.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return retention;
    }

    public static void print(Result r, LocalDate from, LocalDate to, PrintStream out) {
        out.printf(Locale.ROOT, "forecast allocation: screening share advice backtested %s .. %s%n", from, to);
        out.printf(Locale.ROOT, "  %d days, %d film-days advised (films opening that day keep their actual share)%n",
                r.days(), r.filmDays());
        out.printf(Locale.ROOT, "  screening share moved per day: %.1f points of all screenings%n", r.movedShare());
        out.printf(Locale.ROOT, "  efficiency (gross share / screening share) of films given screenings: %.2f;"
                + " of films they were taken from: %.2f%n", r.receivingEfficiency(), r.givingEfficiency());
        out.printf(Locale.ROOT, "  gross moved to higher-efficiency films: %+.2f%% of the market's daily gross"
                + " (upper bound: extra screenings assumed to sell like the film's existing ones)%n", r.grossGainPct());
    }
}
