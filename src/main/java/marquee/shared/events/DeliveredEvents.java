package marquee.shared.events;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivered events leave the outbox after {@code marquee.events.keep-delivered}. Each sale stores a publication per
 * listener and only marks it completed, so without this the table grows by a few rows per ticket for ever, and every
 * later publication is written into a larger index. Only completed publications go: an incomplete one stays until it
 * is delivered, whatever its age ({@link EventRedelivery}).
 */
@Component
class DeliveredEvents {

    private static final Logger log = LoggerFactory.getLogger(DeliveredEvents.class);

    private final CompletedEventPublications completed;
    private final Duration keep;

    DeliveredEvents(CompletedEventPublications completed, @Value("${marquee.events.keep-delivered}") Duration keep) {
        this.completed = completed;
        this.keep = keep;
    }

    @Scheduled(initialDelayString = "${marquee.events.prune-delivered-every}", fixedDelayString = "${marquee.events.prune-delivered-every}")
    void prune() {
        completed.deletePublicationsOlderThan(keep);
        log.debug("events: delivered publications completed more than {} ago deleted", keep);
    }
}
