package marquee.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import marquee.shared.Sentence;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sentences the server writes, in both languages: every key the code names is in an English and a Chinese
 * bundle, the English text is what the API always said, and Chinese says dates, names, lists and money its own way.
 */
class SentencesTest {

    /** A key in the code: a literal "sentence.x.y" (one ending with a dot is a prefix, completed below). */
    static final Pattern KEY = Pattern.compile("\"(sentence\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    final Sentences sentences = new Sentences(applicationBundles());

    /** The bundles as the application configures them (spring.messages.basename of application.properties). */
    static ResourceBundleMessageSource applicationBundles() {
        Properties app = new Properties();
        try (var in = new ClassPathResource("application.properties").getInputStream()) {
            app.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(app.getProperty("spring.messages.basename").split(","));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void every_sentence_key_of_the_code_is_in_english_and_in_chinese() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        // Keys put together in code: a word-of-mouth flag's kind.
        List.of("WANT_TO_SEE_SPIKE", "RATING_SPIKE", "REFUND_SURGE").forEach(k -> keys.add("sentence.wom." + k));
        assertThat(keys).hasSizeGreaterThan(40);
        Set<String> english = keys(false);
        Set<String> chinese = keys(true);
        assertThat(keys).allSatisfy(k -> {
            assertThat(english).as("English text of %s", k).contains(k);
            assertThat(chinese).as("Chinese text of %s", k).contains(k);
        });
    }

    @Test
    void english_is_what_the_api_always_said() {
        assertThat(Sentences.english(Sentence.of("sentence.calendar.notAnnounced", 2028, 2026)))
                .isEqualTo("statutory holidays for 2028 not yet announced (the holiday data ends with 2026);"
                        + " showing the traditional dates only");
        assertThat(Sentences.english(Sentence.of("sentence.allocation.why", 80.0, 41.66, 25.0,
                Sentence.of("sentence.allocation.why.trend", 60.0), 3, 87.4)))
                .isEqualTo("occupancy 80% today; 42% of the cinema's gross on 25% of its screenings; gross +60% on"
                        + " yesterday; day 3 tomorrow, when films usually keep 87% of the day before's gross");
        assertThat(Sentences.english(Sentence.of("sentence.calendar.historyEnds.announced", "china-maoyan-daily",
                LocalDate.of(2025, 12, 31))))
                .isEqualTo("the china-maoyan-daily history ends on 2025-12-31: rivals after it are the catalog's"
                        + " announced releases only");
        assertThat(Sentences.english(Sentence.of("sentence.plan.why.effect", new Sentence.Name("holiday", "Spring Festival"),
                152.34, 120.0, 190.06, 4.0)))
                .isEqualTo("Spring Festival: +152.3% attendance on its days (90%: +120.0% .. +190.1%), worth +4.0% of"
                        + " final gross against the window's average date");
        assertThat(Sentences.english(Sentence.of("sentence.forecast.baseline.multiplier", 2.456, 7)))
                .isEqualTo("gross so far x 2.46, the median multiplier of past films at day 7");
        assertThat(Sentences.english(Sentence.of("sentence.wom.fromNewAccounts",
                Sentence.of("sentence.wom.WANT_TO_SEE_SPIKE", 60L, 3L), 40L)))
                .isEqualTo("60 want-to-see marks against a median of 3 a day in the week before; 40 of them from"
                        + " accounts made in the last 7 days");
        assertThat(Sentences.english(new marquee.shared.NotFound("screening request", 12).sentence()))
                .isEqualTo("screening request 12 not found");
    }

    @Test
    void chinese_says_dates_names_lists_and_money_its_own_way() {
        Locale zh = Locale.CHINESE;
        assertThat(sentences.text(Sentence.of("sentence.calendar.notAnnounced", 2028, 2026), zh))
                .isEqualTo("2028年法定节假日尚未公布（节假日数据截至2026年），仅显示传统节日日期");
        assertThat(sentences.text(Sentence.of("sentence.allocation.nothingScheduled", LocalDate.of(2026, 11, 26)), zh))
                .startsWith("2026年11月26日尚未排片");
        assertThat(sentences.text(Sentence.of("sentence.plan.why.effect", new Sentence.Name("holiday", "Spring Festival"),
                152.34, 120.0, 190.06, 4.0), zh)).startsWith("春节：").contains("+152.3%");
        assertThat(sentences.text(Sentence.of("sentence.plan.why.competition", 2,
                new Sentence.Joined(List.of("流浪地球", "满江红")), -3.0), zh)).contains("（流浪地球、满江红）", "-3.0%");
        assertThat(sentences.text(Sentence.of("sentence.campaign.incremental.cost", 12.5, new Sentence.Total(4_550)), zh))
                .isEqualTo("增量票数+12.5张，每张增量票成本45.50元");
        assertThat(sentences.text(Sentence.of("sentence.campaign.incremental.cost", 12.5, new Sentence.Total(4_550)),
                Locale.ENGLISH)).isEqualTo("+12.5 incremental tickets, ¥45.50 per incremental ticket");
        assertThat(sentences.text(new marquee.shared.NotFound("film", 7).sentence(), zh)).isEqualTo("找不到影片 7");
        assertThat(sentences.text(Sentence.of("sentence.invalid", new Sentence.Name("errors.param", "to"),
                Sentence.of("sentence.forecast.windowTooLong", 400), "to"), zh)).isEqualTo("结束：时间窗口最长为400天");
    }

    @Test
    void a_note_is_a_line_of_its_own_in_either_language() {
        assertThat(Sentences.line("the history ends", Locale.ENGLISH)).isEqualTo("The history ends.");
        assertThat(Sentences.line("历史数据截至", Locale.CHINESE)).isEqualTo("历史数据截至。");
    }

    @Test
    void the_json_api_reads_a_sentence_as_its_english_text() {
        String json = JsonMapper.builder().build().writeValueAsString(
                List.of(Sentence.of("sentence.allocation.why.notScreened")));
        assertThat(json).isEqualTo("[\"not screened today: keeps its scheduled screenings\"]");
    }

    @Test
    void the_json_api_says_a_sentence_in_chinese_only_to_a_person_who_chose_it_in_the_console() {
        Sentence note = Sentence.of("sentence.allocation.why.notScreened");
        MockHttpServletRequest browser = new MockHttpServletRequest();
        browser.addHeader("Accept-Language", "zh-CN,zh;q=0.9");
        try {
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(browser));
            assertThat(note.json()).as("Accept-Language alone").isEqualTo("not screened today: keeps its scheduled screenings");
            browser.setCookies(new Cookie(Languages.COOKIE, "zh"));
            assertThat(note.json()).as("the console's cookie").isEqualTo("今日未放映：保持已排场次");
            MockHttpServletRequest page = new MockHttpServletRequest();
            page.addHeader(Sentences.PAGE_LANGUAGE, "zh");
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(page));
            assertThat(note.json()).as("a page's script, the page in Chinese").isEqualTo("今日未放映：保持已排场次");
            MockHttpServletRequest switched = new MockHttpServletRequest();
            switched.setCookies(new Cookie(Languages.COOKIE, "zh"));
            switched.setParameter("lang", "en");
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(switched));
            assertThat(note.json()).as("?lang=en over the cookie").startsWith("not screened today");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        assertThat(note.json()).as("outside a request: commands").startsWith("not screened today");
    }

    /** The keys of every English (or Chinese) bundle file. */
    private static Set<String> keys(boolean chinese) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            if (bundle.getFilename().endsWith("_zh.properties") != chinese) {
                continue;
            }
            Properties texts = new Properties();
            try (var in = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            keys.addAll(texts.stringPropertyNames());
        }
        return keys;
    }
}
