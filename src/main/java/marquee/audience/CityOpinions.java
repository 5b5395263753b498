package marquee.audience;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import marquee.audience.internal.AudienceData;
import marquee.audience.internal.AudienceData.Snapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A film's want-to-see marks by the home city of the moviegoers who made them, and its verified ratings by rater, for
 * the results of a preview (previews compares preview cities with cities like them, and a preview's audience with
 * everyone else). Home cities and the number of moviegoers per city come from the audience index ({@link AudienceData},
 * at most a minute old); a mark withdrawn since is not counted (the table keeps current marks only).
 */
@Service
@Transactional(readOnly = true)
public class CityOpinions {

    /**
     * One home city: its moviegoers on the platform, the film's marks made before {@code from}, and those made from
     * {@code from} until {@code to}.
     */
    public record CityWantToSee(String city, long moviegoers, long before, long between) {}

    /** A verified viewer's rating of the film (1-10). */
    public record VerifiedRating(long accountId, int rating, Instant ratedAt) {}

    private final JdbcClient jdbc;
    private final AudienceData data;

    CityOpinions(JdbcClient jdbc, AudienceData data) {
        this.jdbc = jdbc;
        this.data = data;
    }

    /** Every home city with moviegoers (unknown homes left out), with the film's marks before and in [from, to). */
    public Map<String, CityWantToSee> wantToSee(long filmId, Instant from, Instant to) {
        Snapshot s = data.snapshot();
        int cities = s.cities().size();
        long[] people = new long[cities];
        long[] before = new long[cities];
        long[] between = new long[cities];
        for (int m = 0; m < s.size(); m++) {
            people[s.city()[m]]++;
        }
        jdbc.sql("select account_id, marked_at from want_to_see where film_id = ?").param(filmId).query(rs -> {
            Integer member = s.memberOf().get(rs.getLong(1));
            if (member != null) {
                Instant at = rs.getObject(2, OffsetDateTime.class).toInstant();
                if (at.isBefore(from)) {
                    before[s.city()[member]]++;
                } else if (at.isBefore(to)) {
                    between[s.city()[member]]++;
                }
            }
        });
        Map<String, CityWantToSee> out = new LinkedHashMap<>();
        for (int c = 0; c < cities; c++) {
            String name = s.cities().get(c);
            if (!"unknown".equals(name)) {
                out.put(name, new CityWantToSee(name, people[c], before[c], between[c]));
            }
        }
        return out;
    }

    /** The film's ratings by verified viewers, oldest first. */
    public List<VerifiedRating> verifiedRatings(long filmId) {
        return jdbc.sql("select account_id, rating, rated_at from film_rating where film_id = ? and verified = true order by rated_at, account_id")
                .param(filmId)
                .query((rs, n) -> new VerifiedRating(rs.getLong(1), rs.getInt(2), rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }
}
