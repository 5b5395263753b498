package marquee.forecasting.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A box office market and its calendar of public holidays and special dates: cinema attendance
 * follows days off, so the model needs to know which days are off and which are coming.
 */
public enum Market {
    CHINA, US;

    /** Chinese public holiday periods (days off, per the State Council notices) for the years of the data. */
    private static final Map<LocalDate, String> CHINA_HOLIDAYS = new HashMap<>();

    static {
        // Spring Festival, Qingming, Labour Day, Dragon Boat, Mid-Autumn, National Day, New Year.
        china("2010-01-01", 3, "New Year"); china("2010-02-13", 7, "Spring Festival");
        china("2010-04-03", 3, "Qingming"); china("2010-05-01", 3, "Labour Day");
        china("2010-06-14", 3, "Dragon Boat"); china("2010-09-22", 3, "Mid-Autumn");
        china("2010-10-01", 7, "National Day");
        china("2011-01-01", 3, "New Year"); china("2011-02-02", 7, "Spring Festival");
        china("2011-04-03", 3, "Qingming"); china("2011-04-30", 3, "Labour Day");
        china("2011-06-04", 3, "Dragon Boat"); china("2011-09-10", 3, "Mid-Autumn");
        china("2011-10-01", 7, "National Day");
        china("2012-01-01", 3, "New Year"); china("2012-01-22", 7, "Spring Festival");
        china("2012-04-02", 3, "Qingming"); china("2012-04-29", 3, "Labour Day");
        china("2012-06-22", 3, "Dragon Boat"); china("2012-09-30", 8, "National Day");
        china("2013-01-01", 3, "New Year"); china("2013-02-09", 7, "Spring Festival");
        china("2013-04-04", 3, "Qingming"); china("2013-04-29", 3, "Labour Day");
        china("2013-06-10", 3, "Dragon Boat"); china("2013-09-19", 3, "Mid-Autumn");
        china("2013-10-01", 7, "National Day");
        china("2014-01-01", 1, "New Year"); china("2014-01-31", 7, "Spring Festival");
        china("2014-04-05", 3, "Qingming"); china("2014-05-01", 3, "Labour Day");
        china("2014-05-31", 3, "Dragon Boat"); china("2014-09-06", 3, "Mid-Autumn");
        china("2014-10-01", 7, "National Day");
        china("2015-01-01", 3, "New Year"); china("2015-02-18", 7, "Spring Festival");
        china("2015-04-04", 3, "Qingming"); china("2015-05-01", 3, "Labour Day");
        china("2015-06-20", 3, "Dragon Boat"); china("2015-09-26", 2, "Mid-Autumn");
        china("2015-10-01", 7, "National Day");
    }

    /** Qixi (Chinese Valentine's Day, 7th day of the 7th lunar month). */
    private static final List<LocalDate> QIXI = List.of(LocalDate.parse("2010-08-16"), LocalDate.parse("2011-08-06"),
            LocalDate.parse("2012-08-23"), LocalDate.parse("2013-08-13"), LocalDate.parse("2014-08-02"),
            LocalDate.parse("2015-08-20"));

    private static void china(String first, int days, String name) {
        LocalDate start = LocalDate.parse(first);
        for (int i = 0; i < days; i++) {
            CHINA_HOLIDAYS.put(start.plusDays(i), name);
        }
    }

    /** The name of the holiday or special date on {@code date}, or null on an ordinary day. */
    public String holiday(LocalDate date) {
        return this == CHINA ? chinaHoliday(date) : usHoliday(date);
    }

    public boolean isHoliday(LocalDate date) {
        return holiday(date) != null;
    }

    /** A day most people have off: weekend or public holiday. */
    public boolean isDayOff(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY || isHoliday(date);
    }

    /** School summer holidays, the busiest season in both markets. */
    public boolean isSummer(LocalDate date) {
        Month m = date.getMonth();
        return this == CHINA ? (m == Month.JULY || m == Month.AUGUST)
                : (m == Month.JUNE || m == Month.JULY || (m == Month.MAY && date.getDayOfMonth() >= 25));
    }

    /** Special dates that sell tickets without being days off. */
    public String specialDate(LocalDate date) {
        if (this == CHINA) {
            if (MonthDay.from(date).equals(MonthDay.of(5, 20))) {
                return "May 20";
            }
            if (QIXI.contains(date)) {
                return "Qixi";
            }
            if (MonthDay.from(date).equals(MonthDay.of(2, 14))) {
                return "Valentine's Day";
            }
            if (MonthDay.from(date).equals(MonthDay.of(12, 24))) {
                return "Christmas Eve";
            }
            return null;
        }
        return MonthDay.from(date).equals(MonthDay.of(2, 14)) ? "Valentine's Day" : null;
    }

    private static String chinaHoliday(LocalDate date) {
        return CHINA_HOLIDAYS.get(date);
    }

    private static String usHoliday(LocalDate date) {
        int year = date.getYear();
        Month m = date.getMonth();
        int d = date.getDayOfMonth();
        if ((m == Month.JANUARY && d == 1) || (m == Month.DECEMBER && d == 31)) {
            return "New Year";
        }
        if (m == Month.DECEMBER && d >= 24) {
            return "Christmas";
        }
        if (m == Month.JULY && d == 4) {
            return "July 4";
        }
        if (date.equals(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3))) {
            return "Martin Luther King Day";
        }
        if (date.equals(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3))) {
            return "Presidents' Day";
        }
        if (date.equals(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)))) {
            return "Memorial Day";
        }
        if (date.equals(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1))) {
            return "Labor Day";
        }
        LocalDate thanksgiving = nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4);
        if (date.equals(thanksgiving) || date.equals(thanksgiving.plusDays(1))) {
            return "Thanksgiving";
        }
        return null;
    }

    private static LocalDate nth(int year, Month month, DayOfWeek dow, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }

    public static Market guess(List<BoxOfficeDay> rows) {
        boolean china = rows.stream().limit(1000)
                .anyMatch(r -> !Double.isNaN(r.screeningSharePct()) || r.filmId().startsWith("maoyan"));
        return china ? CHINA : US;
    }
}
