package marquee.shared.events;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The re-delivery policy of every event between modules: a publication is stored with the transaction that
 * published it (the outbox) and counts as delivered only when its listener returned; every consumer is
 * idempotent by the event's id, so delivering again is always safe and losing a delivery never is.
 * <ul>
 * <li>On start, every publication left incomplete is delivered again: a process killed with SIGKILL leaves
 * the ones its listeners had not finished, and nothing else of this process can be delivering them.</li>
 * <li>Then on a schedule ({@code marquee.events.redeliver-every}), those incomplete for longer than
 * {@code marquee.events.redeliver-after}: a listener that failed, or a delivery lost on the way.</li>
 * </ul>
 * Spring Modulith's registry skips a publication once marked re-submitted, also when that re-delivery was
 * itself cut short, and marks one failed when its listener threw; both would then stay incomplete for good.
 * So a stale publication is first opened again (status {@code PUBLISHED}), by the age of its last attempt.
 */
@Component
class EventRedelivery {

    private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

    private final IncompleteEventPublications incomplete;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration after;

    EventRedelivery(IncompleteEventPublications incomplete, JdbcClient jdbc, Clock clock,
                    @Value("${marquee.events.redeliver-after}") Duration after) {
        this.incomplete = incomplete;
        this.jdbc = jdbc;
        this.clock = clock;
        this.after = after;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        redeliverOlderThan(Duration.ZERO);
    }

    @Scheduled(initialDelayString = "${marquee.events.redeliver-every}", fixedDelayString = "${marquee.events.redeliver-every}")
    void onSchedule() {
        redeliverOlderThan(after);
    }

    /** Delivers again every publication incomplete whose last attempt is older than {@code age}; returns how many. */
    int redeliverOlderThan(Duration age) {
        var before = clock.instant().minus(age).atOffset(ZoneOffset.UTC);
        int reopened = jdbc.sql("""
                        update event_publication set status = 'PUBLISHED'
                        where completion_date is null and status <> 'PUBLISHED'
                          and coalesce(last_resubmission_date, publication_date) <= ?""")
                .param(before).update();
        int due = jdbc.sql("""
                        select count(*) from event_publication
                        where completion_date is null and coalesce(last_resubmission_date, publication_date) <= ?""")
                .param(before).query(Integer.class).single();
        if (due > 0) {
            log.info("events: delivering again {} incomplete publications ({} of them begun before: failed, or cut short by a stop)",
                    due, reopened);
            incomplete.resubmitIncompletePublications(publication ->
                    !publication.getPublicationDate().isAfter(before.toInstant()));
        }
        return due;
    }
}
