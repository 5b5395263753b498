package marquee.campaigns.internal;

import java.time.Duration;
import java.util.Set;
import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which of booking's sale events the campaigns need: those attributed to a campaign, and those of a film with a
 * targeted offer (a member's purchase counts in the lift whether or not it came through the offer). The listener
 * asks before the event publication registry stores a delivery, so the many other sales cost the purchase no row
 * at all. The films with offers are read again every minute, and at once after an offer is made here.
 */
@Component("campaignInterest")
class CampaignInterest {

    private static final Duration REREAD = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private volatile Set<Long> offerFilms;
    private volatile long readAtNanos;

    CampaignInterest(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean concerns(Object event) {
        return switch (event) {
            case TicketsSold sale -> sale.campaignId() != null || offerFilms().contains(sale.context().filmId());
            case TicketsRefunded refund -> refund.campaignId() != null || offerFilms().contains(refund.context().filmId());
            default -> false;
        };
    }

    /** An offer was made: its film's sales matter from now on. */
    void offerMade() {
        offerFilms = null;
    }

    private Set<Long> offerFilms() {
        Set<Long> films = offerFilms;
        if (films == null || System.nanoTime() - readAtNanos > REREAD.toNanos()) {
            films = Set.copyOf(jdbc.sql("select distinct c.film_id from campaign_offer o join campaign c on c.id = o.campaign_id")
                    .query(Long.class).list());
            readAtNanos = System.nanoTime();
            offerFilms = films;
        }
        return films;
    }
}
