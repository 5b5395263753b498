package marquee.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import marquee.booking.Buyer;
import marquee.booking.Shows;
import marquee.catalog.Catalog;
import marquee.shared.security.Role;
import marquee.testing.Eventually;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A moviegoer downloads everything Marquee keeps about them, and has it forgotten in one request. */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MyDataTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Catalog catalog;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_moviegoer_exports_all_their_data_and_then_is_forgotten_everywhere() throws Exception {
        AccountFixtures people = new AccountFixtures(accounts, tokens);
        AccountFixtures.Person ann = people.moviegoer();
        Http http = new Http(port).withToken(ann.token());
        Shows.Show show = Shows.in(catalog).add();
        long orderId = new Buyer(ann.id(), http).buy(show.screeningId(), show.seat(0)).json().get("id").asLong();
        // Ratings open when the screening starts: the show began a minute ago.
        jdbc.sql("update screening set starts_at = ? where id = ?")
                .params(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(1), show.screeningId()).update();
        assertThat(http.put("/api/films/" + show.filmId() + "/rating", "{\"rating\":8,\"review\":\"Lovely\"}").status()).isEqualTo(204);
        waitForAudienceTicket(ann.id());

        JsonNode data = http.get("/api/me/data").json();
        assertThat(data.get("account").get("account").get("email").asString()).isEqualTo(ann.account().email());
        assertThat(data.get("orders").get(0).get("id").asLong()).isEqualTo(orderId);
        assertThat(data.get("audience").get("ratings").get(0).get("review").asString()).isEqualTo("Lovely");
        assertThat(data.get("audience").get("purchases")).hasSize(1);
        assertThat(new Http(port).withToken(people.staff(Role.OPERATOR).token()).get("/api/me/data").status()).isEqualTo(403);

        assertThat(http.delete("/api/me").status()).isEqualTo(204);

        assertThat(http.get("/api/me").status()).as("the token is revoked").isEqualTo(401);
        assertThat(accounts.account(ann.id()).email()).isEqualTo("forgotten-" + ann.id() + "@invalid.marquee");
        assertThat(accounts.accountByEmail(ann.account().email())).isEmpty();
        assertThat(count("select count(*) from film_rating where account_id = ?", ann.id())).isZero();
        assertThat(count("select count(*) from audience_ticket where account_id = ?", ann.id())).isZero();
        assertThat(count("select count(*) from booking_order where buyer_id = ?", ann.id())).as("kept for accounting").isEqualTo(1);
        assertThat(accounts.profile(ann.id()).homeCity()).isNull();
    }

    long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    void waitForAudienceTicket(long accountId) {
        Eventually.until("the ticket in the audience", () -> count("select count(*) from audience_ticket where account_id = ?", accountId) > 0);
    }
}
