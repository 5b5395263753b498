package marquee.audience;

import static marquee.booking.BookingRequests.checkIn;
import static marquee.booking.BookingRequests.coupon;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.context.ApplicationContext;
import java.util.Map;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.booking.Buyer;
import marquee.booking.SalesHistory;
import marquee.booking.Shows;
import marquee.booking.TicketCheckedIn;
import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;
import marquee.catalog.Catalog;
import marquee.Launcher;
import marquee.shared.security.Role;
import marquee.shared.security.TenantKind;
import marquee.testing.Eventually;
import marquee.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The audience's copy of the purchases, rebuilt from booking's sales history by the operator: the same rows
 * as the live events left, however often it is rebuilt or an event delivered again. Run on the embedded
 * store and on PostgreSQL.
 */
abstract class AudienceHistorySpec {

    /** The audience's copy of the purchases, each table in the order of its key. */
    private static final Map<String, String> COPY = Map.of(
            "audience_ticket", "select * from audience_ticket order by sale_id",
            "audience_refund", "select * from audience_refund order by refund_id",
            "audience_checkin", "select * from audience_checkin order by ticket_id");

    private static final long CAMPAIGN = 42;

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
    SalesHistory history;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationContext application;

    AccountFixtures people;
    Http operator;

    @BeforeEach
    void staff() {
        people = new AccountFixtures(accounts, tokens);
        operator = new Http(port).withToken(people.staff(Role.OPERATOR).token());
    }

    @Test
    void a_rebuild_stores_again_exactly_what_the_live_events_stored_and_a_second_rebuild_changes_nothing() {
        Shows.Show show = salesRefundAndCheckIn();
        Map<String, List<Map<String, Object>>> live = copy();

        for (String table : COPY.keySet()) {
            jdbc.sql("delete from " + table).update();
        }
        JsonNode rebuilt = rebuild();

        assertThat(copy()).isEqualTo(live);
        assertThat(rebuilt.get("sales").asLong()).isEqualTo(live.get("audience_ticket").size());
        assertThat(rebuilt.get("refunds").asLong()).isEqualTo(live.get("audience_refund").size());
        assertThat(rebuilt.get("checkIns").asLong()).isEqualTo(live.get("audience_checkin").size());
        assertThat(filmRows("audience_ticket", show)).hasSize(3)
                .extracting(row -> row.get("campaign_id") instanceof Number id ? id.longValue() : null).contains(CAMPAIGN);
        System.out.printf("audience rebuild: %d sales, %d refunds, %d check-ins in %d ms%n", rebuilt.get("sales").asLong(),
                rebuilt.get("refunds").asLong(), rebuilt.get("checkIns").asLong(), rebuilt.get("millis").asLong());

        rebuild();
        assertThat(copy()).isEqualTo(live);
    }

    @Test
    void a_replayed_event_delivered_again_by_the_live_listener_is_not_counted_twice() {
        Shows.Show show = salesRefundAndCheckIn();
        rebuild();
        Map<String, List<Map<String, Object>>> rebuilt = copy();
        List<Object> replayed = new ArrayList<>();
        history.replay(event -> {
            if (event instanceof TicketsSold s && s.context().screeningId() == show.screeningId()
                    || event instanceof TicketsRefunded r && r.context().screeningId() == show.screeningId()
                    || event instanceof TicketCheckedIn c && c.screeningId() == show.screeningId()) {
                replayed.add(event);
            }
        });
        assertThat(replayed).hasSize(5);

        long delivered = deliveredToTheAudience();
        new TransactionTemplate(transactions).executeWithoutResult(status -> replayed.forEach(events::publishEvent));
        Eventually.until("the events delivered again", () -> deliveredToTheAudience() == delivered + replayed.size());

        assertThat(copy()).isEqualTo(rebuilt);
    }

