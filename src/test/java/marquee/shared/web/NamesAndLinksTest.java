package marquee.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** Stored names in both languages, and the language switch's link keeping the page's parameters. */
class NamesAndLinksTest {

    final Names names = new Names(bundle());

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/names");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void cities_provinces_genres_tags_and_portrait_labels_read_in_chinese_and_stay_english_in_english() {
        assertThat(names.name("city", "Beijing", Locale.CHINESE)).isEqualTo("北京");
        assertThat(names.name("city", "Beijing", Locale.ENGLISH)).isEqualTo("Beijing");
        assertThat(names.name("province", "Inner Mongolia", Locale.SIMPLIFIED_CHINESE)).isEqualTo("内蒙古");
        assertThat(names.name("genre", "Sci-Fi", Locale.CHINESE)).isEqualTo("科幻");
        assertThat(names.name("tag", "rock-climbing", Locale.CHINESE)).isEqualTo("攀岩与户外");
        assertThat(names.name("tag", "rock-climbing", Locale.ENGLISH)).isEqualTo("Rock climbing and the outdoors");
        assertThat(names.name("label", "under ¥30", Locale.CHINESE)).isEqualTo("30元以下");
        assertThat(names.name("label", "age band", Locale.CHINESE)).isEqualTo("年龄段");
        assertThat(names.name("holiday", "Chinese New Year's Eve", Locale.CHINESE)).isEqualTo("除夕");
    }

    @Test
    void a_name_without_a_text_stays_as_stored() {
        assertThat(names.name("city", "Atlantis", Locale.CHINESE)).isEqualTo("Atlantis");
        assertThat(names.name("genre", null, Locale.CHINESE)).isNull();
    }

    @Test
    void keys_turn_other_characters_into_one_underscore() {
        assertThat(Names.key("label", "12:00-17:59")).isEqualTo("label.12_00-17_59");
        assertThat(Names.key("province", "Inner Mongolia")).isEqualTo("province.Inner_Mongolia");
        assertThat(Names.key("label", "22:00 and later")).isEqualTo("label.22_00_and_later");
    }

    @Test
    void every_city_of_the_demo_and_every_province_of_the_map_has_its_chinese_name() throws Exception {
        var dictionary = names.dictionary(Locale.CHINESE);
        var cities = new String(getClass().getResourceAsStream("/demo/cities.csv").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .lines().skip(1).map(line -> line.split(",")).toList();
        for (String[] city : cities) {
            assertThat(dictionary.get(Names.key("city", city[0]))).as(city[0]).isEqualTo(city[1]);
            assertThat(dictionary).as(city[2]).containsKey(Names.key("province", city[2]));
        }
        assertThat(names.dictionary(Locale.ENGLISH).get("city.Beijing")).isEqualTo("Beijing");
    }

    @Test
    void the_language_switch_keeps_the_pages_other_parameters() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/boxoffice/market");
        request.setQueryString("from=2031-03-01&to=2031-03-03&lang=zh");
        assertThat(LanguageLinks.to(request, "en")).isEqualTo("/boxoffice/market?from=2031-03-01&to=2031-03-03&lang=en");
        MockHttpServletRequest bare = new MockHttpServletRequest("GET", "/audience");
        assertThat(LanguageLinks.to(bare, "zh")).isEqualTo("/audience?lang=zh");
        MockHttpServletRequest encoded = new MockHttpServletRequest("GET", "/films");
        encoded.setQueryString("q=%E9%93%83%E8%8A%BD&genre=Sci-Fi");
        assertThat(LanguageLinks.to(encoded, "zh")).isEqualTo("/films?q=%E9%93%83%E8%8A%BD&genre=Sci-Fi&lang=zh");
    }
}
