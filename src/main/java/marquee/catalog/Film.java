package marquee.catalog;

import java.util.List;

/** A film with its credits and releases (first release, re-releases, restored versions). */
public record Film(
        long id,
        String originalTitle,
        String chineseTitle,
        String englishTitle,
        List<String> genres,
        int runtimeMin,
        String country,
        String originalLanguage,
        String certificate,
        List<String> tags,
        String franchise,
        String synopsis,
        List<Credit> credits,
        List<FilmRelease> releases) {

    /** The title a Chinese audience knows, falling back to the English and the original one. */
    public String displayTitle() {
        return firstNonBlank(chineseTitle, englishTitle, originalTitle);
    }

    public String internationalTitle() {
        return firstNonBlank(englishTitle, originalTitle);
    }

    private static String firstNonBlank(String... titles) {
        for (String title : titles) {
            if (title != null && !title.isBlank()) {
                return title;
            }
        }
        return "";
    }
}
