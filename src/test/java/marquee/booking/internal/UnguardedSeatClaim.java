package marquee.booking.internal;

import static marquee.booking.internal.SeatRows.utc;

import java.time.Duration;
import java.util.Map;
import marquee.booking.SeatState;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For the seat race test's control only: the seat claim done the wrong way, read in Java and then written,
 * with a pause between the two to widen the race. It replaces {@link GuardedSeatClaim}, and the control must
 * show that it gives seats to two holds, or the race test proves nothing.
 */
@TestConfiguration(proxyBeanMethods = false)
public class UnguardedSeatClaim {

    static final Duration PAUSE = Duration.ofMillis(100);

    @Bean
    @Primary
    SeatClaim unguardedSeatClaim(SeatRows seats, JdbcClient jdbc) {
        return (screeningId, seatIds, holdId, until, now) -> {
            Map<Long, SeatState> states = seats.states(screeningId, now);
            if (!seatIds.stream().allMatch(id -> states.get(id) == SeatState.FREE)) {
                return 0;
            }
            pause();
            return jdbc.sql("""
                            update screening_seat set state = 'HELD', hold_id = :hold, held_until = :until
                            where screening_id = :screening and seat_id in (:seats)""")
                    .param("hold", holdId).param("until", utc(until)).param("screening", screeningId)
                    .param("seats", seatIds).update();
        };
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
