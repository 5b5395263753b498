package marquee.boxoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import marquee.Launcher;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.booking.Buyer;
import marquee.booking.Shows;
import marquee.catalog.Catalog;
import marquee.shared.security.Role;
import marquee.testing.Eventually;
import marquee.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * No sale is lost from the box office: a delivery that failed is delivered again and counted once, a ledger
 * that lost entries is rebuilt from booking's sales history, and the reconciliation says what is missing.
 * Run on the embedded store and on PostgreSQL, with re-delivery every second.
 */
abstract class SalesRecoverySpec {

    @LocalServerPort
    int port;
    @Autowired
    Catalog catalog;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    BoxOffice boxOffice;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void a_sale_whose_counting_failed_is_delivered_again_and_counted_once() {
        AccountFixtures people = new AccountFixtures(accounts, tokens);
        Shows.Show show = Shows.in(catalog).add();
        Buyer buyer = Buyer.of(people.moviegoer(), port);
        String refuse = "refuse_film_" + show.filmId();
        jdbc.sql("alter table boxoffice_sale add constraint " + refuse + " check (film_id <> " + show.filmId() + ")").update();
        try {
            assertThat(buyer.buy(show.screeningId(), show.seat(0), show.seat(1)).status()).isEqualTo(201);
            Eventually.until("the box office to fail counting the sale", () -> failedDeliveries() > 0);
            assertThat(boxOffice.reconcile().missing()).isEqualTo(1);
        } finally {
            jdbc.sql("alter table boxoffice_sale drop constraint " + refuse).update();
        }

        Eventually.until("the sale to be delivered again", () -> boxOffice.reconcile().missing() == 0);
        Reconciliation check = boxOffice.reconcile();
        assertThat(check.consistent()).as(check.toString()).isTrue();
        assertThat(admissionsOf(show)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from boxoffice_sale where film_id = ?").param(show.filmId()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void a_ledger_that_lost_entries_is_rebuilt_from_bookings_history_with_its_refunds() {
        AccountFixtures people = new AccountFixtures(accounts, tokens);
        Shows.Show show = Shows.in(catalog).add();
        Buyer buyer = Buyer.of(people.moviegoer(), port);
        JsonNode order = buyer.buy(show.screeningId(), show.seat(0), show.seat(1), show.seat(2)).json();
        assertThat(buyer.refund(order.get("id").asLong(), order.get("tickets").get(0).get("id").asLong()).status()).isEqualTo(200);
        Eventually.until("the sale and its refund to be counted", () -> admissionsOf(show) == 2);
        jdbc.sql("delete from boxoffice_sale where film_id = ?").param(show.filmId()).update();
        Reconciliation lost = boxOffice.reconcile();
        assertThat(lost.missing()).isEqualTo(2);
        assertThat(lost.rollupRowsOff()).isPositive();
        assertThat(lost.examples()).anyMatch(e -> e.startsWith("missing sale:"));

        Rebuilt rebuilt = boxOffice.rebuild();

        assertThat(rebuilt.sales()).isPositive();
        assertThat(rebuilt.refunds()).isPositive();
        Reconciliation check = boxOffice.reconcile();
        assertThat(check.consistent()).as(check.toString()).isTrue();
        assertThat(admissionsOf(show)).isEqualTo(2);
        assertThat(boxOffice.rebuild().sales()).as("a second rebuild").isEqualTo(rebuilt.sales());
        assertThat(boxOffice.reconcile().consistent()).isTrue();
    }

    @Test
    void the_check_command_exits_4_when_the_ledger_lost_a_sale_and_the_rebuild_command_mends_it() {
        AccountFixtures people = new AccountFixtures(accounts, tokens);
        Shows.Show show = Shows.in(catalog).add();
        Buyer.of(people.moviegoer(), port).buy(show.screeningId(), show.seat(0));
        Eventually.until("the sale to be counted", () -> admissionsOf(show) == 1);
        assertThat(boxoffice("check")).as("all counted: %s", out).isZero();
        jdbc.sql("delete from boxoffice_sale where film_id = ?").param(show.filmId()).update();

        assertThat(boxoffice("check")).isEqualTo(4);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("missing=1");
        assertThat(boxoffice("rebuild")).isZero();
        assertThat(boxoffice("check")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("boxoffice rebuilt: sales=").endsWith("consistent=true\n");
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int boxoffice(String command) {
        return new Launcher(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()))
                .run(context, "boxoffice", command);
    }

    @Test
    void only_the_operator_rebuilds_or_reconciles() {
        AccountFixtures people = new AccountFixtures(accounts, tokens);
        Http analyst = new Http(port).withToken(people.staff(Role.DISTRIBUTOR_ANALYST).token());
        Http operator = new Http(port).withToken(people.staff(Role.OPERATOR).token());

        assertThat(analyst.post("/api/boxoffice/rebuild", "").status()).isEqualTo(403);
        assertThat(analyst.get("/api/boxoffice/reconciliation").status()).isEqualTo(403);
        Http.Answer check = operator.get("/api/boxoffice/reconciliation");
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.json().get("missing").asLong()).isZero();
        Http.Answer rebuilt = operator.post("/api/boxoffice/rebuild", "");
        assertThat(rebuilt.status()).isEqualTo(200);
        assertThat(rebuilt.json().has("rollupRows")).isTrue();
    }

    private long failedDeliveries() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like '%SalesListener%'")
                .query(Long.class).single();
    }

    private long admissionsOf(Shows.Show show) {
        LocalDate day = LocalDate.ofInstant(show.startsAt(), ZoneId.of("Asia/Shanghai"));
        return boxOffice.ranking(day, Scope.MARKET).rows().stream().filter(r -> r.filmId() == show.filmId())
                .mapToLong(RankingRow::admissions).sum();
    }
}
