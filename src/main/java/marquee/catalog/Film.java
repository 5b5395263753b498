package marquee.catalog;

import java.util.List;
import java.util.Optional;
import marquee.shared.security.Caller;

/**
 * A film with its credits and releases (first release, re-releases, restored versions), the distributor
 * tenant that owns it (null: market-wide) and whether it is announced to the public.
 */
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
        List<FilmRelease> releases,
        Long distributorTenantId,
        boolean announced) {

    /** Announced films are public; an unannounced one is seen only by its distributor and the operator. */
    public boolean visibleTo(Optional<Caller> caller) {
        return announced || caller.map(c -> c.mayManage(distributorTenantId)).orElse(false);
    }

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
