package marquee.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import marquee.accounts.AccountFixtures;
import marquee.accounts.AccountFixtures.Person;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.booking.internal.SlowPayments;
import marquee.catalog.Catalog;
import marquee.shared.security.Role;
import marquee.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A chain's manager cancels a screening while its buyers pay: 32 buyers hold two seats each and check out with a
 * payment that waits at a {@link SlowPayments.PaymentGate}; the cancellation comes once a payment waits there, and the
 * gate opens after it. Whatever the order,
 * no ticket of the cancelled screening may stay valid, and every yuan charged must be refunded. The control (the same
 * race with a cancellation that does not close the seats, {@link CancelRaceControlOnH2Test}) must show a valid ticket
 * left over, or this test proves nothing.
 */
abstract class CancelRaceSpec {

    /**
     * Twice the connection pool (16): every checkout's sale fails together here and refunds its payment. The refund is
     * asked of the provider outside any transaction (the sandbox provider records it on a connection of its own), so
     * however many sales fail at once, none holds a connection while waiting for another (with the refund inside the
     * transaction, 16 such checkouts starved the pool; this test had 12 buyers then).
     */
    static final int BUYERS = 32;

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
    SlowPayments.PaymentGate payments;

    /** Whether the cancellation closes the seats (the real test) or not (the control). */
    abstract boolean guarded();

    @Test
    void a_cancellation_racing_with_checkouts_leaves_no_valid_ticket_and_no_money_taken() throws Exception {
        AccountFixtures people = new AccountFixtures(accounts, tokens);
        Person manager = people.staff(Role.CINEMA_MANAGER);
        Shows.Show show = Shows.in(catalog).hall(10, 10).runBy(manager.tenantId()).add();
        List<Buyer> buyers = people.moviegoers(BUYERS).stream().map(p -> Buyer.of(p, port)).toList();
        List<String> holds = new java.util.ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            Http.Answer hold = buyers.get(i).hold(show.screeningId(), show.seat(2 * i), show.seat(2 * i + 1));
            assertThat(hold.status()).as(hold.body()).isEqualTo(201);
            holds.add(hold.json().get("id").asString());
        }
        Http asManager = new Http(port).withToken(manager.token());

        List<Integer> answers = BookingSpec.all(BUYERS + 1, i -> {
            if (i == BUYERS) {
                try {
                    assertThat(payments.awaitFirstPayment()).as("a checkout reached its payment").isTrue();
                    Http.Answer cancelled = asManager.post("/api/screenings/" + show.screeningId() + "/cancellation", "{\"reason\":\"race\"}");
                    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
                } finally {
                    payments.open();
                }
                return 0;
            }
            Http.Answer order = buyers.get(i).checkout(holds.get(i), UUID.randomUUID().toString(),
                    "{\"holdId\":\"" + holds.get(i) + "\",\"paymentMethod\":\"slow\"}");
            assertThat(order.status()).as(order.body()).isIn(201, 409);
            return order.status();
        });

        long validTickets = count("select count(*) from ticket where screening_id = ? and status <> 'REFUNDED'", show.screeningId());
        long sold = answers.stream().filter(a -> a == 201).count();
        System.out.printf("cancellation race (seat closing %s): %d checkouts, %d answered paid, %d refused; %d valid tickets left%n",
                guarded() ? "on" : "off", BUYERS, sold, BUYERS - sold, validTickets);
        if (!guarded()) {
            assertThat(validTickets).as("the control must reproduce the race: tickets sold after the cancellation").isPositive();
            return;
        }
        assertThat(validTickets).as("valid tickets of the cancelled screening").isZero();
        long captured = sum("CAPTURE", show.screeningId());
        long refunded = sum("REFUND", show.screeningId());
        assertThat(captured).as("something was charged: the race happened during payments").isPositive();
        assertThat(refunded).as("every charge refunded").isEqualTo(captured);
        assertThat(count("select count(*) from screening_seat where screening_id = ? and state <> 'BLOCKED'", show.screeningId()))
                .as("every seat closed").isZero();
        assertThat(count("select count(*) from booking_order where screening_id = ? and status in ('PAID', 'PENDING')",
                show.screeningId())).isZero();
        // Buyers whose order was paid before the cancellation are refunded by it and told; the others heard it at checkout.
        long ordersRefundedByCancel = count("select count(distinct order_id) from buyer_notice where screening_id = ?",
                show.screeningId());
        assertThat(ordersRefundedByCancel).isEqualTo(sold);
    }

    private long sum(String kind, long screeningId) {
        return jdbc.sql("""
                        select coalesce(sum(p.amount_minor), 0) from payment p join booking_order o on o.id = p.order_id
                        where o.screening_id = ? and p.kind = ?""")
                .params(screeningId, kind).query(Long.class).single();
    }

    private long count(String sql, long screeningId) {
        return jdbc.sql(sql).param(screeningId).query(Long.class).single();
    }
}