    @Test
    void a_forgotten_moviegoer_stays_forgotten_after_a_rebuild() {
        Shows.Show show = Shows.in(catalog).add();
        AccountFixtures.Person person = people.moviegoer();
        Buyer gone = Buyer.of(person, port);
        JsonNode order = gone.buy(show.screeningId(), show.seat(0), show.seat(1)).json();
        refundFirstTicket(gone, order);
        Eventually.until("the purchase and refund in the audience", () -> filmRows("audience_refund", show).size() == 1);
        assertThat(gone.http().delete("/api/me").status()).isEqualTo(204);
        Map<String, List<Map<String, Object>>> forgotten = copy();

        rebuild();

        assertThat(copy()).isEqualTo(forgotten);
        assertThat(jdbc.sql("select count(*) from audience_ticket where account_id = ?").param(person.id()).query(Long.class).single())
                .isZero();
    }

    @Test
    void the_command_rebuilds_printing_its_progress_and_what_it_replayed() {
        salesRefundAndCheckIn();
        Map<String, List<Map<String, Object>>> live = copy();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(new Launcher(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                .run(application, "audience", "rebuild")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("audience rebuilt: " + live.get("audience_ticket").size() + " sales, "
                + live.get("audience_refund").size() + " refunds, " + live.get("audience_checkin").size() + " check-ins replayed in ");
        assertThat(copy()).isEqualTo(live);
        assertThat(new Launcher(System.out, new PrintStream(new ByteArrayOutputStream()))
                .run(application, "audience", "rebuild", "--now")).isEqualTo(2);
    }

    @Test
    void only_the_operator_rebuilds() {
        assertThat(new Http(port).withToken(people.staff(Role.DISTRIBUTOR_ADMIN).token()).post("/api/audience/rebuild", "").status())
                .isEqualTo(403);
    }

    /**
     * Three buyers at a new screening, one with a campaign's coupon, one refunding a ticket, one checked in at the door;
     * the audience has them all.
     */
    private Shows.Show salesRefundAndCheckIn() {
        var chain = people.tenant(TenantKind.CINEMA_CHAIN);
        Shows.Show show = Shows.in(catalog).runBy(chain.id()).add();
        Buyer ann = Buyer.of(people.moviegoer(), port);
        Buyer bob = Buyer.of(people.moviegoer(), port);
        Buyer cid = Buyer.of(people.moviegoer(), port);
        JsonNode anns = ann.buy(show.screeningId(), show.seat(0), show.seat(1)).json();
        String coupon = "REBUILD" + Long.toString(System.nanoTime(), 36).toUpperCase();
        assertThat(operator.post("/api/coupons", coupon(coupon, "PERCENT", 10, 10, 1, show.filmId(), null, CAMPAIGN)).status())
                .isEqualTo(201);
        bob.buyWith(coupon, show.screeningId(), show.seat(2));
        JsonNode cids = cid.buy(show.screeningId(), show.seat(3), show.seat(4), show.seat(5)).json();
        refundFirstTicket(cid, cids);
        Http door = new Http(port).withToken(people.staff(Role.CINEMA_MANAGER, chain.id()).token());
        assertThat(door.post("/api/check-ins", checkIn(anns.get("tickets").get(0).get("code").asString(), show.cinemaId())).status())
                .isEqualTo(200);
        Eventually.until("the purchases, the refund and the check-in in the audience", () -> filmRows("audience_ticket", show).size() == 3
                && filmRows("audience_refund", show).size() == 1 && filmRows("audience_checkin", show).size() == 1);
        return show;
    }

    private JsonNode rebuild() {
        Http.Answer rebuilt = operator.post("/api/audience/rebuild", "");
        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        return rebuilt.json();
    }

    private Map<String, List<Map<String, Object>>> copy() {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        COPY.forEach((table, select) -> rows.put(table, jdbc.sql(select).query().listOfRows()));
        return rows;
    }

    private List<Map<String, Object>> filmRows(String table, Shows.Show show) {
        return jdbc.sql("select * from " + table + " where film_id = ?").param(show.filmId()).query().listOfRows();
    }

    /** Events the audience's listener has finished with, as the event publication registry counts them. */
    private long deliveredToTheAudience() {
        return jdbc.sql("select count(*) from event_publication where listener_id like '%AudienceTickets%' and completion_date is not null")
                .query(Long.class).single();
    }

    private static void refundFirstTicket(Buyer buyer, JsonNode order) {
        Http.Answer refunded = buyer.refund(order.get("id").asLong(), order.get("tickets").get(0).get("id").asLong());
        assertThat(refunded.status()).as(refunded.body()).isEqualTo(200);
    }
}
