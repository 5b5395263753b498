package marquee.forecasting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lunar festivals computed for any year, and the announced statutory holidays with their make-up working days. */
class ChinaHolidayCalendarTest {

    private static final Market CHINA = Market.CHINA;

    @Test
    void springFestivalMatchesThePublishedDates2016To2030() {
        Map<Integer, String> published = Map.ofEntries(Map.entry(2016, "2016-02-08"), Map.entry(2017, "2017-01-28"),
                Map.entry(2018, "2018-02-16"), Map.entry(2019, "2019-02-05"), Map.entry(2020, "2020-01-25"),
                Map.entry(2021, "2021-02-12"), Map.entry(2022, "2022-02-01"), Map.entry(2023, "2023-01-22"),
                Map.entry(2024, "2024-02-10"), Map.entry(2025, "2025-01-29"), Map.entry(2026, "2026-02-17"),
                Map.entry(2027, "2027-02-06"), Map.entry(2028, "2028-01-26"), Map.entry(2029, "2029-02-13"),
                Map.entry(2030, "2030-02-03"));
        published.forEach((year, date) -> {
            assertThat(ChineseLunarDates.springFestival(year)).as("Spring Festival %d", year).isEqualTo(date);
            assertThat(ChineseLunarDates.newYearsEve(year)).isEqualTo(LocalDate.parse(date).minusDays(1));
        });
        // The years of the history too (the old table's Spring Festival periods start on the Eve or the day).
        assertThat(ChineseLunarDates.springFestival(2010)).isEqualTo("2010-02-14");
        assertThat(ChineseLunarDates.springFestival(2015)).isEqualTo("2015-02-19");
    }

    @Test
    void dragonBoatMidAutumnQixiAndQingmingMatchPublishedDates() {
        assertThat(List.of(ChineseLunarDates.dragonBoat(2016), ChineseLunarDates.dragonBoat(2020),
                ChineseLunarDates.dragonBoat(2023), ChineseLunarDates.dragonBoat(2025), ChineseLunarDates.dragonBoat(2026)))
                .containsExactly(d("2016-06-09"), d("2020-06-25"), d("2023-06-22"), d("2025-05-31"), d("2026-06-19"));
        assertThat(List.of(ChineseLunarDates.midAutumn(2015), ChineseLunarDates.midAutumn(2020),
                ChineseLunarDates.midAutumn(2023), ChineseLunarDates.midAutumn(2025), ChineseLunarDates.midAutumn(2026),
                ChineseLunarDates.midAutumn(2027)))
                .containsExactly(d("2015-09-27"), d("2020-10-01"), d("2023-09-29"), d("2025-10-06"), d("2026-09-25"),
                        d("2027-09-15"));
        // The old table's Qixi dates (2010-2015) and later ones.
        assertThat(List.of(ChineseLunarDates.qixi(2010), ChineseLunarDates.qixi(2011), ChineseLunarDates.qixi(2012),
                ChineseLunarDates.qixi(2013), ChineseLunarDates.qixi(2014), ChineseLunarDates.qixi(2015),
                ChineseLunarDates.qixi(2023), ChineseLunarDates.qixi(2024), ChineseLunarDates.qixi(2025)))
                .containsExactly(d("2010-08-16"), d("2011-08-06"), d("2012-08-23"), d("2013-08-13"), d("2014-08-02"),
                        d("2015-08-20"), d("2023-08-22"), d("2024-08-10"), d("2025-08-29"));
        assertThat(List.of(ChineseLunarDates.qingming(2010), ChineseLunarDates.qingming(2013),
                ChineseLunarDates.qingming(2019), ChineseLunarDates.qingming(2020), ChineseLunarDates.qingming(2024),
                ChineseLunarDates.qingming(2025), ChineseLunarDates.qingming(2026)))
                .containsExactly(d("2010-04-05"), d("2013-04-04"), d("2019-04-05"), d("2020-04-04"), d("2024-04-04"),
                        d("2025-04-04"), d("2026-04-05"));
        assertThat(CHINA.specialDate(d("2027-08-08"))).isEqualTo("Qixi");
        assertThat(CHINA.specialDate(d("2027-02-05"))).isEqualTo("Chinese New Year's Eve");
    }

