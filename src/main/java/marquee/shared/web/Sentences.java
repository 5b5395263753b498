package marquee.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import marquee.shared.Sentence;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Says a {@link Sentence} in a language: its text from the message bundles with its arguments formatted for that
 * language. Templates call it as {@code @sentences} ({@code ${@sentences.text(n)}} in the request's language,
 * {@code ${@sentences.line(n)}} for a note written as a fragment: capitalised, with the language's full stop).
 * {@link #english} is the commands' text and {@link #forJson} the JSON API's, from the same bundles without Spring.
 */
@Component("sentences")
public class Sentences {

    /** The header the pages' scripts send with their API calls: the language the page is shown in. */
    public static final String PAGE_LANGUAGE = "X-Marquee-Page-Language";

    /** Every bundle pair, read without the application (commands, JSON written outside a request). */
    private static volatile MessageSource bundles;

    private final MessageSource messages;

    public Sentences(MessageSource messages) {
        this.messages = messages;
    }

    /** The sentence in the request's language. */
    public String text(Sentence sentence) {
        return text(sentence, LocaleContextHolder.getLocale());
    }

    public String text(Sentence sentence, Locale locale) {
        return say(messages, sentence, locale);
    }

    /** A text a page was given either way: a sentence said in the request's language, or a text as it is. */
    public String say(Object text) {
        return text instanceof Sentence sentence ? text(sentence) : text == null ? null : text.toString();
    }

    /** A fragment as a sentence of its own: first letter capitalised, ended by "." or "。". */
    public String line(Sentence sentence) {
        return line(text(sentence), LocaleContextHolder.getLocale());
    }

    /** A fragment as a sentence of its own: first letter capitalised, ended by "." or "。". */
    public static String line(String fragment, Locale locale) {
        if (fragment == null || fragment.isEmpty()) {
            return fragment;
        }
        String capitalised = Character.toUpperCase(fragment.charAt(0)) + fragment.substring(1);
        return capitalised + (LocalFormats.chinese(locale) ? "。" : ".");
    }

    /** The sentence in English, from the bundles on the class path (no application needed: commands, logs). */
    public static String english(Sentence sentence) {
        return say(bundles(), sentence, Locale.ENGLISH);
    }

    /**
     * The sentence as the JSON API writes it: in English (scripts, API clients, tests), unless the request comes from
     * a person who chose a language in the console, with {@code ?lang=} or the {@code marquee-lang} cookie: the
     * console's own scripts fetch the API and show its sentences (a live forecast's note) to that person. The
     * browser's Accept-Language alone does not change the JSON.
     */
    public static String forJson(Sentence sentence) {
        return say(bundles(), sentence, chosenLanguage());
    }

    private static Locale chosenLanguage() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Locale.ENGLISH;
        }
        HttpServletRequest request = attributes.getRequest();
        String chosen = request.getParameter("lang");
        if (chosen == null) {
            // the console's and storefront's own scripts say the language of the page they run in
            chosen = request.getHeader(PAGE_LANGUAGE);
        }
        if (chosen == null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (Languages.COOKIE.equals(cookie.getName())) {
                    chosen = cookie.getValue();
                }
            }
        }
        return chosen != null && chosen.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.CHINESE : Locale.ENGLISH;
    }

    private static String say(MessageSource messages, Sentence sentence, Locale locale) {
        if (sentence == null) {
            return null;
        }
        Object[] args = sentence.args().stream().map(a -> argument(messages, a, locale)).toArray();
        return messages.getMessage(sentence.key(), args.length == 0 ? null : args, sentence.key(), locale);
    }

    private static Object argument(MessageSource messages, Object arg, Locale locale) {
        return switch (arg) {
            case null -> "";
            case Sentence nested -> say(messages, nested, locale);
            case Sentence.Name name -> name.code() == null ? ""
                    : messages.getMessage(Names.key(name.kind(), name.code()), null, name.code(), locale);
            case Sentence.Total total -> LocalFormats.total(total.minor(), locale);
            case Sentence.Joined joined -> joined.items().stream().map(i -> String.valueOf(argument(messages, i, locale)))
                    .collect(Collectors.joining(LocalFormats.chinese(locale) ? "、" : ", "));
            case java.time.LocalDate day -> LocalFormats.day(day, locale);
            case java.time.LocalDateTime at -> LocalFormats.dateTime(at, locale);
            case java.time.OffsetDateTime at -> LocalFormats.dateTime(at, locale);
            case java.time.ZonedDateTime at -> LocalFormats.dateTime(at, locale);
            // Whole numbers as plain digits (years, counts, ids), as the English texts always wrote them.
            case Integer n -> n.toString();
            case Long n -> n.toString();
            default -> arg;
        };
    }

    private static MessageSource bundles() {
        MessageSource loaded = bundles;
        if (loaded == null) {
            synchronized (Sentences.class) {
                if (bundles == null) {
                    bundles = load();
                }
                loaded = bundles;
            }
        }
        return loaded;
    }

    /** Every bundle under i18n/ as the application configures them (UTF-8, no fall-back to the machine's language). */
    private static MessageSource load() {
        TreeSet<String> basenames = new TreeSet<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                String name = r.getFilename();
                if (name != null && !name.contains("_")) {
                    basenames.add("i18n/" + name.substring(0, name.length() - ".properties".length()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
