package marquee.audience;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import marquee.catalog.Film;

/** Which of the moviegoers' interest tags a film speaks to, read from its genres and tags. */
final class FilmInterests {

    /** A genre or tag (lower case) and the interest it speaks to. */
    private static final Map<String, String> SIGNALS = Map.ofEntries(
            Map.entry("anime", "anime"), Map.entry("manga", "anime"), Map.entry("ghibli", "anime"),
            Map.entry("makoto shinkai", "anime"), Map.entry("documentary", "documentaries"),
            Map.entry("climbing", "rock-climbing"), Map.entry("rock climbing", "rock-climbing"), Map.entry("outdoors", "rock-climbing"),
            Map.entry("dogs", "pets"), Map.entry("pets", "pets"), Map.entry("animals", "pets"), Map.entry("wildlife", "pets"),
            Map.entry("classics", "classics"), Map.entry("restored", "classics"), Map.entry("re-release", "classics"),
            Map.entry("sci-fi", "sci-fi"), Map.entry("space", "sci-fi"), Map.entry("romance", "romance"),
            Map.entry("comedy", "comedy"), Map.entry("action", "action"), Map.entry("superhero", "action"),
            Map.entry("family", "family"), Map.entry("kids", "family"), Map.entry("children", "family"),
            Map.entry("music", "music"), Map.entry("piano", "music"), Map.entry("hip-hop", "music"), Map.entry("dance", "music"),
            Map.entry("history", "history"), Map.entry("war", "history"), Map.entry("tang dynasty", "history"),
            Map.entry("arthouse", "art-house"), Map.entry("awards", "art-house"), Map.entry("poetry", "art-house"),
            Map.entry("sport", "sports"), Map.entry("sports", "sports"), Map.entry("basketball", "sports"));

    private FilmInterests() {
    }

    static List<String> of(Film film) {
        Set<String> interests = new LinkedHashSet<>();
        for (String word : film.tags()) {
            add(interests, word);
        }
        for (String genre : film.genres()) {
            add(interests, genre);
        }
        if (film.genres().contains("Animation") && "Japan".equals(film.country())) {
            interests.add("anime");
        }
        return List.copyOf(interests);
    }

    private static void add(Set<String> interests, String word) {
        String interest = SIGNALS.get(word.toLowerCase(Locale.ROOT).trim());
        if (interest != null) {
            interests.add(interest);
        }
    }
}
