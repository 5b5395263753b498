package marquee.booking;

import static marquee.booking.BookingRequests.checkIn;
import static marquee.booking.BookingRequests.coupon;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.catalog.Catalog;
import marquee.shared.security.Role;
import marquee.shared.security.TenantKind;
import marquee.testing.Eventually;
import marquee.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Booking over real HTTP, from a seat map to a ticket at the door; run on the embedded store and on PostgreSQL. */
abstract class BookingSpec {

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
    marquee.booking.internal.HoldTidying tidying;

    AccountFixtures people;
    Buyer ann;
    Buyer bob;

    @BeforeEach
    void buyers() {
        people = new AccountFixtures(accounts, tokens);
        ann = buyer(people.moviegoer());
        bob = buyer(people.moviegoer());
    }

    @Test
    void a_purchase_sells_the_seats_issues_tickets_and_reaches_the_box_office() {
        Shows.Show show = Shows.in(catalog).add();

        Http.Answer hold = ann.hold(show.screeningId(), show.seat(0), show.seat(1));
        assertThat(hold.status()).isEqualTo(201);
        assertThat(hold.json().get("total").get("minor").asLong()).isEqualTo(9000);
        assertThat(stateOf(show, show.seat(0))).isEqualTo("HELD");

        Http.Answer order = ann.checkout(hold.json().get("id").asString(), "approve");
        assertThat(order.status()).as(order.body()).isEqualTo(201);
        JsonNode paid = order.json();
        assertThat(paid.get("status").asString()).isEqualTo("PAID");
        assertThat(paid.get("tickets")).hasSize(2);
        assertThat(paid.get("tickets").get(0).get("code").asString()).hasSize(20);
        assertThat(stateOf(show, show.seat(0))).isEqualTo("SOLD");
        assertThat(stateOf(show, show.seat(2))).isEqualTo("FREE");

        String code = paid.get("tickets").get(0).get("code").asString();
        Http.Answer qr = ann.http().get("/api/tickets/" + code + "/qr");
        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.contentType()).isEqualTo("image/png");
        assertThat(bob.http().get("/api/tickets/" + code + "/qr").status()).isEqualTo(404);

