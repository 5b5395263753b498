package marquee.boxoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import marquee.boxoffice.BoxOffice;
import marquee.boxoffice.Ranking;
import marquee.boxoffice.Scope;
import marquee.shared.MarketSettings;
import org.junit.jupiter.api.Test;

/** The live board's pushes, with a box office that fails when told to. */
class LiveBoardTest {

    private final LocalDate day = LocalDate.of(2031, 3, 14);
    private final AtomicBoolean failing = new AtomicBoolean();
    private final AtomicInteger rankings = new AtomicInteger();

    @Test
    void a_day_whose_ranking_failed_is_pushed_again_on_the_next_tick() {
        LiveBoard board = new LiveBoard(boxOffice(), new SaleWriter(null, null, null, true, java.time.Duration.ofSeconds(1), SaleWriter.MAX_BATCH),
                new MarketSettings(ZoneId.of("Asia/Shanghai"), "CNY"), Clock.systemUTC());
        board.watch(day);
        assertThat(rankings).hasValue(1); // the first ranking, sent when the watcher came

        failing.set(true);
        board.changed(Set.of(day));
        board.push();
        assertThat(rankings).hasValue(2);

        failing.set(false);
        board.push();
        assertThat(rankings).as("the next tick computes the day's ranking again").hasValue(3);

        board.push();
        assertThat(rankings).as("and once it was sent, not again").hasValue(3);
    }

    private BoxOffice boxOffice() {
        return (BoxOffice) Proxy.newProxyInstance(BoxOffice.class.getClassLoader(), new Class<?>[] {BoxOffice.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("ranking")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    rankings.incrementAndGet();
                    if (failing.get()) {
                        throw new IllegalStateException("the rollups cannot be read just now");
                    }
                    return new Ranking(day, Scope.MARKET, 0, 0, 0, "CNY", List.of(), Instant.EPOCH);
                });
    }
}
