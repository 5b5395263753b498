package marquee.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.booking.Buyer;
import marquee.booking.PaymentProvider;
import marquee.booking.Shows;
import marquee.catalog.Catalog;
import marquee.shared.Money;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A checkout cut short between the charge and the sale (as by a crash) is settled later: the order fails, the
 * hold's seats are free again, and the approved charge is refunded, so no payment stays without its order.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class InterruptedCheckoutTest {

    @LocalServerPort
    int port;
    @Autowired
    Catalog catalog;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PaymentProvider payments;
    @Autowired
    InterruptedCheckouts interrupted;

    @Test
    void a_checkout_interrupted_after_the_charge_is_failed_its_seats_freed_and_its_payment_refunded() {
        Shows.Show show = Shows.in(catalog).add();
        AccountFixtures.Person person = new AccountFixtures(accounts, tokens).moviegoer();
        Buyer buyer = Buyer.of(person, port);
        String holdId = buyer.hold(show.screeningId(), show.seat(0), show.seat(1)).json().get("id").asString();
        String saleId = "interrupted-" + System.nanoTime();
        Instant begun = Instant.now().minus(1, ChronoUnit.HOURS);
        // What the checkout's first transaction and the charge leave behind when the process dies right after.
        jdbc.sql("update seat_hold set status = 'PAYING' where id = ?").param(holdId).update();
        jdbc.sql("""
                        insert into booking_order (buyer_id, screening_id, hold_id, sale_id, status, total_minor, currency, created_at)
                        values (?, ?, ?, ?, 'PENDING', 9000, 'CNY', ?)""")
                .params(person.id(), show.screeningId(), holdId, saleId, begun.atOffset(ZoneOffset.UTC)).update();
        assertThat(payments.charge("charge-" + saleId, "approve", new Money(9000, "CNY"))).isEqualTo(PaymentProvider.Outcome.APPROVED);
        assertThat(seatState(buyer, show, 0)).isEqualTo("HELD");

        interrupted.settle();

        assertThat(jdbc.sql("select status from booking_order where sale_id = ?").param(saleId).query(String.class).single())
                .isEqualTo("FAILED");
        assertThat(jdbc.sql("select count(*) from sandbox_payment where kind = 'REFUND' and charge_reference = ?")
                .param("charge-" + saleId).query(Long.class).single()).isEqualTo(1);
        assertThat(seatState(buyer, show, 0)).isEqualTo("FREE");
        assertThat(buyer.buy(show.screeningId(), show.seat(0), show.seat(1)).status()).as("the seats sell again").isEqualTo(201);

        interrupted.settle();
        assertThat(jdbc.sql("select count(*) from sandbox_payment where kind = 'REFUND' and charge_reference = ?")
                .param("charge-" + saleId).query(Long.class).single()).as("settled once").isEqualTo(1);
    }

    private static String seatState(Buyer buyer, Shows.Show show, int seat) {
        for (JsonNode s : buyer.http().get("/api/screenings/" + show.screeningId() + "/seats").json().get("seats")) {
            if (s.get("seatId").asLong() == show.seat(seat)) {
                return s.get("state").asString();
            }
        }
        throw new AssertionError("no seat " + show.seat(seat));
    }
}