        // The sale reached the box office through the event publication registry: the event, published under the
        // order's sale id, was registered for the box office's listener, which counted that sale.
        String saleId = jdbc.sql("select sale_id from booking_order where id = ?").param(paid.get("id").asLong())
                .query(String.class).single();
        Eventually.until("the sale in the box office", () -> jdbc.sql("select count(*) from boxoffice_sale where film_id = ? and kind = 'SALE'")
                .param(show.filmId()).query(Long.class).single() == 1);
        assertThat(jdbc.sql("select sale_id from boxoffice_sale where film_id = ? and kind = 'SALE'").param(show.filmId())
                .query(String.class).single()).isEqualTo(saleId);
        assertThat(jdbc.sql("""
                        select count(*) from event_publication where event_type like '%TicketsSold'
                          and listener_id like 'marquee.boxoffice.%' and serialized_event like ?""")
                .param("%" + saleId + "%").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select sum(gross_minor) from boxoffice_sale where film_id = ?").param(show.filmId())
                .query(Long.class).single()).isEqualTo(9000);
    }

    @Test
    void a_moviegoer_never_reaches_another_moviegoers_order_hold_or_refund() {
        Shows.Show show = Shows.in(catalog).add();
        JsonNode order = ann.buy(show.screeningId(), show.seat(5)).json();
        long id = order.get("id").asLong();

        assertThat(ann.http().get("/api/orders/" + id).status()).isEqualTo(200);
        Http.Answer other = bob.http().get("/api/orders/" + id);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).isEqualTo(bob.http().get("/api/orders/99999999").body().replace("99999999", "" + id));
        assertThat(bob.http().post("/api/orders/" + id + "/refunds", "{}").status()).isEqualTo(404);
        assertThat(new Http(port).get("/api/orders/" + id).status()).isEqualTo(401);
        assertThat(ticketStatus(order.get("tickets").get(0).get("code").asString())).isEqualTo("VALID");

        String holdId = ann.hold(show.screeningId(), show.seat(6)).json().get("id").asString();
        assertThat(bob.http().get("/api/holds/" + holdId).status()).isEqualTo(404);
        assertThat(bob.checkout(holdId, "approve").status()).isEqualTo(404);
    }

    @Test
    void a_hold_takes_all_its_seats_or_none() {
        Shows.Show show = Shows.in(catalog).add();
        assertThat(ann.hold(show.screeningId(), show.seat(3)).status()).isEqualTo(201);

        Http.Answer overlapping = bob.hold(show.screeningId(), show.seat(2), show.seat(3), show.seat(4));
        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(stateOf(show, show.seat(2))).isEqualTo("FREE");
        assertThat(stateOf(show, show.seat(4))).isEqualTo("FREE");
        JsonNode map = new Http(port).get("/api/screenings/" + show.screeningId() + "/seats").json();
        assertThat(map.get("freeSeats").asInt()).isEqualTo(99);
        assertThat(overlapping.json().get("detail").asString()).isEqualTo("some of the seats are no longer free; nothing was held");

        // The storefront's seat map, shown in Chinese, says the refusal in Chinese.
        Buyer inChinese = new Buyer(bob.id(), bob.http().withHeader("X-Marquee-Page-Language", "zh"));
        Http.Answer refused = inChinese.hold(show.screeningId(), show.seat(3));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).isEqualTo("部分座位已不再空闲；未锁定任何座位");
    }

    @Test
    void an_expired_hold_frees_its_seats_for_the_next_buyer_without_any_cleanup() {
        Shows.Show show = Shows.in(catalog).add();
        String holdId = ann.hold(show.screeningId(), show.seat(7)).json().get("id").asString();
        timePassesFor(holdId);

        assertThat(new Http(port).get("/api/screenings/" + show.screeningId() + "/seats").json().get("freeSeats").asInt()).isEqualTo(100);
        assertThat(bob.hold(show.screeningId(), show.seat(7)).status()).isEqualTo(201);
        Http.Answer late = ann.checkout(holdId, "approve");
        assertThat(late.status()).isEqualTo(409);
        assertThat(ann.http().get("/api/holds/" + holdId).json().get("status").asString()).isEqualTo("EXPIRED");
        assertThat(ordersOf(ann)).isZero();
    }

    @Test
    void tidying_marks_long_expired_holds_and_frees_their_rows_but_never_a_hold_being_paid() {
        Shows.Show show = Shows.in(catalog).add();
        String expired = ann.hold(show.screeningId(), show.seat(10)).json().get("id").asString();
        String paying = bob.hold(show.screeningId(), show.seat(11)).json().get("id").asString();
        timePassesFor(expired, Duration.ofMinutes(3));
        timePassesFor(paying, Duration.ofMinutes(3));
        jdbc.sql("update seat_hold set status = 'PAYING' where id = ?").param(paying).update();

        tidying.tidy();

        assertThat(jdbc.sql("select status from seat_hold where id = ?").param(expired).query(String.class).single()).isEqualTo("EXPIRED");
        assertThat(jdbc.sql("select status from seat_hold where id = ?").param(paying).query(String.class).single()).isEqualTo("PAYING");
        assertThat(jdbc.sql("select state from screening_seat where screening_id = ? and seat_id = ?")
                .params(show.screeningId(), show.seat(10)).query(String.class).single()).isEqualTo("FREE");
    }

    @Test
    void a_cinema_blocks_a_free_seat_of_its_own_screenings_only() {
        var chain = people.tenant(TenantKind.CINEMA_CHAIN);
        Shows.Show show = Shows.in(catalog).runBy(chain.id()).add();
        Http manager = new Http(port).withToken(people.staff(Role.CINEMA_MANAGER, chain.id()).token());
        String seat = "/api/screenings/" + show.screeningId() + "/seats/" + show.seat(0) + "/block";

        assertThat(manager.put(seat, "").status()).isEqualTo(204);
        assertThat(stateOf(show, show.seat(0))).isEqualTo("BLOCKED");
        assertThat(ann.hold(show.screeningId(), show.seat(0)).status()).isEqualTo(409);
        assertThat(new Http(port).withToken(people.staff(Role.CINEMA_MANAGER).token()).delete(seat).status()).isEqualTo(404);
        ann.hold(show.screeningId(), show.seat(1));
        assertThat(manager.put("/api/screenings/" + show.screeningId() + "/seats/" + show.seat(1) + "/block", "").status()).isEqualTo(409);
        assertThat(manager.delete(seat).status()).isEqualTo(204);
        assertThat(ann.hold(show.screeningId(), show.seat(0)).status()).isEqualTo(201);
    }

    @Test
    void a_hold_can_be_extended_once() {
        Shows.Show show = Shows.in(catalog).add();
        JsonNode hold = ann.hold(show.screeningId(), show.seat(8)).json();
        String id = hold.get("id").asString();
        Instant first = Instant.parse(hold.get("expiresAt").asString());

        Http.Answer extended = ann.http().post("/api/holds/" + id + "/extension", "");
        assertThat(extended.status()).isEqualTo(200);
        assertThat(Instant.parse(extended.json().get("expiresAt").asString())).isEqualTo(first.plus(Duration.ofMinutes(5)));
        assertThat(ann.http().post("/api/holds/" + id + "/extension", "").status()).isEqualTo(409);
        assertThat(ann.http().delete("/api/holds/" + id).status()).isEqualTo(204);
        assertThat(stateOf(show, show.seat(8))).isEqualTo("FREE");
    }

    @Test
    void bad_requests_are_refused_clearly_and_change_nothing() {
        Shows.Show show = Shows.in(catalog).add();
        Shows.Show other = Shows.in(catalog).add();
        Shows.Show started = Shows.in(catalog).startingIn(Duration.ofMinutes(-5)).add();

        assertThat(ann.hold(show.screeningId(), other.seat(0)).status()).isEqualTo(400);
        assertThat(ann.hold(show.screeningId()).status()).isEqualTo(400);
        assertThat(ann.hold(show.screeningId(), show.seatIds().subList(0, 11).stream().mapToLong(Long::longValue).toArray()).status()).isEqualTo(400);
        assertThat(ann.hold(show.screeningId(), show.seat(1), show.seat(1)).status()).isEqualTo(400);
        assertThat(ann.hold(started.screeningId(), started.seat(0)).status()).isEqualTo(409);
        assertThat(ann.hold(999_999_999, show.seat(0)).status()).isEqualTo(404);
        assertThat(ann.http().post("/api/holds", "{\"screeningId\":\"x\",\"seatIds\":[1]}").status()).isEqualTo(400);

        String holdId = ann.hold(show.screeningId(), show.seat(0), show.seat(1)).json().get("id").asString();
        assertThat(ann.checkout(holdId, "k1", "{\"holdId\":\"" + holdId + "\",\"expectedTotalMinor\":-1}").status()).isEqualTo(400);
        assertThat(ann.checkout(holdId, "k2", "{\"holdId\":\"" + holdId + "\",\"currency\":\"USD\"}").status()).isEqualTo(400);
        Http.Answer forged = ann.checkout(holdId, "k3", "{\"holdId\":\"" + holdId + "\",\"expectedTotalMinor\":100}");
        assertThat(forged.status()).isEqualTo(409);
        assertThat(forged.json().get("detail").asString()).contains("90.00 CNY");
        assertThat(ann.http().post("/api/orders", "{\"holdId\":\"" + holdId + "\"}").status()).as("no idempotency key").isEqualTo(400);
        assertThat(ann.checkout(holdId, "k4", "{\"holdId\":\"" + holdId + "\",\"priceMinor\":1}").status()).as("unknown field").isEqualTo(400);
        assertThat(ordersOf(ann)).isZero();
        assertThat(stateOf(show, show.seat(0))).isEqualTo("HELD");

        Http.Answer honest = ann.checkout(holdId, "k5", "{\"holdId\":\"" + holdId + "\",\"expectedTotalMinor\":9000,\"currency\":\"CNY\"}");
        assertThat(honest.status()).isEqualTo(201);
    }

    @Test
    void a_declined_or_unanswered_payment_charges_nothing_and_keeps_the_seats_held() {
        Shows.Show show = Shows.in(catalog).add();
        String holdId = ann.hold(show.screeningId(), show.seat(0)).json().get("id").asString();

        Http.Answer declined = ann.checkout(holdId, "decline");
        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.json().get("detail").asString()).contains("declined");
        Http.Answer timedOut = ann.checkout(holdId, "timeout");
        assertThat(timedOut.status()).isEqualTo(504);
        assertThat(stateOf(show, show.seat(0))).isEqualTo("HELD");
        assertThat(bob.hold(show.screeningId(), show.seat(0)).status()).isEqualTo(409);
        assertThat(payments(show, "CAPTURE")).isZero();

        assertThat(ann.checkout(holdId, "approve").status()).isEqualTo(201);
        assertThat(payments(show, "CAPTURE")).isEqualTo(4500);
    }

    @Test
    void a_coupon_takes_its_discount_within_its_limits_and_restrictions() {
        Shows.Show show = Shows.in(catalog).add();
        Http operator = new Http(port).withToken(people.staff(Role.OPERATOR).token());
        Http.Answer created = operator.post("/api/coupons", coupon("AUTUMN20", "PERCENT", 20, 10, 1, show.filmId(), null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(operator.post("/api/coupons", coupon("AUTUMN20", "PERCENT", 20, 10, 1, show.filmId(), null)).status()).isEqualTo(400);

        String holdId = ann.hold(show.screeningId(), show.seat(0), show.seat(1), show.seat(2)).json().get("id").asString();
        JsonNode quote = ann.http().get("/api/holds/" + holdId + "/quote?coupon=AUTUMN20").json();
        assertThat(quote.get("discount").get("minor").asLong()).isEqualTo(2700);
        assertThat(quote.get("total").get("minor").asLong()).isEqualTo(10_800);

        JsonNode order = ann.checkout(holdId, "k", "{\"holdId\":\"" + holdId + "\",\"couponCode\":\"AUTUMN20\"}").json();
        assertThat(order.get("total").get("minor").asLong()).isEqualTo(10_800);
        long perTicket = 0;
        for (JsonNode ticket : order.get("tickets")) {
            perTicket += ticket.get("price").get("minor").asLong();
        }
        assertThat(perTicket).isEqualTo(10_800);

        String again = ann.hold(show.screeningId(), show.seat(3)).json().get("id").asString();
        Http.Answer secondUse = ann.checkout(again, "k2", "{\"holdId\":\"" + again + "\",\"couponCode\":\"AUTUMN20\"}");
        assertThat(secondUse.status()).isEqualTo(400);
        assertThat(secondUse.body()).contains("as often as one moviegoer");

        operator.post("/api/coupons", coupon("ONLYBOB", "AMOUNT", 1000, 10, 1, null, List.of(bob.id())));
        Http.Answer notAnns = ann.http().get("/api/holds/" + again + "/quote?coupon=ONLYBOB");
        assertThat(notAnns.status()).isEqualTo(400);
        String bobs = bob.hold(show.screeningId(), show.seat(4)).json().get("id").asString();
        assertThat(bob.http().get("/api/holds/" + bobs + "/quote?coupon=ONLYBOB").json().get("total").get("minor").asLong()).isEqualTo(3500);
    }

    @Test
    void a_distributor_makes_coupons_only_for_its_own_films() {
        var distributor = people.staff(Role.DISTRIBUTOR_ADMIN);
        var rival = people.staff(Role.DISTRIBUTOR_ADMIN);
        long own = marquee.catalog.CatalogFixtures.aFilm().titled("Own film").ownedBy(distributor.tenantId()).addTo(catalog).id();
        Http http = new Http(port).withToken(distributor.token());

        assertThat(http.post("/api/coupons", coupon("OWNFILM", "PERCENT", 10, 10, 1, own, null)).status()).isEqualTo(201);
        assertThat(new Http(port).withToken(rival.token()).post("/api/coupons", coupon("NOTMINE", "PERCENT", 10, 10, 1, own, null))
                .status()).isEqualTo(404);
        assertThat(http.post("/api/coupons", coupon("EVERYWHERE", "PERCENT", 10, 10, 1, null, null)).status()).isEqualTo(400);
        assertThat(new Http(port).withToken(rival.token()).get("/api/coupons").json()).isEmpty();
    }

    @Test
    void refunds_free_the_seats_by_policy_and_never_after_the_door() {
        var chain = people.tenant(TenantKind.CINEMA_CHAIN);
        var manager = people.staff(Role.CINEMA_MANAGER, chain.id());
        Shows.Show show = Shows.in(catalog).runBy(chain.id()).add();
        JsonNode order = ann.buy(show.screeningId(), show.seat(0), show.seat(1), show.seat(2)).json();
        long orderId = order.get("id").asLong();
        long firstTicket = order.get("tickets").get(0).get("id").asLong();

        Http.Answer partial = ann.http().post("/api/orders/" + orderId + "/refunds", "{\"ticketIds\":[" + firstTicket + "]}");
        assertThat(partial.status()).as(partial.body()).isEqualTo(200);
        assertThat(partial.json().get("status").asString()).isEqualTo("PAID");
        assertThat(stateOf(show, show.seat(0))).isEqualTo("FREE");
        assertThat(stateOf(show, show.seat(1))).isEqualTo("SOLD");
        assertThat(payments(show, "REFUND")).isEqualTo(4500);
        assertThat(bob.buy(show.screeningId(), show.seat(0)).status()).isEqualTo(201);

        Http door = new Http(port).withToken(manager.token());
        String used = order.get("tickets").get(1).get("code").asString();
        assertThat(door.post("/api/check-ins", checkIn(used, show.cinemaId())).status()).isEqualTo(200);
        Http.Answer again = door.post("/api/check-ins", checkIn(used, show.cinemaId()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("already scanned");
        long usedId = order.get("tickets").get(1).get("id").asLong();
        assertThat(ann.http().post("/api/orders/" + orderId + "/refunds", "{\"ticketIds\":[" + usedId + "]}").status()).isEqualTo(409);
        assertThat(stateOf(show, show.seat(1))).isEqualTo("SOLD");
        String refunded = order.get("tickets").get(0).get("code").asString();
        assertThat(door.post("/api/check-ins", checkIn(refunded, show.cinemaId())).json().get("detail").asString()).contains("refunded");

        Shows.Show elsewhere = Shows.in(catalog).runBy(chain.id()).add();
        String third = order.get("tickets").get(2).get("code").asString();
        assertThat(door.post("/api/check-ins", checkIn(third, elsewhere.cinemaId())).json().get("detail").asString()).contains("not this cinema");
        var rival = people.staff(Role.CINEMA_MANAGER);
        assertThat(new Http(port).withToken(rival.token()).post("/api/check-ins", checkIn(third, show.cinemaId())).status()).isEqualTo(404);
        assertThat(ticketStatus(third)).isEqualTo("VALID");
    }

    @Test
    void no_refund_once_the_cinemas_refund_window_has_closed() {
        var chain = people.tenant(TenantKind.CINEMA_CHAIN);
        Shows.Show soon = Shows.in(catalog).runBy(chain.id()).startingIn(Duration.ofMinutes(90)).add();
        long orderId = ann.buy(soon.screeningId(), soon.seat(0)).json().get("id").asLong();
        Http manager = new Http(port).withToken(people.staff(Role.CINEMA_MANAGER, chain.id()).token());

        assertThat(manager.put("/api/cinemas/" + soon.cinemaId() + "/refund-policy", "{\"refundUntilMinutes\":120}").status()).isEqualTo(200);
        Http.Answer refused = ann.http().post("/api/orders/" + orderId + "/refunds", "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("120 minutes");
        assertThat(payments(soon, "REFUND")).isZero();
        assertThat(new Http(port).withToken(people.staff(Role.CINEMA_MANAGER).token())
                .put("/api/cinemas/" + soon.cinemaId() + "/refund-policy", "{\"refundUntilMinutes\":0}").status()).isEqualTo(404);
    }

    @Test
    void the_same_checkout_sent_twenty_times_at_once_makes_one_order_and_one_charge() throws Exception {
        Shows.Show show = Shows.in(catalog).add();
        String holdId = ann.hold(show.screeningId(), show.seat(0), show.seat(1)).json().get("id").asString();
        String body = "{\"holdId\":\"" + holdId + "\",\"paymentMethod\":\"approve\"}";

        List<Http.Answer> answers = all(20, () -> ann.checkout(holdId, "one-key", body));

        assertThat(answers).extracting(Http.Answer::status).containsOnly(201);
        assertThat(answers.stream().map(a -> a.json().get("id").asLong()).collect(Collectors.toSet())).hasSize(1);
        assertThat(ordersOf(ann)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from payment p join booking_order o on o.id = p.order_id where o.screening_id = ?")
                .param(show.screeningId()).query(Long.class).single()).isEqualTo(1);
        Http.Answer otherBody = ann.checkout(holdId, "one-key", "{\"holdId\":\"" + holdId + "\",\"paymentMethod\":\"decline\"}");
        assertThat(otherBody.status()).isEqualTo(409);
        assertThat(otherBody.json().get("detail").asString()).contains("different request");
    }

    @Test
    void a_coupon_limited_to_100_uses_is_used_100_times_by_500_racing_buyers() throws Exception {
        Shows.Show show = Shows.in(catalog).hall(25, 24).add();
        Http operator = new Http(port).withToken(people.staff(Role.OPERATOR).token());
        operator.post("/api/coupons", coupon("FIRST100", "AMOUNT", 1000, 100, 1, show.filmId(), null));
        List<Buyer> crowd = people.moviegoers(500).stream().map(this::buyer).toList();

        List<Http.Answer> answers = all(crowd.size(), i -> {
            Buyer buyer = crowd.get(i);
            String holdId = buyer.hold(show.screeningId(), show.seat(i)).json().get("id").asString();
            return buyer.checkout(holdId, "k", "{\"holdId\":\"" + holdId + "\",\"couponCode\":\"FIRST100\"}");
        });

        assertThat(answers.stream().filter(a -> a.status() == 201).count()).isEqualTo(100);
        assertThat(answers.stream().filter(a -> a.status() == 400 && a.body().contains("used up")).count()).isEqualTo(400);
        assertThat(jdbc.sql("select uses from coupon where code = 'FIRST100'").query(Integer.class).single()).isEqualTo(100);
        assertThat(jdbc.sql("select count(*) from coupon_use where code = 'FIRST100'").query(Integer.class).single()).isEqualTo(100);
    }

    // --- the language of these tests

    Buyer buyer(AccountFixtures.Person person) {
        return new Buyer(person.id(), new Http(port).withToken(person.token()));
    }

    String stateOf(Shows.Show show, long seatId) {
        JsonNode seats = new Http(port).get("/api/screenings/" + show.screeningId() + "/seats").json().get("seats");
        for (JsonNode seat : seats) {
            if (seat.get("seatId").asLong() == seatId) {
                return seat.get("state").asString();
            }
        }
        throw new AssertionError("no seat " + seatId);
    }

    long ordersOf(Buyer buyer) {
        return jdbc.sql("select count(*) from booking_order where buyer_id = ? and status = 'PAID'").param(buyer.id())
                .query(Long.class).single();
    }

    long payments(Shows.Show show, String kind) {
        return jdbc.sql("""
                        select coalesce(sum(p.amount_minor), 0) from payment p join booking_order o on o.id = p.order_id
                        where o.screening_id = ? and p.kind = ?""").params(show.screeningId(), kind).query(Long.class).single();
    }

    String ticketStatus(String code) {
        return jdbc.sql("select status from ticket where code = ?").param(code).query(String.class).single();
    }

    /** Time passes: the hold's expiry moves into the past. */
    void timePassesFor(String holdId) {
        timePassesFor(holdId, Duration.ofSeconds(1));
    }

    void timePassesFor(String holdId, Duration since) {
        Instant past = Instant.now().minus(since);
        jdbc.sql("update seat_hold set expires_at = ? where id = ?").params(past.atOffset(java.time.ZoneOffset.UTC), holdId).update();
        jdbc.sql("update screening_seat set held_until = ? where hold_id = ?").params(past.atOffset(java.time.ZoneOffset.UTC), holdId).update();
    }

    /** Runs {@code n} calls at once, each on its own thread, released together; their answers in order. */
    static <T> List<T> all(int n, IndexedCall<T> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(Math.min(n, 200));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.call(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    static <T> List<T> all(int n, Callable<T> call) throws Exception {
        return all(n, i -> call.call());
    }

    interface IndexedCall<T> {
        T call(int index) throws Exception;
    }
}
