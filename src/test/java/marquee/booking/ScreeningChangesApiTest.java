package marquee.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import marquee.accounts.AccountFixtures;
import marquee.accounts.AccountFixtures.Person;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.catalog.Catalog;
import marquee.catalog.NewScreening;
import marquee.catalog.Screening;
import marquee.shared.security.Role;
import marquee.testing.Eventually;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Moving and cancelling screenings over real HTTP, as a chain's manager: bad input changes nothing, another chain's
 * screening answers 404, a move is refused once a seat is sold, and a cancellation refunds every ticket through
 * booking's refund path (the box office reconciles) and leaves each buyer a notice they can read.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ScreeningChangesApiTest {

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

    AccountFixtures people;
    Person manager;
    Http asManager;

    @BeforeEach
    void chain() {
        people = new AccountFixtures(accounts, tokens);
        manager = people.staff(Role.CINEMA_MANAGER);
        asManager = new Http(port).withToken(manager.token());
    }

    @Test
    void a_manager_moves_an_unsold_screening_and_bad_moves_change_nothing() {
        Shows.Show show = Shows.in(catalog).runBy(manager.tenantId()).add();
        Screening before = catalog.screening(show.screeningId());
        Instant later = show.startsAt().plus(Duration.ofHours(3));
        // Another screening in the same hall, from 6 hours after the first's start.
        catalog.schedule(new NewScreening(before.hallId(), before.filmId(), null, show.startsAt().plus(Duration.ofHours(6)), "2D",
                "Mandarin", 4500L, "CNY"));

        assertThat(asManager.post(move(show), "{}").status()).as("no start").isEqualTo(400);
        assertThat(asManager.post(move(show), "{\"startsAt\":\"not a time\"}").status()).isEqualTo(400);
        assertThat(asManager.post(move(show), startsAt(Instant.now().minus(Duration.ofHours(1)))).status()).as("in the past")
                .isEqualTo(400);
        assertThat(asManager.post(move(show), startsAt(show.startsAt().plus(Duration.ofHours(5)))).status())
                .as("onto the other screening").isEqualTo(409);
        assertThat(asManager.post("/api/screenings/99999999/move", startsAt(later)).status()).isEqualTo(404);
        assertThat(catalog.screening(show.screeningId())).isEqualTo(before);

        Http.Answer moved = asManager.post(move(show), startsAt(later));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(Instant.parse(moved.json().get("startsAt").asString())).isEqualTo(later);
        assertThat(catalog.screening(show.screeningId()).startsAt()).isEqualTo(later);
        assertThat(catalog.screening(show.screeningId()).endsAt()).isAfter(later);

        // Once a seat is sold, the time is what the buyer paid for: the move is refused and nothing changes.
        Buyer buyer = Buyer.of(people.moviegoer(), port);
        assertThat(buyer.buy(show.screeningId(), show.seat(0)).status()).isEqualTo(201);
        Http.Answer refused = asManager.post(move(show), startsAt(later.plus(Duration.ofMinutes(30))));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("cancel it instead");
        assertThat(catalog.screening(show.screeningId()).startsAt()).isEqualTo(later);
        Http.Answer seats = new Http(port).get("/api/screenings/" + show.screeningId() + "/seats");
        assertThat(Instant.parse(seats.json().get("startsAt").asString())).as("booking sees the new time").isEqualTo(later);
    }

    @Test
    void another_chain_gets_404_and_other_roles_are_refused() {
        Shows.Show show = Shows.in(catalog).runBy(manager.tenantId()).add();
        Screening before = catalog.screening(show.screeningId());
        Http otherChain = new Http(port).withToken(people.staff(Role.CINEMA_MANAGER).token());
        Http moviegoer = new Http(port).withToken(people.moviegoer().token());
        Http distributor = new Http(port).withToken(people.staff(Role.DISTRIBUTOR_ADMIN).token());
        String later = startsAt(show.startsAt().plus(Duration.ofHours(3)));

        assertThat(otherChain.post(move(show), later).status()).isEqualTo(404);
        assertThat(otherChain.post(cancel(show), "{}").status()).isEqualTo(404);
        String day = "?day=" + before.localStart().toLocalDate();
        assertThat(otherChain.get("/api/manager/sales" + day).body()).doesNotContain("\"screeningId\":" + show.screeningId() + ",");
        assertThat(moviegoer.post(cancel(show), "{}").status()).isEqualTo(403);
        assertThat(distributor.post(move(show), later).status()).isEqualTo(403);
        assertThat(new Http(port).post(cancel(show), "{}").status()).isEqualTo(401);
        assertThat(catalog.screening(show.screeningId())).isEqualTo(before);

        JsonNode own = asManager.get("/api/manager/sales" + day).json();
        assertThat(own.findValuesAsString("cinema")).hasSize(1);
        assertThat(own.toString()).contains("\"screeningId\":" + show.screeningId() + ",");
    }

    @Test
    void cancelling_refunds_every_ticket_tells_each_buyer_and_stops_sales() {
        Shows.Show show = Shows.in(catalog).runBy(manager.tenantId()).add();
        Person first = people.moviegoer();
        Person second = people.moviegoer();
        Buyer one = Buyer.of(first, port);
        Buyer two = Buyer.of(second, port);
        assertThat(one.buy(show.screeningId(), show.seat(0), show.seat(1)).status()).isEqualTo(201);
        assertThat(two.buy(show.screeningId(), show.seat(5)).status()).isEqualTo(201);
        String liveHold = two.hold(show.screeningId(), show.seat(7)).json().get("id").asString();
        String sales = "/api/manager/sales?day=" + catalog.screening(show.screeningId()).localStart().toLocalDate();
        JsonNode salesBefore = asManager.get(sales).json().get(0);
        assertThat(salesBefore.get("tickets").asLong()).isEqualTo(3);
        assertThat(salesBefore.get("grossMinor").asLong()).isEqualTo(3 * 4500);

        String tooLong = "x".repeat(201);
        assertThat(asManager.post(cancel(show), "{\"reason\":\"" + tooLong + "\"}").status()).isEqualTo(400);
        assertThat(asManager.post(cancel(show), "{\"reason\":").status()).isEqualTo(400);
        assertThat(catalog.screening(show.screeningId()).cancelled()).as("bad input changes nothing").isFalse();

        Http.Answer cancelled = asManager.post(cancel(show), "{\"reason\":\"Projector broken\"}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        JsonNode summary = cancelled.json();
        assertThat(summary.get("ordersRefunded").asInt()).isEqualTo(2);
        assertThat(summary.get("ticketsRefunded").asInt()).isEqualTo(3);
        assertThat(summary.get("refunded").get("minor").asLong()).isEqualTo(3 * 4500);
        assertThat(summary.get("buyersNotified").asInt()).isEqualTo(2);

        assertThat(count("select count(*) from ticket where screening_id = ? and status <> 'REFUNDED'", show.screeningId())).isZero();
        assertThat(count("select count(*) from booking_order where screening_id = ? and status = 'PAID'", show.screeningId())).isZero();
        assertThat(count("""
                select coalesce(sum(case when p.kind = 'CAPTURE' then p.amount_minor else -p.amount_minor end), 0)
                from payment p join booking_order o on o.id = p.order_id where o.screening_id = ?""", show.screeningId()))
                .as("every capture refunded").isZero();
        assertThat(count("select count(*) from screening_seat where screening_id = ? and state <> 'BLOCKED'", show.screeningId()))
                .as("every seat closed").isZero();

        JsonNode notices = new Http(port).withToken(first.token()).get("/api/me/notices").json();
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).get("kind").asString()).isEqualTo("CANCELLED");
        assertThat(notices.get(0).get("seats").asInt()).isEqualTo(2);
        assertThat(notices.get(0).get("refunded").get("minor").asLong()).isEqualTo(9000);
        assertThat(notices.get(0).get("reason").asString()).isEqualTo("Projector broken");
        assertThat(new Http(port).withToken(second.token()).get("/api/me/notices").json()).hasSize(1);
        assertThat(new Http(port).withToken(first.token()).get("/api/me/data").body()).contains("Projector broken");

        // Sold no more: holds and the held seats' checkout refuse it, unblocking does not reopen a seat, nor a listing show it.
        Buyer third = Buyer.of(people.moviegoer(), port);
        assertThat(third.hold(show.screeningId(), show.seat(20)).status()).isEqualTo(409);
        assertThat(two.checkout(liveHold, "approve").status()).isEqualTo(409);
        assertThat(asManager.delete("/api/screenings/" + show.screeningId() + "/seats/" + show.seat(20) + "/block").status())
                .isEqualTo(409);
        assertThat(new Http(port).get("/api/screenings?cinema=" + show.cinemaId()).json().get("total").asLong()).isZero();
        assertThat(asManager.post(cancel(show), "{}").status()).as("twice").isEqualTo(409);
        assertThat(asManager.post(move(show), startsAt(show.startsAt().plus(Duration.ofHours(3)))).status()).isEqualTo(409);
        JsonNode salesAfter = asManager.get(sales).json().get(0);
        assertThat(salesAfter.get("tickets").asLong()).isZero();
        assertThat(salesAfter.get("rows").get(0).get("cancelled").asBoolean()).isTrue();

        // The refunds went the usual way: the box office counts them, nothing is missing or unknown.
        Http operator = new Http(port).withToken(people.staff(Role.OPERATOR).token());
        Eventually.until("the box office to count the refunds",
                () -> operator.get("/api/boxoffice/reconciliation").json().get("missing").asLong() == 0);
        JsonNode check = operator.get("/api/boxoffice/reconciliation").json();
        // (Not "unknown": other test classes sharing this store feed sales booking never made.)
        assertThat(check.get("rollupRowsOff").asLong()).as(check.toString()).isZero();
    }

    @Test
    void a_started_screening_is_neither_moved_nor_cancelled() {
        Shows.Show show = Shows.in(catalog).runBy(manager.tenantId()).startingIn(Duration.ofMinutes(1)).add();
        jdbc.sql("update screening set starts_at = ? where id = ?")
                .params(Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS).atOffset(java.time.ZoneOffset.UTC),
                        show.screeningId()).update();
        assertThat(asManager.post(cancel(show), "{}").status()).isEqualTo(409);
        assertThat(catalog.screening(show.screeningId()).cancelled()).isFalse();
    }

    private long count(String sql, long screeningId) {
        return jdbc.sql(sql).param(screeningId).query(Long.class).single();
    }

    private static String move(Shows.Show show) {
        return "/api/screenings/" + show.screeningId() + "/move";
    }

    private static String cancel(Shows.Show show) {
        return "/api/screenings/" + show.screeningId() + "/cancellation";
    }

    private static String startsAt(Instant at) {
        return "{\"startsAt\":\"" + at + "\"}";
    }
}
