package marquee.booking;

import static marquee.booking.BookingRequests.checkIn;
import static marquee.booking.BookingRequests.coupon;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.catalog.Catalog;
import marquee.shared.security.Role;
import marquee.shared.security.TenantKind;
import marquee.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import tools.jackson.databind.JsonNode;

/**
 * Booking's sales history told again: the events it replays are the very events it published, field for
 * field, in the order they happened. Run on the embedded store and on PostgreSQL.
 */
abstract class SalesHistorySpec {

    /** What each application context published, from the first test that asked on. */
    private static final Map<ConfigurableApplicationContext, List<Object>> PUBLISHED = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    Catalog catalog;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    SalesHistory history;

    @Test
    void the_history_replays_every_sale_refund_and_check_in_as_the_events_published_in_the_order_they_happened() {
        List<Object> published = published();
        AccountFixtures people = new AccountFixtures(accounts, tokens);
        var chain = people.tenant(TenantKind.CINEMA_CHAIN);
        Shows.Show show = Shows.in(catalog).runBy(chain.id()).add();
        Http door = new Http(port).withToken(people.staff(Role.CINEMA_MANAGER, chain.id()).token());
        Http operator = new Http(port).withToken(people.staff(Role.OPERATOR).token());
        String free = "FREE" + System.nanoTime();
        assertThat(operator.post("/api/coupons", coupon(free, "PERCENT", 100, 10, 1, show.filmId(), null, 77L)).status()).isEqualTo(201);
        Buyer ann = Buyer.of(people.moviegoer(), port);
        Buyer bob = Buyer.of(people.moviegoer(), port);
        Buyer cid = Buyer.of(people.moviegoer(), port);

        JsonNode paid = ann.buy(show.screeningId(), show.seat(0), show.seat(1), show.seat(2)).json();
        assertThat(ann.refund(paid.get("id").asLong(), paid.get("tickets").get(0).get("id").asLong()).status()).isEqualTo(200);
        door.post("/api/check-ins", checkIn(paid.get("tickets").get(1).get("code").asString(), show.cinemaId()));
        JsonNode gift = bob.buyWith(free, show.screeningId(), show.seat(3), show.seat(4)).json();
        assertThat(gift.get("total").get("minor").asLong()).as("a free sale: no payment, so a refund with no payment either").isZero();
        assertThat(bob.refund(gift.get("id").asLong()).status()).isEqualTo(200);
        assertThat(cid.checkout(cid.hold(show.screeningId(), show.seat(5)).json().get("id").asString(), "decline").status())
                .as("declined: nothing sold").isEqualTo(402);

        Long screening = show.screeningId();
        List<Object> live = published.stream().filter(e -> screening.equals(screeningOf(e))).toList();
        List<Object> replayed = new ArrayList<>();
        history.replay(replayed::add);

        assertThat(live).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("TicketsSold", "TicketsRefunded", "TicketCheckedIn", "TicketsSold", "TicketsRefunded");
        assertThat(replayed.stream().filter(e -> screening.equals(screeningOf(e))).toList()).isEqualTo(live);
        assertThat(replayed).extracting(SalesHistorySpec::at).isSorted();
        assertThat(replayed).filteredOn(TicketsSold.class::isInstance).extracting(e -> ((TicketsSold) e).source()).containsOnly("marquee");
    }

    private List<Object> published() {
        return PUBLISHED.computeIfAbsent(context, c -> {
            List<Object> events = new CopyOnWriteArrayList<>();
            c.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
                if (event instanceof PayloadApplicationEvent<?> payload && screeningOf(payload.getPayload()) != null) {
                    events.add(payload.getPayload());
                }
            });
            return events;
        });
    }

    /** The screening of a sale event; null for any other event. */
    private static Long screeningOf(Object event) {
        return switch (event) {
            case TicketsSold sale -> sale.context().screeningId();
            case TicketsRefunded refund -> refund.context().screeningId();
            case TicketCheckedIn checkIn -> checkIn.screeningId();
            default -> null;
        };
    }

    private static Instant at(Object event) {
        return switch (event) {
            case TicketsSold sale -> sale.soldAt();
            case TicketsRefunded refund -> refund.refundedAt();
            case TicketCheckedIn checkIn -> checkIn.checkedInAt();
            default -> throw new IllegalArgumentException("not a sale event: " + event);
        };
    }
}
