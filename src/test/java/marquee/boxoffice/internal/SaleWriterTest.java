package marquee.boxoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The writer's in-memory totals when they outgrow their limit, and what it leaves when it stops. */
@MarqueeTest
class SaleWriterTest {

    @Autowired
    Ledger ledger;
    @Autowired
    Rollups rollups;
    @Autowired
    TransactionTemplate transaction;

    /**
     * A writer whose cache holds one row is past its limit after any batch of two rows: it must forget its
     * totals without failing the batch it has already saved, and go on counting right from the table.
     */
    @Test
    void a_batch_that_fills_the_cache_is_still_written_and_the_next_one_counts_on() throws Exception {
        SaleWriter writer = new SaleWriter(ledger, rollups, transaction, 1);
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
                    assertThat(rows).extracting(row -> row.getValue().admissions()).containsExactlyInAnyOrder(3L, 1L));
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
        SaleWriter writer = new SaleWriter(ledger, rollups, transaction, 1); // never started: entries only queue
        CompletableFuture<Void> queued = writer.submit(sale("queued", LocalDate.of(2031, 3, 15), 1, 1, 4_500));

        writer.stop();

        assertThat(queued).isCompletedExceptionally();
        assertThat(writer.submit(sale("late", LocalDate.of(2031, 3, 15), 1, 1, 4_500))).isCompletedExceptionally();
        assertThat(ledger.known(List.of("sale:writer-queued", "sale:writer-late"))).isEmpty();
    }

    private static LedgerEntry sale(String id, LocalDate day, long cinemaId, int seats, long grossMinor) {
        return new LedgerEntry("sale:writer-" + id, "writer-" + id, LedgerEntry.Kind.SALE, 7, cinemaId, "Chain", "Shanghai",
                "Shanghai", 1, day, false, seats, grossMinor, "test", Instant.parse("2031-03-14T04:00:00Z"),
                marquee.booking.Attribution.NONE);
    }
}
