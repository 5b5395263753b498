package marquee.audience.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import marquee.shared.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audience module's part of a moviegoer's data: want-to-see marks, ratings and reviews, purchases as it keeps them. */
@Component
class AudiencePersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final AudienceData index;

    AudiencePersonalData(JdbcClient jdbc, AudienceData index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    @Override
    public String section() {
        return "audience";
    }

    @Override
    public Object export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("wantToSee", jdbc.sql("select film_id, marked_at from want_to_see where account_id = ? order by marked_at")
                .param(accountId).query().listOfRows());
        data.put("ratings", jdbc.sql("select film_id, rating, review, rated_at, verified from film_rating where account_id = ? order by rated_at")
                .param(accountId).query().listOfRows());
        data.put("reviewVotes", jdbc.sql("select review_id, kind, reason, voted_at from review_vote where account_id = ? order by voted_at")
                .param(accountId).query().listOfRows());
        data.put("purchases", jdbc.sql("select film_id, cinema_id, seats, amount_minor, sold_at from (" + AudienceTickets.NET_PURCHASES
                        + ") p where account_id = ? order by sold_at")
                .param(accountId).query().listOfRows());
        return data;
    }

    @Override
    public void forget(long accountId) {
        // Votes on the moviegoer's reviews go with the reviews; their own votes on others' reviews go too.
        jdbc.sql("delete from review_vote where review_id in (select id from film_rating where account_id = ?)").param(accountId).update();
        jdbc.sql("delete from review_vote where account_id = ?").param(accountId).update();
        for (String table : new String[] {"want_to_see", "film_rating", "audience_checkin", "audience_ticket"}) {
            jdbc.sql("delete from " + table + " where account_id = ?").param(accountId).update();
        }
        index.invalidate();
    }
}
