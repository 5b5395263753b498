package marquee.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The languages people read Marquee in: Simplified Chinese and English. A page is in the browser's
 * language by default (its Accept-Language, the first of the two it names; English when it names
 * neither); {@code ?lang=zh} or {@code ?lang=en} on any page switches, and the choice sticks in the
 * {@code marquee-lang} cookie for a year. Texts live in the message bundles under {@code i18n/}
 * (one pair per area, {@code X.properties} English and {@code X_zh.properties} Chinese).
 */
@Configuration(proxyBeanMethods = false)
public class Languages implements WebMvcConfigurer {

    /** The languages with a full set of texts, in the order a tie prefers. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.CHINESE);

    public static final String COOKIE = "marquee-lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(java.time.Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(Languages::fromBrowser);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                // Only a language Marquee has texts for; anything else clears the choice (browser's again).
                return SUPPORTED.stream().filter(l -> l.getLanguage().equalsIgnoreCase(value)).findFirst().orElse(null);
            }
        };
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** The first supported language among those the browser asks for; English when none is. */
    static Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.ENGLISH;
        }
        var asked = request.getLocales();
        while (asked.hasMoreElements()) {
            String language = asked.nextElement().getLanguage();
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(language)) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