    @Test
    void everyAnnouncedYearHasItsSpringFestivalAndFestivalsInsideAHolidayPeriod() {
        for (int year = 2010; year <= 2026; year++) {
            assertThat(CHINA.holidaysAnnounced(year)).isTrue();
            assertThat(CHINA.holiday(ChineseLunarDates.springFestival(year))).as("%d", year).isEqualTo("Spring Festival");
            assertThat(CHINA.isDayOff(ChineseLunarDates.springFestival(year).plusDays(2))).isTrue();
            assertThat(CHINA.holiday(ChineseLunarDates.dragonBoat(year))).as("%d", year).isEqualTo("Dragon Boat");
            assertThat(CHINA.holiday(ChineseLunarDates.qingming(year))).as("%d", year).isEqualTo("Qingming");
            assertThat(CHINA.holiday(ChineseLunarDates.midAutumn(year))).as("%d", year)
                    .isIn("Mid-Autumn", "National Day");
            assertThat(CHINA.holiday(LocalDate.of(year, 10, 1))).isEqualTo("National Day");
            assertThat(CHINA.holiday(LocalDate.of(year, 5, 1))).isEqualTo("Labour Day");
            assertThat(CHINA.holiday(LocalDate.of(year, 1, 1))).isEqualTo("New Year");
        }
        assertThat(CHINA.lastAnnouncedYear()).isEqualTo(2026);
    }

    @Test
    void the2026NoticeAndItsMakeUpWorkingDays() {
        assertThat(d("2026-02-15").datesUntil(d("2026-02-24"))).allMatch(CHINA::isDayOff)
                .allMatch(x -> "Spring Festival".equals(CHINA.holiday(x)));
        assertThat(CHINA.isDayOff(d("2026-02-24"))).isFalse();
        // Saturday 2026-02-14 and 2026-02-28 are worked in exchange: not days off.
        assertThat(d("2026-02-14").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(CHINA.isMakeUpWorkday(d("2026-02-14"))).isTrue();
        assertThat(CHINA.isDayOff(d("2026-02-14"))).isFalse();
        assertThat(CHINA.isDayOff(d("2026-02-28"))).isFalse();
        assertThat(CHINA.isDayOff(d("2026-03-07"))).isTrue();
        assertThat(d("2026-10-01").datesUntil(d("2026-10-08"))).allMatch(CHINA::isDayOff);
        assertThat(CHINA.isDayOff(d("2026-10-10"))).isFalse();
        assertThat(CHINA.holiday(d("2026-06-19"))).isEqualTo("Dragon Boat");
        assertThat(CHINA.holiday(d("2026-09-25"))).isEqualTo("Mid-Autumn");
        // The old table's years are unchanged: 2014's one-day New Year, 2012's eight days from September 30.
        assertThat(CHINA.holiday(d("2014-01-02"))).isNull();
        assertThat(d("2012-09-30").datesUntil(d("2012-10-08"))).allMatch(x -> "National Day".equals(CHINA.holiday(x)));
        assertThat(CHINA.isDayOff(d("2015-02-28"))).as("a make-up Saturday in 2015").isFalse();
    }

    @Test
    void aYearAfterTheDataFileSaysItIsNotAnnouncedAndKeepsOnlyTheDaysTheLawFixes() {
        assertThat(CHINA.holidaysAnnounced(2028)).isFalse();
        assertThat(CHINA.unannouncedNotes(d("2028-01-01"), d("2028-03-31")).stream().map(Object::toString))
                .containsExactly("statutory holidays for 2028 not yet announced (the holiday data ends with 2026);"
                        + " showing the traditional dates only");
        assertThat(CHINA.unannouncedNotes(d("2026-01-01"), d("2026-12-31"))).isEmpty();
        // 2028: Spring Festival on January 26, the Eve and the first three days fixed by law; no bridge guessed.
        assertThat(CHINA.holiday(d("2028-01-25"))).isEqualTo("Spring Festival");
        assertThat(CHINA.holiday(d("2028-01-28"))).isEqualTo("Spring Festival");
        assertThat(CHINA.holiday(d("2028-01-31"))).isNull();
        assertThat(CHINA.holiday(ChineseLunarDates.midAutumn(2028))).isEqualTo("Mid-Autumn");
        assertThat(CHINA.holiday(d("2028-10-02"))).isEqualTo("National Day");
        assertThat(CHINA.holiday(d("2028-10-05"))).isNull();
        assertThat(CHINA.isMakeUpWorkday(d("2028-01-29"))).isFalse();
        assertThat(Market.US.holidaysAnnounced(2040)).isTrue();
    }

    @Test
    void aBrokenHolidayFileFailsLoudly() {
        assertThatThrownBy(() -> ChinaHolidays.read(new StringReader("date,kind,name\n2026-02-16,WORK,Spring Festival\n"),
                "bad.csv")).hasMessageContaining("line 2").hasMessageContaining("Saturday or Sunday");
        assertThat(ChinaHolidays.read(new StringReader("date,kind,name\n2026-02-14,WORK,Spring Festival\n"), "ok.csv")
                .makeUpWorkday(d("2026-02-14"))).isTrue();
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }
}
