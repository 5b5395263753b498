package marquee.boxoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The writer's in-memory totals when they outgrow their limit, what it leaves when it stops, and the rollups a crash
 * left unwritten, added from the ledger on the next start.
 */
@MarqueeTest
class SaleWriterTest {

    @Autowired
    Ledger ledger;
    @Autowired
    Rollups rollups;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    SaleWriter application;

    /**
     * A writer whose cache holds one row is past its limit after any batch of two rows: it must forget its
     * totals without failing the batch it has already saved, and go on counting right from the table.
     */
    @Test
    void a_batch_that_fills_the_cache_is_still_written_and_the_next_one_counts_on() throws Exception {
        SaleWriter writer = new SaleWriter(ledger, rollups, transaction, 1, Duration.ofSeconds(1));
        LocalDate day = LocalDate.of(2031, 3, 14);
        writer.start();
        try {
            List<CompletableFuture<Void>> first = List.of(
                    writer.submit(sale("a", day, 1, 2, 9_000)), writer.submit(sale("b", day, 2, 1, 4_500)));
            for (CompletableFuture<Void> written : first) {
                written.get(20, TimeUnit.SECONDS);
            }
            writer.submit(sale("c", day, 1, 1, 4_500)).get(20, TimeUnit.SECONDS);

            assertThat(rollups.day(day).values()).extracting(Rollups.Delta::admissions).containsExactlyInAnyOrder(3L, 1L);
            assertThat(writer.committed(day)).hasValueSatisfying(rows ->
                    assertThat(rows.values()).extracting(Rollups.Delta::admissions).containsExactlyInAnyOrder(3L, 1L));
            assertThat(writer.marketByFilm(day)).as("the market's sums by film, kept across the reload")
                    .hasValueSatisfying(films -> assertThat(films.get(7L)).isEqualTo(new Rollups.Delta(18_000, 4, 0, 0)));
        } finally {
            writer.stop();
        }
    }

    /**
     * A listener waits for its entry to be written; when the writer stops first (a shutdown), the wait must end at
     * once with a failure, so the event stays undelivered for the next start and the shutdown is not held up.
     */
    @Test
    void entries_left_when_the_writer_stops_fail_at_once_and_later_ones_too() {
        SaleWriter writer = new SaleWriter(ledger, rollups, transaction, 1, Duration.ofSeconds(1)); // never started: entries only queue
        CompletableFuture<Void> queued = writer.submit(sale("queued", LocalDate.of(2031, 3, 15), 1, 1, 4_500));

        writer.stop();

        assertThat(queued).isCompletedExceptionally();
        assertThat(writer.submit(sale("late", LocalDate.of(2031, 3, 15), 1, 1, 4_500))).isCompletedExceptionally();
        assertThat(ledger.known(List.of("sale:writer-queued", "sale:writer-late"))).isEmpty();
    }

    /**
     * The rollup rows reach the table only with a flush, about once a second; a crash before it leaves the ledger's
     * entries above the watermark. The next start adds them to the rollups, once: a second start adds nothing, and
     * the rows then equal the ledger's sums.
     */
    @Test
    void entries_a_crash_left_out_of_the_rollups_are_added_from_the_ledger_on_the_next_start() throws Exception {
        LocalDate day = LocalDate.of(2031, 3, 16);
        SaleWriter crashing = new SaleWriter(ledger, rollups, transaction, 1_000, Duration.ofHours(1));
        crashing.start();
        crashing.submit(sale("before-crash-1", day, 1, 2, 9_000)).get(20, TimeUnit.SECONDS);
        crashing.submit(sale("before-crash-2", day, 1, 1, 4_500)).get(20, TimeUnit.SECONDS);
        crashing.submit(sale("before-crash-3", day, 2, 3, 12_000)).get(20, TimeUnit.SECONDS);
        assertThat(crashing.committed(day)).as("rankings count them at once").hasValueSatisfying(rows ->
                assertThat(rows.values()).extracting(Rollups.Delta::admissions).containsExactlyInAnyOrder(3L, 3L));
        crashing.halt();
        assertThat(ledger.known(List.of("sale:writer-before-crash-1", "sale:writer-before-crash-3"))).hasSize(2);
        assertThat(rollups.day(day)).as("not flushed before the crash").isEmpty();

        SaleWriter restarted = new SaleWriter(ledger, rollups, transaction, 1_000, Duration.ofHours(1));
        restarted.start();
        try {
            assertThat(rollups.day(day).values()).extracting(Rollups.Delta::admissions).containsExactlyInAnyOrder(3L, 3L);
            assertThat(rollups.day(day).values()).extracting(Rollups.Delta::grossMinor).containsExactlyInAnyOrder(13_500L, 12_000L);
            restarted.submit(sale("after-restart", day, 2, 1, 4_000)).get(20, TimeUnit.SECONDS);
            restarted.submit(sale("before-crash-2", day, 1, 1, 4_500)).get(20, TimeUnit.SECONDS); // delivered again
        } finally {
            restarted.stop(); // a clean stop writes the rollups
        }
        assertThat(rollups.day(day).values()).extracting(Rollups.Delta::admissions).containsExactlyInAnyOrder(3L, 4L);

        SaleWriter again = new SaleWriter(ledger, rollups, transaction, 1_000, Duration.ofHours(1));
        again.start();
        again.stop();
        assertThat(rollups.day(day).values()).as("a second start adds nothing").extracting(Rollups.Delta::admissions)
                .containsExactlyInAnyOrder(3L, 4L);
        application.flushRollups(); // the application's own writer may hold other tests' rows
        assertThat(rollups.rowsOffLedger()).isZero();
    }

    /**
     * The rows due are written on the flushing thread while the writer goes on: the table and the watermark reach the
     * committed entries without a reader asking, a batch changing a row being flushed makes it dirty again, and a crash
     * afterwards leaves nothing for the next start to add twice.
     */
    @Test
    void rows_are_flushed_on_their_own_thread_and_a_crash_after_counts_nothing_twice() throws Exception {
        LocalDate day = LocalDate.of(2031, 3, 17);
        SaleWriter writer = new SaleWriter(ledger, rollups, transaction, 1_000, Duration.ZERO); // every batch is due
        writer.start();
        for (int i = 0; i < 20; i++) {
            writer.submit(sale("flushed-" + i, day, 1 + i % 2, 1, 4_000)).get(20, TimeUnit.SECONDS);
        }
        marquee.testing.Eventually.until("the watermark at the last entry", () -> ledger.watermark() == ledger.lastSeq());
        assertThat(rollups.day(day).values()).extracting(Rollups.Delta::admissions).containsExactlyInAnyOrder(10L, 10L);
        writer.halt();

        SaleWriter restarted = new SaleWriter(ledger, rollups, transaction, 1_000, Duration.ofHours(1));
        restarted.start();
        restarted.stop();
        assertThat(rollups.day(day).values()).as("nothing added twice").extracting(Rollups.Delta::admissions)
                .containsExactlyInAnyOrder(10L, 10L);
    }

    private static LedgerEntry sale(String id, LocalDate day, long cinemaId, int seats, long grossMinor) {
        return new LedgerEntry("sale:writer-" + id, "writer-" + id, LedgerEntry.Kind.SALE, 7, cinemaId, "Chain", "Shanghai",
                "Shanghai", 1, day, false, seats, grossMinor, "test", Instant.parse("2031-03-14T04:00:00Z"),
                marquee.booking.Attribution.NONE);
    }
}
