package marquee.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class LocalFormatsTest {

    static final Locale EN = Locale.ENGLISH;
    static final Locale ZH = Locale.CHINESE;

    @Test
    void english_money_is_yuan_with_grouping_and_two_decimals() {
        assertThat(LocalFormats.money(123_456_78L, EN)).isEqualTo("¥123,456.78");
        assertThat(LocalFormats.money(5L, EN)).isEqualTo("¥0.05");
        assertThat(LocalFormats.total(12_345_678_900L, EN)).isEqualTo("¥123,456,789.00");
        assertThat(LocalFormats.amount(-250_00L, EN)).isEqualTo("-250.00");
    }

    @Test
    void chinese_totals_read_in_wan_and_yi() {
        assertThat(LocalFormats.total(9_876_50L, ZH)).isEqualTo("9,876.50元");
        assertThat(LocalFormats.total(1_000_000L, ZH)).isEqualTo("1.00万");
        assertThat(LocalFormats.total(123_456_00L, ZH)).isEqualTo("12.35万");
        assertThat(LocalFormats.total(45_670_000_00L, ZH)).isEqualTo("4,567万");
        assertThat(LocalFormats.total(123_000_000_00L, ZH)).isEqualTo("1.23亿");
        assertThat(LocalFormats.total(2_345_678_901_234L, ZH)).isEqualTo("234.57亿");
        // Just under 100 million yuan rounds to 10,000万: written 1.00亿 instead.
        assertThat(LocalFormats.total(99_999_999_00L, ZH)).isEqualTo("1.00亿");
        assertThat(LocalFormats.money(123_456_78L, ZH)).isEqualTo("123,456.78元");
    }

    @Test
    void the_market_historys_large_amounts_in_millions_or_in_wan_and_yi() {
        assertThat(LocalFormats.big(123_456_789.0, "¥", EN)).isEqualTo("¥123.5M");
        assertThat(LocalFormats.big(1_234_567_890.0, "$", EN)).isEqualTo("$1,234.6M");
        assertThat(LocalFormats.big(123_456_789.0, "¥", ZH)).isEqualTo("1.23亿");
        assertThat(LocalFormats.big(45_670_000.0, "¥", ZH)).isEqualTo("4,567万");
        assertThat(LocalFormats.big(567_000_000.0, "$", ZH)).isEqualTo("5.67亿美元");
        assertThat(LocalFormats.big(9_000.0, "¥", ZH)).isEqualTo("9,000元");
    }

    @Test
    void counts_percentages_and_dates_per_language() {
        assertThat(LocalFormats.count(1_234_567, ZH)).isEqualTo("1,234,567");
        assertThat(LocalFormats.percent(12.345, 1, EN)).isEqualTo("12.3%");
        LocalDate day = LocalDate.of(2026, 11, 5);
        assertThat(LocalFormats.day(day, EN)).isEqualTo("2026-11-05");
        assertThat(LocalFormats.day(day, ZH)).isEqualTo("2026年11月5日");
        assertThat(LocalFormats.shortDay(day, EN)).isEqualTo("Nov 5");
        assertThat(LocalFormats.shortDay(day, ZH)).isEqualTo("11月5日");
        assertThat(LocalFormats.dateTime(LocalDateTime.of(2026, 11, 5, 19, 30), ZH)).isEqualTo("2026年11月5日 19:30");
        assertThat(LocalFormats.day(null, ZH)).isEmpty();
    }

    @Test
    void the_bean_formats_in_the_requests_language() {
        LocalFormats fmt = new LocalFormats();
        try {
            LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
            assertThat(fmt.total(45_670_000_00L)).isEqualTo("4,567万");
            assertThat(fmt.language()).isEqualTo("zh");
            LocaleContextHolder.setLocale(Locale.US);
            assertThat(fmt.total(45_670_000_00L)).isEqualTo("¥45,670,000.00");
            assertThat(fmt.language()).isEqualTo("en");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
