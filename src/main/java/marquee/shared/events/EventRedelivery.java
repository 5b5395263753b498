package marquee.shared.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The re-delivery policy of every event between modules: a publication is stored with the transaction that
 * published it (the outbox) and counts as delivered only when its listener returned; every consumer is
 * idempotent by the event's id, so delivering again is always safe and losing a delivery never is.
 * <ul>
 * <li>On start, every publication left incomplete is delivered again: a process killed with SIGKILL leaves
 * the ones its listeners had not finished, and nothing of this process can be delivering them (in a cluster
 * another instance may be: the event then arrives twice and counts once).</li>
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
    private final int batch;

    EventRedelivery(IncompleteEventPublications incomplete, JdbcClient jdbc, Clock clock,
                    @Value("${marquee.events.redeliver-after}") Duration after,
                    @Value("${marquee.events.redeliver-batch}") int batch) {
        this.incomplete = incomplete;
        this.jdbc = jdbc;
        this.clock = clock;
        this.after = after;
        this.batch = batch;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        redeliverOlderThan(Duration.ZERO);
    }

    @Scheduled(initialDelayString = "${marquee.events.redeliver-every}", fixedDelayString = "${marquee.events.redeliver-every}")
    void onSchedule() {
        redeliverOlderThan(after);
    }

    /**
     * Delivers again the publications incomplete whose last attempt is older than {@code age}, the oldest first and
     * at most {@code marquee.events.redeliver-batch} in one go (the rest at the next run): a broker down for a while
     * leaves thousands, and each attempt may wait for it. Returns how many were handed to their listeners.
     */
    int redeliverOlderThan(Duration age) {
        Instant before = clock.instant().minus(age);
        int reopened = jdbc.sql("""
                        update event_publication set status = 'PUBLISHED'
                        where completion_date is null and status <> 'PUBLISHED'
                          and coalesce(last_resubmission_date, publication_date) <= ?""")
                .param(before.atOffset(ZoneOffset.UTC)).update();
        AtomicInteger picked = new AtomicInteger();
        incomplete.resubmitIncompletePublications(publication -> publication.getStatus() != EventPublication.Status.RESUBMITTED
                && !lastAttempt(publication).isAfter(before) && picked.incrementAndGet() <= batch);
        int handed = Math.min(picked.get(), batch);
        if (handed > 0) {
            log.info("events: delivering again {} incomplete publications ({} reopened after an attempt that failed or was cut"
                    + " short){}", handed, reopened, picked.get() > batch ? "; more at the next run" : "");
        }
        return handed;
    }

    private static Instant lastAttempt(EventPublication publication) {
        Instant resubmitted = publication.getLastResubmissionDate();
        return resubmitted != null ? resubmitted : publication.getPublicationDate();
    }
}
