package marquee.audience.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import marquee.booking.SaleContext;
import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a crash, re-deliveries run on several threads, and live deliveries of a sale and its refund run on two: a refund
 * may reach the audience before its sale, or while its sale is being stored. Any order leaves the same purchase.
 */
@MarqueeTest
class AudienceTicketsOrderTest {

    private static final SaleContext CONTEXT = new SaleContext(7_001, 7_002, LocalDate.of(2031, 1, 1), 7_003,
            Instant.parse("2031-01-02T12:00:00Z"), 7_004, "Chain", "Chengdu", "Sichuan", 2, ZoneId.of("Asia/Shanghai"));

    @Autowired
    AudienceTickets tickets;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_refund_delivered_before_its_sale_is_taken_off_when_the_sale_arrives() {
        deliver(refund("before", 1, 4_500));
        deliver(sale("before", 3, 13_500));
        deliver(sale("after", 3, 13_500));
        deliver(refund("after", 1, 4_500));

        assertThat(seatsAndAmount("before")).containsExactly(2L, 9_000L).isEqualTo(seatsAndAmount("after"));
    }

    @Test
    void a_refund_stored_while_its_sale_is_being_stored_is_taken_off() throws Exception {
        CountDownLatch saleWritten = new CountDownLatch(1);
        CountDownLatch refundCommitted = new CountDownLatch(1);
        CompletableFuture<Void> sale = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            tickets.deliver(sale("together", 3, 13_500));
            saleWritten.countDown();
            await(refundCommitted); // the sale's transaction is still open while the refund commits
        }));
        await(saleWritten);
        deliver(refund("together", 1, 4_500));
        refundCommitted.countDown();
        sale.get(30, TimeUnit.SECONDS);

        assertThat(seatsAndAmount("together")).containsExactly(2L, 9_000L);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void deliver(Object event) {
        transaction.executeWithoutResult(status -> tickets.deliver(event));
    }

    private static TicketsSold sale(String id, int seats, long amount) {
        return new TicketsSold("order-test-" + id, CONTEXT, Instant.parse("2031-01-01T10:00:00Z"), seats, amount, "CNY",
                "marquee", 42L, null, null, null, null);
    }

    private static TicketsRefunded refund(String id, int seats, long amount) {
        return new TicketsRefunded("refund-test-" + id, "order-test-" + id, CONTEXT, Instant.parse("2031-01-01T11:00:00Z"),
                seats, amount, "CNY", "marquee", 42L, null, null, null);
    }

    private Long[] seatsAndAmount(String id) {
        return jdbc.sql("select seats, amount_minor from (" + AudienceTickets.NET_PURCHASES + ") p where sale_id = ?")
                .param("order-test-" + id)
                .query((rs, n) -> new Long[] {rs.getLong(1), rs.getLong(2)}).single();
    }
}
