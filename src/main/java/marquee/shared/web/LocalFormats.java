package marquee.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers, money and dates as a reader of the page's language expects them: the ONE place pages format them.
 * Templates call it as {@code @fmt} ({@code ${@fmt.total(ranking.totalGrossMinor)}}) in the request's language;
 * the static methods take the language explicitly (tests, JSON for scripts).
 *
 * <p>Money is in minor units (fen). English: {@code ¥1,234.56}. Chinese: {@code 1,234.56元}, and a total of
 * 10,000 yuan or more in 万 or 亿 as Chinese box office figures are read ({@code 12.35万}, {@code 4,567万},
 * {@code 1.23亿}). Dates: ISO {@code 2026-11-25} in English, {@code 2026年11月25日} in Chinese.
 * static/console/formats.js does the same for the live pages' scripts; keep the two alike.
 */
@Component("fmt")
public class LocalFormats {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter ZH_DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter ZH_SHORT_DAY = DateTimeFormatter.ofPattern("M月d日");
    private static final DateTimeFormatter EN_SHORT_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter ZH_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    /** True when the language is Chinese (any region). */
    public static boolean chinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    /** An amount with its currency: {@code ¥1,234.56} in English, {@code 1,234.56元} in Chinese. */
    public static String money(long minor, Locale locale) {
        String amount = amount(minor, locale);
        return chinese(locale) ? amount + "元" : "¥" + amount;
    }

    /** An amount for a column headed "(¥)": grouped, two decimals, no currency. */
    public static String amount(long minor, Locale locale) {
        return grouped(2).format(BigDecimal.valueOf(minor).movePointLeft(2));
    }

    /**
     * A total as its readers expect it: in Chinese 万 from 10,000 yuan (two decimals under a million yuan,
     * none above) and 亿 from 100 million (two decimals); under 10,000 yuan, and always in English, the full amount.
     */
    public static String total(long minor, Locale locale) {
        if (!chinese(locale)) {
            return money(minor, locale);
        }
        BigDecimal yuan = BigDecimal.valueOf(minor).movePointLeft(2);
        BigDecimal size = yuan.abs();
        if (size.compareTo(YI) >= 0) {
            return grouped(2).format(yuan.divide(YI, 2, RoundingMode.HALF_UP)) + "亿";
        }
        if (size.compareTo(WAN) >= 0) {
            int decimals = size.compareTo(BigDecimal.valueOf(1_000_000)) < 0 ? 2 : 0;
            BigDecimal wan = yuan.divide(WAN, decimals, RoundingMode.HALF_UP);
            if (wan.abs().compareTo(WAN) >= 0) { // 9,999.995万 rounds up to 1.00亿
                return grouped(2).format(yuan.divide(YI, 2, RoundingMode.HALF_UP)) + "亿";
            }
            return grouped(decimals).format(wan) + "万";
        }
        return money(minor, locale);
    }

    /**
     * A large amount in major units (the market history's yuan or dollars): English {@code ¥123.4M} / {@code $56.7M};
     * Chinese in 亿 or 万 ({@code 1.23亿}, {@code 4,567万}, dollars as {@code 5.67亿美元}).
     */
    public static String big(double major, String symbol, Locale locale) {
        if (!chinese(locale)) {
            return symbol + grouped(1).format(BigDecimal.valueOf(major / 1e6).setScale(1, RoundingMode.HALF_UP)) + "M";
        }
        String unit = "$".equals(symbol) ? "美元" : "¥".equals(symbol) ? "" : symbol.strip();
        BigDecimal size = BigDecimal.valueOf(Math.abs(major));
        BigDecimal amount = BigDecimal.valueOf(major);
        if (size.compareTo(YI) >= 0) {
            return grouped(2).format(amount.divide(YI, 2, RoundingMode.HALF_UP)) + "亿" + unit;
        }
        if (size.compareTo(WAN) >= 0) {
            return grouped(size.compareTo(BigDecimal.valueOf(1_000_000)) < 0 ? 2 : 0)
                    .format(amount.divide(WAN, 2, RoundingMode.HALF_UP)) + "万" + unit;
        }
        return grouped(0).format(amount.setScale(0, RoundingMode.HALF_UP)) + ("".equals(unit) ? "元" : unit);
    }

    /** A count with grouping: {@code 12,345}. */
    public static String count(long n, Locale locale) {
        return grouped(0).format(n);
    }

    /** A percentage with the given decimals: {@code 12.5%}. */
    public static String percent(double pct, int decimals, Locale locale) {
        return grouped(decimals).format(BigDecimal.valueOf(pct).setScale(decimals, RoundingMode.HALF_UP)) + "%";
    }

    /** A day: {@code 2026-11-25} in English, {@code 2026年11月25日} in Chinese. */
    public static String day(TemporalAccessor day, Locale locale) {
        return day == null ? "" : (chinese(locale) ? ZH_DAY : ISO_DAY).format(day);
    }

    /** A day without its year for charts' axes: {@code Nov 25} / {@code 11月25日}. */
    public static String shortDay(TemporalAccessor day, Locale locale) {
        return day == null ? "" : (chinese(locale) ? ZH_SHORT_DAY : EN_SHORT_DAY).format(day);
    }

    /** A moment to the minute, in the zone it carries: {@code 2026-11-25 19:30} / {@code 2026年11月25日 19:30}. */
    public static String dateTime(TemporalAccessor at, Locale locale) {
        return at == null ? "" : (chinese(locale) ? ZH_TIME : EN_TIME).format(at);
    }

    private static DecimalFormat grouped(int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    // The request's language, for templates (@fmt.money(...)).

    public String money(long minor) {
        return money(minor, locale());
    }

    public String amount(long minor) {
        return amount(minor, locale());
    }

    public String total(long minor) {
        return total(minor, locale());
    }

    public String count(long n) {
        return count(n, locale());
    }

    public String big(double major, String symbol) {
        return big(major, symbol, locale());
    }

    public String percent(double pct, int decimals) {
        return percent(pct, decimals, locale());
    }

    public String day(LocalDate day) {
        return day(day, locale());
    }

    public String shortDay(LocalDate day) {
        return shortDay(day, locale());
    }

    public String dateTime(LocalDateTime at) {
        return dateTime(at, locale());
    }

    public String dateTime(OffsetDateTime at) {
        return dateTime(at, locale());
    }

    public String dateTime(ZonedDateTime at) {
        return dateTime(at, locale());
    }

    /** A moment stored as an instant, to the minute in UTC (said so: pages of staff actions read in UTC). */
    public String dateTime(java.time.Instant at) {
        return at == null ? "" : dateTime(at.atZone(java.time.ZoneOffset.UTC), locale()) + " UTC";
    }

    /** The request's language code, {@code en} or {@code zh}, for scripts (formats.js). */
    public String language() {
        return chinese(locale()) ? "zh" : "en";
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
