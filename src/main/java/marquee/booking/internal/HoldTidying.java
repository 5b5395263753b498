package marquee.booking.internal;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tidies expired holds now and then. Correctness never waits for it: availability already treats an
 * expired hold as free. It only keeps the rows honest for people reading them, after a grace period so
 * a checkout that started just before expiry is not disturbed; holds being paid for are never touched.
 */
@Component
public class HoldTidying {

    private static final Logger log = LoggerFactory.getLogger(HoldTidying.class);
    private static final Duration GRACE = Duration.ofMinutes(2);

    private final HoldRows holds;
    private final SeatRows seats;
    private final Clock clock;

    HoldTidying(HoldRows holds, SeatRows seats, Clock clock) {
        this.holds = holds;
        this.seats = seats;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${marquee.booking.tidy-every:60s}", initialDelayString = "${marquee.booking.tidy-every:60s}")
    @Transactional
    public void tidy() {
        if (marquee.shared.Backdating.replaying()) {
            return; // the demo is writing holds days back, which look long expired to the real clock: next time
        }
        var before = clock.instant().minus(GRACE);
        int expired = holds.expire(before);
        int freed = seats.tidyExpired(before);
        if (expired + freed > 0) {
            log.info("tidied {} expired holds and {} seat rows", expired, freed);
        }
    }

}
