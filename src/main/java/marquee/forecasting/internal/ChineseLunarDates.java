package marquee.forecasting.internal;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The traditional Chinese festivals of any Gregorian year, computed with ICU4J's astronomical Chinese
 * calendar rather than read from a table that ends: Spring Festival (1st day of the 1st month) and its
 * eve, Dragon Boat (5/5), Qixi (7/7), Mid-Autumn (8/15), and Qingming, the solar term around April 5.
 */
public final class ChineseLunarDates {

    /** ICU numbers Chinese years from 2637 BCE: the lunar year starting in Gregorian year Y is Y + 2637. */
    private static final int ICU_EPOCH_OFFSET = 2637;
    /** Julian day number of 1970-01-01, to turn ICU's JULIAN_DAY into a LocalDate. */
    private static final long EPOCH_JULIAN_DAY = 2_440_588;

    private ChineseLunarDates() {
    }

    /** One year's festivals, computed once: the astronomical calendar is too slow to ask per day of a backtest. */
    private record Year(LocalDate springFestival, LocalDate dragonBoat, LocalDate qixi, LocalDate midAutumn) {
    }

    private static final Map<Integer, Year> YEARS = new ConcurrentHashMap<>();

    private static Year year(int year) {
        return YEARS.computeIfAbsent(year, y -> new Year(lunar(y, 1, 1), lunar(y, 5, 5), lunar(y, 7, 7), lunar(y, 8, 15)));
    }

    public static LocalDate springFestival(int year) {
        return year(year).springFestival();
    }

    /** Chinese New Year's Eve: the last day of the 12th month, the day before Spring Festival. */
    public static LocalDate newYearsEve(int year) {
        return springFestival(year).minusDays(1);
    }

    public static LocalDate dragonBoat(int year) {
        return year(year).dragonBoat();
    }

    public static LocalDate qixi(int year) {
        return year(year).qixi();
    }

    public static LocalDate midAutumn(int year) {
        return year(year).midAutumn();
    }

    /**
     * Qingming, the 5th solar term (the sun at 15 degrees of longitude), with the standard day formula
     * [Y x 0.2422 + C] - [Y / 4] (Y the year within its century, C = 4.81 for 2000-2099 and 5.59 for
     * 1900-1999), which gives the day in April in China's time zone; 1901-2099 only.
     */
    public static LocalDate qingming(int year) {
        if (year < 1901 || year > 2099) {
            throw new IllegalArgumentException("Qingming is computed for 1901-2099, not " + year);
        }
        int y = year % 100;
        double c = year >= 2000 ? 4.81 : 5.59;
        int day = (int) Math.floor(y * 0.2422 + c) - y / 4;
        return LocalDate.of(year, 4, day);
    }

    /** The traditional festival falling on {@code date}, or null. */
    public static String festival(LocalDate date) {
        int year = date.getYear();
        if (date.equals(springFestival(year))) {
            return "Spring Festival";
        }
        if (date.equals(dragonBoat(year))) {
            return "Dragon Boat";
        }
        if (date.equals(midAutumn(year))) {
            return "Mid-Autumn";
        }
        if (year >= 1901 && year <= 2099 && date.equals(qingming(year))) {
            return "Qingming";
        }
        return null;
    }

    /**
     * The Gregorian date of a day of a (non-leap) month of the lunar year that starts in Gregorian {@code year}.
     * ICU numbers the months (which month is which, leap months); the month's first day is then the China-time
     * date of the new moon nearest ICU's, computed to the minute: ICU's own moon is a few minutes off, which
     * moves a month start by a day when the new moon is close to midnight in Beijing (Spring Festival 2027,
     * new moon at 23:56, and Qixi 2012 both came out a day late).
     */
    private static LocalDate lunar(int year, int month, int day) {
        ChineseCalendar calendar = new ChineseCalendar();
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, year + ICU_EPOCH_OFFSET);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(Calendar.IS_LEAP_MONTH, 0);
        calendar.set(Calendar.DAY_OF_MONTH, 1);
        long icuFirst = calendar.get(Calendar.JULIAN_DAY);
        return LocalDate.ofEpochDay(NewMoon.chinaDayNear(icuFirst) - EPOCH_JULIAN_DAY).plusDays(day - 1);
    }
}
