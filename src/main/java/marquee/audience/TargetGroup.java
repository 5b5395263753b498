package marquee.audience;

import java.util.List;

/**
 * A group of moviegoers another module wants to reach (a campaign's targeted offer), by one of three rules:
 * the top {@code top} of the ranking for {@code filmId} ({@link Rule#FILM_AUDIENCE}), the top {@code top}
 * lookalikes of the viewers of {@code seedFilmIds} ({@link Rule#LOOKALIKE}), or everyone with the
 * {@code interest} (the most active first when {@code top} is given, {@link Rule#INTERESTS}). {@code cityTiers}
 * (1-5), when given, keeps only people living in cities of those tiers, and {@code cities} only people living in
 * one of those cities (names as moviegoers give their home city, in any case).
 */
public record TargetGroup(Rule rule, Long filmId, List<Long> seedFilmIds, String interest, List<Integer> cityTiers,
                          Integer top, List<String> cities) {

    public enum Rule { FILM_AUDIENCE, LOOKALIKE, INTERESTS }

    /** How the group is said to a marketer, e.g. "INTERESTS anime in tiers [1, 2]". */
    public String describe() {
        String what = switch (rule) {
            case FILM_AUDIENCE -> "FILM_AUDIENCE of film " + filmId;
            case LOOKALIKE -> "LOOKALIKE of films " + seedFilmIds;
            case INTERESTS -> "INTERESTS " + interest;
        };
        return what + (cityTiers == null || cityTiers.isEmpty() ? "" : " in tiers " + cityTiers)
                + (cities == null || cities.isEmpty() ? "" : " in " + String.join(", ", cities)) + (top == null ? "" : " top " + top);
    }
}
