package marquee.audience;

import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.booking.Buyer;
import marquee.booking.Shows;
import marquee.catalog.Catalog;
import marquee.shared.security.Role;
import marquee.shared.security.TenantKind;
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
 * Ratings and reviews over HTTP: only a verified viewer (a paid ticket, not refunded, for a screening of the film
 * that has started) rates, once per film; the score and histogram; helpful votes and reports once each; the
 * reviews staff should look at, for the film's distributor only; hiding a review.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReviewsApiTest {

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
    AccountFixtures.Person distributorAdmin;
    Shows.Show show;
    int seat;

    @BeforeEach
    void aFilmShowing() {
        people = new AccountFixtures(accounts, tokens);
        var distributor = people.tenant(TenantKind.DISTRIBUTOR);
        distributorAdmin = people.staff(Role.DISTRIBUTOR_ADMIN, distributor.id());
        show = Shows.in(catalog).showing(aFilm().titled("Reviewed " + System.nanoTime()).ownedBy(distributor.id())).add();
        seat = 0;
    }

    @Test
    void only_a_viewer_of_a_screening_that_has_started_rates_and_a_refunded_ticket_does_not_count() {
        Http stranger = moviegoer();
        assertThat(rate(stranger, 8, null).status()).as("no ticket").isEqualTo(403);

        Http viewer = viewer();
        Http.Answer early = rate(viewer, 8, "Too early");
        assertThat(early.status()).as("the screening has not started").isEqualTo(403);
        assertThat(early.json().get("detail").asString()).contains("when your screening");

        AccountFixtures.Person refunder = people.moviegoer();
        Buyer refunderBuyer = Buyer.of(refunder, port);
        long order = refunderBuyer.buy(show.screeningId(), show.seat(seat++)).json().get("id").asLong();
        assertThat(refunderBuyer.refund(order).status()).isBetween(200, 299);

        start();
        assertThat(rate(refunderBuyer.http(), 9, null).status()).as("refunded ticket").isEqualTo(403);
        assertThat(rate(stranger, 8, null).status()).isEqualTo(403);
        assertThat(rate(viewer, 8, "Good").status()).isEqualTo(204);
        assertThat(rate(viewer, 0, null).status()).isEqualTo(400);
        assertThat(rate(viewer, 7, "x".repeat(2001)).status()).isEqualTo(400);
        assertThat(viewer.put("/api/films/" + show.filmId() + "/rating", "{\"review\":\"no rating\"}").status()).isEqualTo(400);

        // Once per film: rating again replaces the first (one row), by the (moviegoer, film) key.
        assertThat(rate(viewer, 6, "Better on reflection, then worse").status()).isEqualTo(204);
        JsonNode opinion = anonymous().get("/api/films/" + show.filmId() + "/opinion").json();
        assertThat(opinion.get("ratings").asLong()).isEqualTo(1);
        assertThat(opinion.get("score").asDouble()).isEqualTo(6.0);
        assertThat(jdbc.sql("select count(*) from film_rating where film_id = ?").param(show.filmId()).query(Long.class).single())
                .isEqualTo(1);
        JsonNode mine = viewer.get("/api/films/" + show.filmId() + "/opinion").json().get("mine");
        assertThat(mine.get("rating").asInt()).isEqualTo(6);
        assertThat(mine.get("mayRate").asString()).isEqualTo("SAW_IT");
        assertThat(stranger.get("/api/films/" + show.filmId() + "/opinion").json().get("mine").get("mayRate").asString())
                .isEqualTo("NO_TICKET");
    }

    @Test
    void the_score_and_histogram_count_verified_ratings_and_reviews_list_newest_or_most_helpful() {
        Http a = viewer();
        Http b = viewer();
        Http c = viewer();
        start();
        assertThat(rate(a, 8, "<script>alert('x')</script> Loved it").status()).isEqualTo(204);
        assertThat(rate(b, 8, null).status()).isEqualTo(204);
        assertThat(rate(c, 5, "Slow middle").status()).isEqualTo(204);

        JsonNode opinion = anonymous().get("/api/films/" + show.filmId() + "/opinion").json();
        assertThat(opinion.get("score").asDouble()).isEqualTo(7.0);
        assertThat(opinion.get("ratings").asLong()).isEqualTo(3);
        assertThat(opinion.get("histogram").get(7).asLong()).isEqualTo(2);
        assertThat(opinion.get("histogram").get(4).asLong()).isEqualTo(1);
        assertThat(opinion.get("mine").isNull()).isTrue();

        JsonNode newest = anonymous().get("/api/films/" + show.filmId() + "/reviews").json();
        assertThat(newest.get("total").asLong()).as("b wrote no review").isEqualTo(2);
        assertThat(newest.get("items").get(0).get("text").asString()).isEqualTo("Slow middle");
        assertThat(newest.get("items").get(1).get("text").asString()).as("stored as written").startsWith("<script>");
        long loved = newest.get("items").get(1).get("id").asLong();
        long slow = newest.get("items").get(0).get("id").asLong();

        // Helpful: once per moviegoer and review; not one's own.
        assertThat(b.put("/api/reviews/" + loved + "/helpful", "").status()).isEqualTo(204);
        assertThat(b.put("/api/reviews/" + loved + "/helpful", "").status()).isEqualTo(204);
        assertThat(moviegoer().put("/api/reviews/" + loved + "/helpful", "").status()).isEqualTo(204);
        assertThat(a.put("/api/reviews/" + loved + "/helpful", "").status()).isEqualTo(409);
        assertThat(b.put("/api/reviews/999999999/helpful", "").status()).isEqualTo(404);
        JsonNode helpful = anonymous().get("/api/films/" + show.filmId() + "/reviews?sort=helpful").json().get("items");
        assertThat(helpful.get(0).get("id").asLong()).isEqualTo(loved);
        assertThat(helpful.get(0).get("helpful").asLong()).isEqualTo(2);
        assertThat(helpful.get(1).get("id").asLong()).isEqualTo(slow);
        assertThat(anonymous().get("/api/films/" + show.filmId() + "/reviews?sort=best").status()).isEqualTo(400);
        assertThat(anonymous().get("/api/films/" + show.filmId() + "/reviews?size=500").status()).isEqualTo(400);
        assertThat(a.get("/api/films/" + show.filmId() + "/reviews").json().get("items").get(1).get("mine").asBoolean()).isTrue();
    }

    @Test
    void reported_reviews_are_listed_for_the_films_distributor_who_may_hide_them_and_another_tenant_gets_404() {
        Http a = viewer();
        Http b = viewer();
        start();
        rate(a, 2, "Spam spam spam");
        rate(b, 9, "Lovely");
        long spam = anonymous().get("/api/films/" + show.filmId() + "/reviews").json().get("items").get(1).get("id").asLong();
        assertThat(b.put("/api/reviews/" + spam + "/report", "{\"reason\":\"advertising\"}").status()).isEqualTo(204);
        assertThat(b.put("/api/reviews/" + spam + "/report", "{}").status()).as("once").isEqualTo(204);
        Http c = moviegoer();
        assertThat(c.put("/api/reviews/" + spam + "/report", "{\"reason\":\"" + "x".repeat(301) + "\"}").status()).isEqualTo(400);
        assertThat(c.put("/api/reviews/" + spam + "/report", "").status()).isEqualTo(204);

        Http staff = new Http(port).withToken(distributorAdmin.token());
        JsonNode flagged = staff.get("/api/audience/films/" + show.filmId() + "/reviews/flagged").json();
        assertThat(flagged).hasSize(1);
        assertThat(flagged.get(0).get("id").asLong()).isEqualTo(spam);
        assertThat(flagged.get(0).get("reports").asLong()).isEqualTo(2);
        assertThat(flagged.get(0).get("reasons").get(0).asString()).isEqualTo("reported by 2 moviegoers");

        Http other = new Http(port).withToken(people.staff(Role.DISTRIBUTOR_ADMIN).token());
        assertThat(other.get("/api/audience/films/" + show.filmId() + "/reviews/flagged").status()).isEqualTo(404);
        assertThat(other.put("/api/audience/reviews/" + spam + "/hidden", "").status()).isEqualTo(404);
        assertThat(a.get("/api/audience/films/" + show.filmId() + "/reviews/flagged").status()).isEqualTo(403);

        assertThat(staff.put("/api/audience/reviews/" + spam + "/hidden", "").status()).isEqualTo(204);
        JsonNode visible = anonymous().get("/api/films/" + show.filmId() + "/reviews").json();
        assertThat(visible.get("total").asLong()).isEqualTo(1);
        assertThat(visible.get("items").get(0).get("text").asString()).isEqualTo("Lovely");
        assertThat(staff.get("/api/audience/films/" + show.filmId() + "/reviews/flagged").json().get(0).get("hidden").asBoolean()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_entry where account_id = ? and action like 'PUT /api/audience/reviews/%'")
                .param(distributorAdmin.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(new Http(port).withToken(people.staff(Role.OPERATOR).token()).delete("/api/audience/reviews/" + spam + "/hidden").status())
                .isEqualTo(204);
        assertThat(anonymous().get("/api/films/" + show.filmId() + "/reviews").json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void reviews_from_brand_new_accounts_on_a_day_of_a_rating_spike_are_flagged() {
        Instant spikeDay = Instant.now().minus(Duration.ofDays(1));
        long account = 8_000_000 + (System.nanoTime() % 1_000_000) * 100;
        for (int day = 8; day >= 2; day--) {
            for (int i = 0; i < 3; i++) {
                rating(account++, spikeDay.minus(Duration.ofDays(day - 1)), Instant.parse("2020-01-01T00:00:00Z"), 7, null);
            }
        }
        for (int i = 0; i < 60; i++) {
            rating(account++, spikeDay, spikeDay.minus(Duration.ofHours(30)), 10, i == 0 ? "Best film ever!!!" : null);
        }
        rating(account++, spikeDay, Instant.parse("2020-01-01T00:00:00Z"), 8, "An old account's review");

        JsonNode flagged = new Http(port).withToken(distributorAdmin.token())
                .get("/api/audience/films/" + show.filmId() + "/reviews/flagged").json();
        assertThat(flagged).hasSize(1);
        assertThat(flagged.get(0).get("text").asString()).isEqualTo("Best film ever!!!");
        assertThat(flagged.get(0).get("fromNewAccount").asBoolean()).isTrue();
        assertThat(flagged.get(0).get("reasons").get(0).asString()).contains("account made in the week before", "spike of ratings");
    }

    void rating(long accountId, Instant at, Instant accountCreated, int rating, String review) {
        jdbc.sql("""
                        insert into film_rating (account_id, film_id, rating, review, rated_at, verified, account_created_at)
                        values (?, ?, ?, ?, ?, true, ?)""")
                .params(accountId, show.filmId(), rating, review, at.atOffset(ZoneOffset.UTC), accountCreated.atOffset(ZoneOffset.UTC))
                .update();
    }

    private Http.Answer rate(Http http, int rating, String review) {
        String text = review == null ? "" : ",\"review\":\"" + review.replace("\"", "\\\"") + "\"";
        return http.put("/api/films/" + show.filmId() + "/rating", "{\"rating\":" + rating + text + "}");
    }

    /** A moviegoer who bought a ticket for the show (which has not started yet). */
    private Http viewer() {
        AccountFixtures.Person person = people.moviegoer();
        Buyer buyer = Buyer.of(person, port);
        assertThat(buyer.buy(show.screeningId(), show.seat(seat++)).status()).isEqualTo(201);
        return buyer.http();
    }

    private Http moviegoer() {
        return new Http(port).withToken(people.moviegoer().token());
    }

    private Http anonymous() {
        return new Http(port);
    }

    /** The show began an hour ago. */
    private void start() {
        jdbc.sql("update screening set starts_at = ?, ends_at = ? where id = ?").params(
                Instant.now().minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC),
                Instant.now().plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC), show.screeningId()).update();
    }
}
