package marquee.forecasting.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * What an analyst reads off a film's curve after N days in release: its size, how fast it is
 * dropping, where day N falls in the week, which days off are still to come, and how much of the
 * market's screens it holds. All ratios are in log space, where box office behaves additively.
 */
public final class CurveFeatures {

    private CurveFeatures() {
    }

    /** Features of the curve at day {@code n}; the curve must have a row on day n. */
    public static double[] at(ReleaseCurve curve, int n, InReleaseContext context) {
        Market market = context.market();
        ReleaseSchedule schedule = context.schedule();
        BoxOfficeDay today = curve.onDay(n);
        double soFar = Math.max(curve.grossThrough(n), 1);
        double gToday = Math.max(today.gross(), 1);
        BoxOfficeDay yesterday = n > 1 ? curve.onDay(n - 1) : null;
        BoxOfficeDay weekAgo = n > 7 ? curve.onDay(n - 7) : null;
        BoxOfficeDay opening = firstReleaseDay(curve, n);
        double lastThree = 0;
        int lastThreeCount = 0;
        for (int d = Math.max(1, n - 2); d <= n; d++) {
            BoxOfficeDay row = curve.onDay(d);
            if (row != null) {
                lastThree += row.gross();
                lastThreeCount++;
            }
        }
        double previews = n >= 1 ? curve.grossThrough(0) : 0;
        LocalDate dayN = curve.dateOfDay(n);
        double[] f = new double[60];
        int i = 0;
        f[i++] = Math.log(soFar);
        f[i++] = Math.log(gToday / soFar);
        f[i++] = Math.log(Math.max(lastThree / lastThreeCount, 1) / soFar);
        f[i++] = yesterday == null ? 0 : clip(Math.log(gToday / Math.max(yesterday.gross(), 1)));
        f[i++] = yesterday == null ? 1 : 0;
        f[i++] = weekAgo == null ? 0 : clip(Math.log(gToday / Math.max(weekAgo.gross(), 1)));
        f[i++] = weekAgo == null ? 1 : 0;
        f[i++] = opening == null ? 0 : clip(Math.log(gToday / Math.max(opening.gross(), 1)));
        f[i++] = Math.log1p(previews / soFar);
        f[i++] = n;
        f[i++] = market.isDayOff(dayN) ? 1 : 0;
        f[i++] = market.isHoliday(dayN) ? 1 : 0;
        for (DayOfWeek dow : DayOfWeek.values()) {
            f[i++] = dayN.getDayOfWeek() == dow ? 1 : 0;
        }
        f[i++] = curve.releaseDate().getDayOfWeek().getValue();
        f[i++] = daysOff(market, curve, 1, n) / (double) n;
        f[i++] = daysOff(market, curve, n + 1, n + 7);
        f[i++] = daysOff(market, curve, n + 8, n + 28);
        f[i++] = holidays(market, curve, n + 1, n + 28);
        f[i++] = holidays(market, curve, 1, n) / (double) n;
        f[i++] = market.isSummer(dayN) ? 1 : 0;
        f[i++] = dayN.getMonthValue();
        double share = today.screeningSharePct();
        f[i++] = Double.isNaN(share) ? 0 : Math.log(Math.max(share, 0.01));
        f[i++] = Double.isNaN(share) || Double.isNaN(today.grossSharePct()) ? 0
                : clip(Math.log(Math.max(today.grossSharePct(), 0.01) / Math.max(share, 0.01)));
        f[i++] = opening == null || Double.isNaN(share) || Double.isNaN(opening.screeningSharePct()) ? 0
                : clip(Math.log(Math.max(share, 0.01) / Math.max(opening.screeningSharePct(), 0.01)));
        f[i++] = Double.isNaN(today.grossSharePct()) ? 0 : Math.log(Math.max(today.grossSharePct(), 0.01));
        f[i++] = today.theaters() > 0 ? Math.log(today.theaters()) : 0;
        f[i++] = opening == null || today.theaters() <= 0 || opening.theaters() <= 0 ? 0
                : clip(Math.log((double) today.theaters() / opening.theaters()));
        f[i++] = today.theaters() > 0 ? Math.log(gToday / today.theaters()) : 0;
        f[i++] = maxTheaters(curve, n) > 0 && today.theaters() > 0
                ? Math.log((double) today.theaters() / maxTheaters(curve, n)) : 0;
        f[i++] = Math.log((double) rowsInRelease(curve, n) / n);
        f[i++] = curve.releaseDate().getYear() + curve.releaseDate().getDayOfYear() / 366.0;
        f[i++] = extrapolatedLogMultiplier(curve, n, soFar);
        f[i++] = schedule.releasesBetween(curve.filmId(), dayN.plusDays(1), dayN.plusDays(7));
        f[i++] = schedule.releasesBetween(curve.filmId(), dayN.plusDays(8), dayN.plusDays(21));
        f[i++] = schedule.releasesBetween(curve.filmId(), curve.releaseDate().minusDays(7), dayN);
        BoxOfficeDay twoAgo = n > 2 ? curve.onDay(n - 2) : null;
        f[i++] = yesterday == null || twoAgo == null ? 0
                : clip(Math.log(Math.max(yesterday.gross(), 1) / Math.max(twoAgo.gross(), 1)));
        f[i++] = opening == null ? 0 : Math.log(Math.max(opening.gross(), 1) / soFar);
        return java.util.Arrays.copyOf(f, i);
    }

    /**
     * From day 7 on, the same weekday a week apart gives the weekly retention r; if the last
     * seven days keep shrinking by r every week, the rest of the run adds r / (1 - r) of them.
     */
    private static double extrapolatedLogMultiplier(ReleaseCurve curve, int n, double soFar) {
        if (n < 7) {
            return 0;
        }
        BoxOfficeDay today = curve.onDay(n);
        BoxOfficeDay sameWeekday = curve.onDay(n == 7 ? 1 : n - 7);
        if (sameWeekday == null || sameWeekday.gross() <= 0) {
            return 0;
        }
        double r = Math.max(0.01, Math.min(0.95, today.gross() / sameWeekday.gross()));
        double lastWeek = Math.max(0, soFar - curve.grossThrough(n - 7));
        return Math.log((soFar + lastWeek * r / (1 - r)) / soFar);
    }

    private static BoxOfficeDay firstReleaseDay(ReleaseCurve curve, int n) {
        for (BoxOfficeDay d : curve.days()) {
            int day = curve.dayIndex(d.date());
            if (day >= 1 && day <= n) {
                return d;
            }
        }
        return null;
    }

    private static int daysOff(Market market, ReleaseCurve curve, int from, int to) {
        int count = 0;
        for (int d = from; d <= to; d++) {
            count += market.isDayOff(curve.dateOfDay(d)) ? 1 : 0;
        }
        return count;
    }

    private static int holidays(Market market, ReleaseCurve curve, int from, int to) {
        int count = 0;
        for (int d = from; d <= to; d++) {
            count += market.isHoliday(curve.dateOfDay(d)) ? 1 : 0;
        }
        return count;
    }

    private static int maxTheaters(ReleaseCurve curve, int n) {
        return curve.days().stream().filter(d -> curve.dayIndex(d.date()) <= n)
                .mapToInt(BoxOfficeDay::theaters).max().orElse(0);
    }

    private static int rowsInRelease(ReleaseCurve curve, int n) {
        return (int) Math.max(1, curve.days().stream()
                .filter(d -> curve.dayIndex(d.date()) >= 1 && curve.dayIndex(d.date()) <= n).count());
    }

    private static double clip(double v) {
        return Math.max(-5, Math.min(5, v));
    }
}
