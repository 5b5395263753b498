package marquee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every text exists in both languages: a key in one bundle of a pair and not the other fails. */
class LanguagesTest {

    @Test
    void everyKeyIsInEnglishAndInChinese() throws IOException {
        Resource[] english = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        int pairs = 0;
        for (Resource bundle : english) {
            String name = bundle.getFilename();
            if (name.endsWith("_zh.properties")) {
                continue;
            }
            Resource chinese = bundle.createRelative(name.replace(".properties", "_zh.properties"));
            assertThat(chinese.exists()).as("Chinese bundle for %s", name).isTrue();
            Set<String> onlyEnglish = keys(bundle);
            Set<String> onlyChinese = keys(chinese);
            Set<String> common = new TreeSet<>(onlyEnglish);
            common.retainAll(onlyChinese);
            onlyEnglish.removeAll(common);
            onlyChinese.removeAll(common);
            assertThat(onlyEnglish).as("keys of %s missing in Chinese", name).isEmpty();
            assertThat(onlyChinese).as("keys of %s missing in English", name).isEmpty();
            pairs++;
        }
        assertThat(pairs).as("bundle pairs found").isGreaterThan(0);
    }

    @Test
    void everyChineseBundleHasItsEnglishOne() throws IOException {
        for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_zh.properties")) {
            String english = bundle.getFilename().replace("_zh.properties", ".properties");
            assertThat(bundle.createRelative(english).exists()).as("English bundle %s", english).isTrue();
        }
    }

    private static Set<String> keys(Resource bundle) throws IOException {
        Properties texts = new Properties();
        try (var in = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return new TreeSet<>(texts.stringPropertyNames());
    }
}
