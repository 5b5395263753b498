package marquee.forecasting.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import marquee.shared.Sentence;

/**
 * A box office market and its calendar of public holidays and special dates: cinema attendance
 * follows days off, so the model needs to know which days are off and which are coming.
 */
public enum Market {
    CHINA, US;

    /**
     * The name of the public holiday on {@code date}, or null on an ordinary day. In China, for a year whose
     * State Council notice is in the holiday data file, the announced holiday periods; for a year that is not
     * (see {@link #holidaysAnnounced}), only the days the holiday law itself fixes (New Year's Day, the Eve and
     * first three days of Spring Festival, Qingming, May 1-2, Dragon Boat, Mid-Autumn, October 1-3): the
     * bridging days and make-up working days of that year are not known yet and are not guessed.
     */
    public String holiday(LocalDate date) {
        return this == CHINA ? chinaHoliday(date) : usHoliday(date);
    }

    /** True when the year's days off are announced (always in the US, whose holidays follow fixed rules). */
    public boolean holidaysAnnounced(int year) {
        return this != CHINA || ChinaHolidays.get().announced(year);
    }

    /** The last year whose statutory holidays are known (Integer.MAX_VALUE in the US). */
    public int lastAnnouncedYear() {
        return this == CHINA ? ChinaHolidays.get().lastYear() : Integer.MAX_VALUE;
    }

    /**
     * A sentence for each year of from..to whose statutory holidays are not announced, saying what is shown
     * instead; empty when every year is announced.
     */
    public List<Sentence> unannouncedNotes(LocalDate from, LocalDate to) {
        List<Sentence> notes = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!holidaysAnnounced(year)) {
                notes.add(year > lastAnnouncedYear()
                        ? Sentence.of("sentence.calendar.notAnnounced", year, lastAnnouncedYear())
                        : Sentence.of("sentence.calendar.notInData", year, ChinaHolidays.get().firstYear(),
                                lastAnnouncedYear()));
            }
        }
        return notes;
    }

    /** A Saturday or Sunday worked in exchange for a holiday day (China's 调休): not a day off. */
    public boolean isMakeUpWorkday(LocalDate date) {
        return this == CHINA && ChinaHolidays.get().makeUpWorkday(date);
    }

    public boolean isHoliday(LocalDate date) {
        return holiday(date) != null;
    }

    /** A day most people have off: a public holiday, or a weekend day that is not a make-up working day. */
    public boolean isDayOff(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
        return (weekend && !isMakeUpWorkday(date)) || isHoliday(date);
    }

    /** School summer holidays, the busiest season in both markets. */
    public boolean isSummer(LocalDate date) {
        Month m = date.getMonth();
        return this == CHINA ? (m == Month.JULY || m == Month.AUGUST)
                : (m == Month.JUNE || m == Month.JULY || (m == Month.MAY && date.getDayOfMonth() >= 25));
    }

    /**
     * Special dates that sell tickets without being days off (or whatever else they are): in China the
     * dating days (May 20, "I love you", Qixi, Valentine's Day, Christmas Eve), New Year's Eve (late
     * countdown screenings), and Chinese New Year's Eve, the family night when cinemas are at their
     * emptiest. Children's Day (June 1) is left out: it is not a day off and its pull is on animated
     * films only, which the calendar's market-wide effects would not show.
     */
    public String specialDate(LocalDate date) {
        if (this == CHINA) {
            if (MonthDay.from(date).equals(MonthDay.of(5, 20))) {
                return "May 20";
            }
            if (date.equals(ChineseLunarDates.qixi(date.getYear()))) {
                return "Qixi";
            }
            if (date.equals(ChineseLunarDates.newYearsEve(date.getYear()))) {
                return "Chinese New Year's Eve";
            }
            if (MonthDay.from(date).equals(MonthDay.of(12, 31))) {
                return "New Year's Eve";
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
        ChinaHolidays announced = ChinaHolidays.get();
        return announced.announced(date.getYear()) ? announced.dayOff(date) : chinaLegalHoliday(date);
    }

    /** The days off the holiday law fixes (2024 revision, in force from 2025), for a year not yet announced. */
    private static String chinaLegalHoliday(LocalDate date) {
        int year = date.getYear();
        MonthDay md = MonthDay.from(date);
        String festival = ChineseLunarDates.festival(date);
        if (festival != null) {
            return festival;
        }
        if (md.equals(MonthDay.of(1, 1))) {
            return "New Year";
        }
        LocalDate spring = ChineseLunarDates.springFestival(year);
        if (!date.isBefore(spring.minusDays(1)) && !date.isAfter(spring.plusDays(2))) {
            return "Spring Festival";
        }
        if (md.equals(MonthDay.of(5, 1)) || md.equals(MonthDay.of(5, 2))) {
            return "Labour Day";
        }
        if (date.getMonth() == Month.OCTOBER && date.getDayOfMonth() <= 3) {
            return "National Day";
        }
        return null;
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
