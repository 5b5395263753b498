package marquee.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import marquee.shared.web.Sentences;

/**
 * A sentence the server writes for a person (a forecast's note, an advice's "why", a flag's detail), kept as the key
 * of its text in the message bundles (i18n/) and its arguments, so a page can say it in the reader's language
 * ({@code ${@sentences.text(s)}}, see {@link Sentences}). Commands and the JSON API read it in English, so scripts see
 * the same string as before; only a person who chose Chinese in the console ({@code ?lang=zh}, the marquee-lang
 * cookie) gets it in Chinese in the JSON the console's own scripts fetch and show ({@link Sentences#forJson}).
 *
 * <p>Arguments are values, formatted for the language when the sentence is said: a {@link java.time.LocalDate} (or a
 * local, offset or zoned date-time) as the language writes dates (and times), anything else by its toString, a {@link Name} in the names bundle, a {@link Total} as money, a nested sentence in the
 * same language, whole numbers as plain digits; decimals take the pattern of the text ({@code {0,number,0.0}}).
 */
public record Sentence(String key, List<Object> args) {

    public Sentence {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Sentence of(String key, Object... args) {
        return new Sentence(key, Arrays.asList(args));
    }

    /** The sentence in English: what commands and the JSON API show. */
    public String english() {
        return Sentences.english(this);
    }

    /** As JSON: English, or the language a person chose in the console (see {@link Sentences#forJson}). */
    @JsonValue
    public String json() {
        return Sentences.forJson(this);
    }

    @Override
    public String toString() {
        return english();
    }

    /** A name stored in English (a holiday, a city) shown in the reader's language: the names bundle's {@code kind.code}. */
    public record Name(String kind, String code) {
    }

    /** Money in minor units (fen), said as a total: {@code ¥1,234.56} in English, 万 and 亿 in Chinese. */
    public record Total(long minor) {
    }

    /** A list of names or titles joined as the language joins them ({@code a, b} / {@code a、b}). */
    public record Joined(List<?> items) {
    }
}
