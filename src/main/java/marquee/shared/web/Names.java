package marquee.shared.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Names the platform stores in English (the stable code) shown in the reader's language: cities, provinces,
 * genres, interest tags, countries and the portraits' dimensions and categories. The texts are the names bundle
 * (i18n/names*.properties), keyed {@code kind.code} with the code's runs of other characters than letters, digits
 * and '-' turned into one '_' ({@code city.Beijing}, {@code province.Inner_Mongolia}, {@code tag.rock-climbing},
 * {@code label.under_18}). A name without a text stays as stored, so new data never breaks a page.
 * Templates call it as {@code @names} ({@code ${@names.city(c.name)}}); scripts get {@link #dictionary()}
 * and look up the same keys (static/console/formats.js, {@code MarqueeFormats.name}).
 */
@Component("names")
public class Names {

    private final MessageSource messages;
    private final Map<String, Map<String, String>> dictionaries = new ConcurrentHashMap<>();

    public Names(MessageSource messages) {
        this.messages = messages;
    }

    /** The key of a stored name of the given kind. */
    public static String key(String kind, String code) {
        String normalized = code.replaceAll("[^A-Za-z0-9-]+", "_").replaceAll("^_+|_+$", "");
        return kind + "." + normalized;
    }

    /** The name of the given kind in the language, or the stored name when the bundle has none. */
    public String name(String kind, String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return code;
        }
        return messages.getMessage(key(kind, code), null, code, locale);
    }

    public String name(String kind, String code) {
        return name(kind, code, LocaleContextHolder.getLocale());
    }

    public String city(String name) {
        return name("city", name);
    }

    public String province(String name) {
        return name("province", name);
    }

    public String genre(String name) {
        return name("genre", name);
    }

    /** An interest tag by its code ({@code rock-climbing}). */
    public String tag(String code) {
        return name("tag", code);
    }

    public String country(String name) {
        return name("country", name);
    }

    /** A name of a portrait: its dimension ({@code age band}) or a category of it ({@code under 18}). */
    public String label(String label) {
        return name("label", label);
    }

    /** Every name of the request's language by key, for scripts that draw stored names (charts). */
    public Map<String, String> dictionary() {
        return dictionary(LocaleContextHolder.getLocale());
    }

    public Map<String, String> dictionary(Locale locale) {
        String file = "zh".equals(locale.getLanguage()) ? "i18n/names_zh.properties" : "i18n/names.properties";
        return dictionaries.computeIfAbsent(file, Names::load);
    }

    private static Map<String, String> load(String file) {
        Properties texts = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> byKey = new TreeMap<>();
        texts.stringPropertyNames().forEach(k -> byKey.put(k, texts.getProperty(k)));
        return Collections.unmodifiableMap(byKey);
    }
}
