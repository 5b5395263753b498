package marquee.audience;

import java.util.List;

/**
 * Who is likely to come to a film, summarised for a marketer: the top of the ranking of moviegoers as
 * segments with their size and TGI against the whole population, never as a list of people. Only
 * moviegoers who gave marketing consent are ranked ({@code reachable}).
 *
 * @param matchedInterests the interests the film's genres and tags speak to
 * @param comparableFilms  films whose viewers count as a signal (same director, franchise or several tags)
 * @param holdout          for a film already seen by people in the histories: how many of them the ranking
 *                         finds in its top without having used them, next to the most-active-moviegoers baseline
 */
public record AudienceDiscovery(long filmId, String title, List<String> matchedInterests, List<Long> comparableFilms,
                                long population, long reachable, int top, List<Segment> segments, Holdout holdout) {

    /** A group a marketer can target, e.g. "anime fans aged 18-24 in tier 1-2 cities". */
    public record Segment(String description, String interest, String ageBand, String cityTiers, long people, int tgi) {}

    /** Recall of the film's real viewers in the top K: the model's next to the baseline's. */
    public record Holdout(int k, long viewers, double modelRecall, double baselineRecall) {}
}
