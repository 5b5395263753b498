package marquee.audience;

import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.booking.Buyer;
import marquee.booking.Shows;
import marquee.catalog.Catalog;
import marquee.shared.security.Role;
import marquee.shared.security.TenantKind;
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

/** Want-to-see and word of mouth over HTTP: marks, ratings with verified viewers apart, and the flags. */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WordOfMouthTest {

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
    Http distributor;
    long distributorTenant;

    @BeforeEach
    void aDistributor() {
        people = new AccountFixtures(accounts, tokens);
        AccountFixtures.Person admin = people.staff(Role.DISTRIBUTOR_ANALYST);
        distributorTenant = admin.tenantId();
        distributor = new Http(port).withToken(admin.token());
    }

    @Test
    void want_to_see_marks_grow_before_release_and_marking_twice_counts_once() {
        long film = aFilm().titled("Coming soon").ownedBy(distributorTenant).releasedOn(LocalDate.now().plusDays(30)).addTo(catalog).id();
        for (AccountFixtures.Person fan : people.moviegoers(3)) {
            Http http = new Http(port).withToken(fan.token());
            assertThat(http.put("/api/films/" + film + "/want-to-see", "").status()).isEqualTo(204);
            assertThat(http.put("/api/films/" + film + "/want-to-see", "").status()).isEqualTo(204);
        }
        JsonNode curves = distributor.get("/api/audience/films/" + film + "/word-of-mouth").json();
        assertThat(curves.get("wantToSee").asLong()).isEqualTo(3);
        assertThat(curves.get("wantToSeeDays").get(0).get("cumulative").asLong()).isEqualTo(3);
        assertThat(curves.get("wantToSeeDays").get(0).get("fromNewAccounts").asLong()).isEqualTo(3);

        Http fan = new Http(port).withToken(people.moviegoer().token());
        assertThat(fan.put("/api/films/" + film + "/rating", "{\"rating\":9}").status()).as("not a viewer").isEqualTo(403);
        assertThat(new Http(port).withToken(people.staff(Role.DISTRIBUTOR_ANALYST).token())
                .get("/api/audience/films/" + film + "/word-of-mouth").status()).isEqualTo(404);
    }

    @Test
    void only_a_viewer_of_a_screening_that_has_started_rates_and_the_rating_counts_as_verified() throws Exception {
        var chain = people.tenant(TenantKind.CINEMA_CHAIN);
        Shows.Show show = Shows.in(catalog).runBy(chain.id()).add();
        AccountFixtures.Person viewer = people.moviegoer();
        Http viewerHttp = new Http(port).withToken(viewer.token());
        JsonNode order = new Buyer(viewer.id(), viewerHttp).buy(show.screeningId(), show.seat(0)).json();
        Http door = new Http(port).withToken(people.staff(Role.CINEMA_MANAGER, chain.id()).token());
        door.post("/api/check-ins", "{\"code\":\"" + order.get("tickets").get(0).get("code").asString() + "\",\"cinemaId\":" + show.cinemaId() + "}");
        Eventually.until("the check-in in the audience", () -> jdbc.sql("select count(*) from audience_checkin where account_id = ?")
                .param(viewer.id()).query(Long.class).single() > 0);

        assertThat(viewerHttp.put("/api/films/" + show.filmId() + "/rating", "{\"rating\":9}").status())
                .as("checked in, but the screening has not started").isEqualTo(403);
        jdbc.sql("update screening set starts_at = ?, ends_at = ? where id = ?").params(
                Instant.now().minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC), Instant.now().plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC),
                show.screeningId()).update();
        assertThat(viewerHttp.put("/api/films/" + show.filmId() + "/rating", "{\"rating\":9,\"review\":\"Breathtaking\"}").status()).isEqualTo(204);
        Http stranger = new Http(port).withToken(people.moviegoer().token());
        assertThat(stranger.put("/api/films/" + show.filmId() + "/rating", "{\"rating\":3}").status()).as("no ticket").isEqualTo(403);
        assertThat(stranger.put("/api/films/" + show.filmId() + "/rating", "{\"rating\":11}").status()).isEqualTo(400);

        JsonNode day = new Http(port).withToken(people.staff(Role.OPERATOR).token())
                .get("/api/audience/films/" + show.filmId() + "/word-of-mouth").json().get("ratingDays").get(0);
        assertThat(day.get("ratings").asLong()).isEqualTo(1);
        assertThat(day.get("mean").asDouble()).isEqualTo(9.0);
        assertThat(day.get("highShare").asDouble()).isEqualTo(1.0);
        assertThat(day.get("verified").asLong()).isEqualTo(1);
        assertThat(day.get("verifiedMean").asDouble()).isEqualTo(9.0);
    }

    @Test
    void a_spike_of_marks_from_brand_new_accounts_is_flagged_and_a_quiet_week_is_not() {
        long film = aFilm().titled("Flagged").ownedBy(distributorTenant).releasedOn(LocalDate.now().plusDays(30)).addTo(catalog).id();
        Instant spikeDay = Instant.now().minus(Duration.ofDays(1));
        long account = 9_000_000;
        for (int day = 8; day >= 2; day--) {
            for (int i = 0; i < 3; i++) {
                mark(account++, film, spikeDay.minus(Duration.ofDays(day - 1)), Instant.parse("2020-01-01T00:00:00Z"));
            }
        }
        for (int i = 0; i < 60; i++) {
            mark(account++, film, spikeDay, spikeDay.minus(Duration.ofHours(30)));
        }

        JsonNode flags = distributor.get("/api/audience/films/" + film + "/word-of-mouth").json().get("flags");
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).get("kind").asString()).isEqualTo("WANT_TO_SEE_SPIKE_NEW_ACCOUNTS");
        assertThat(flags.get(0).get("detail").asString()).contains("60 want-to-see marks").contains("median of 3");
    }

    void mark(long accountId, long filmId, Instant at, Instant accountCreated) {
        jdbc.sql("insert into want_to_see (account_id, film_id, marked_at, account_created_at) values (?, ?, ?, ?)")
                .params(accountId, filmId, at.atOffset(ZoneOffset.UTC), accountCreated.atOffset(ZoneOffset.UTC)).update();
    }
}
