package marquee.accounts;

import static marquee.catalog.CatalogFixtures.aCinemaIn;
import static marquee.catalog.CatalogFixtures.aFilm;
import static marquee.catalog.CatalogFixtures.aHall;
import static marquee.catalog.CatalogFixtures.aScreening;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import marquee.accounts.AccountFixtures.Person;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.catalog.NewRelease;
import marquee.catalog.ReleaseKind;
import marquee.catalog.ScreeningFilter;
import marquee.shared.PageRequest;
import marquee.shared.security.Role;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Two distributors and two cinema chains: every read of the other tenant's private objects and every
 * write to its objects answers 404 (as if it did not exist) and changes nothing.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CrossTenantTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Catalog catalog;

    Http anonymous;
    Person distributorA;
    Person analystA;
    Person distributorB;
    Person analystB;
    Person chainA;
    Person chainB;
    Person operator;
    Film secretFilmOfA;
    Film publicFilmOfA;
    long cinemaOfA;
    long hallOfA;

    @BeforeEach
    void twoOfEach() {
        AccountFixtures fixtures = new AccountFixtures(accounts, tokens);
        distributorA = fixtures.staff(Role.DISTRIBUTOR_ADMIN);
        analystA = fixtures.staff(Role.DISTRIBUTOR_ANALYST, distributorA.tenantId());
        distributorB = fixtures.staff(Role.DISTRIBUTOR_ADMIN);
        analystB = fixtures.staff(Role.DISTRIBUTOR_ANALYST, distributorB.tenantId());
        chainA = fixtures.staff(Role.CINEMA_MANAGER);
        chainB = fixtures.staff(Role.CINEMA_MANAGER);
        operator = fixtures.staff(Role.OPERATOR);
        secretFilmOfA = aFilm().titled("Unannounced of A").unannounced().ownedBy(distributorA.tenantId()).addTo(catalog);
        publicFilmOfA = aFilm().titled("Announced of A").ownedBy(distributorA.tenantId()).addTo(catalog);
        cinemaOfA = catalog.addCinema(aCinemaIn("Suzhou", 2), chainA.tenantId()).id();
        hallOfA = catalog.addHall(cinemaOfA, aHall(4, 6)).id();
        anonymous = new Http(port);
    }

    private Http as(Person person) {
        return anonymous.withToken(person.token());
    }

    @Test
    void an_unannounced_film_is_seen_only_by_its_distributor_and_the_operator() {
        String film = "/api/films/" + secretFilmOfA.id();

        assertThat(as(distributorA).get(film).status()).isEqualTo(200);
        assertThat(as(analystA).get(film).status()).isEqualTo(200);
        assertThat(as(operator).get(film).status()).isEqualTo(200);
        for (Http other : List.of(as(distributorB), as(analystB), as(chainA), anonymous)) {
            assertThat(other.get(film).status()).isEqualTo(404);
            assertThat(other.get(film + "/releases").status()).isEqualTo(404);
        }
        assertThat(anonymous.get("/films/" + secretFilmOfA.id()).status()).isEqualTo(404);
        assertThat(anonymous.get("/api/films?q=Unannounced&size=50").json().get("total").asLong()).isZero();
        assertThat(as(distributorB).get("/api/films?q=Unannounced+of+A&size=50").json().get("total").asLong()).isZero();
        // Its own distributor finds it in the listing, to prepare and announce it.
        assertThat(as(analystA).get("/api/films?q=Unannounced+of+A&size=50").json().get("total").asLong()).isEqualTo(1);
        assertThat(as(operator).get("/api/films?q=Unannounced+of+A&size=100").json().findValues("id"))
                .extracting(JsonNode::asLong).contains(secretFilmOfA.id());
        // The answer for another tenant's film is the answer for a film that does not exist.
        assertThat(as(distributorB).get(film).json().get("detail").asString())
                .isEqualTo("film " + secretFilmOfA.id() + " not found");
    }

    @Test
    void screenings_of_an_unannounced_film_are_as_private_as_the_film() {
        String body = Http.json(aScreening(hallOfA, secretFilmOfA.id(), Instant.parse("2026-12-03T11:00:00Z")));
        long screening = as(operator).post("/api/screenings", body).json().get("id").asLong();

        assertThat(as(distributorA).get("/api/screenings/" + screening).status()).isEqualTo(200);
        assertThat(as(distributorB).get("/api/screenings/" + screening).status()).isEqualTo(404);
        assertThat(anonymous.get("/api/screenings/" + screening).status()).isEqualTo(404);
        assertThat(anonymous.get("/api/screenings?film=" + secretFilmOfA.id()).status()).isEqualTo(404);
        assertThat(as(distributorA).get("/api/screenings?film=" + secretFilmOfA.id()).json().get("total").asLong()).isEqualTo(1);
        // Nor is it in a cinema's listing, except for its distributor and the operator.
        String atTheCinema = "/api/screenings?cinema=" + cinemaOfA;
        assertThat(anonymous.get(atTheCinema).json().get("total").asLong()).isZero();
        assertThat(as(distributorB).get(atTheCinema).json().get("total").asLong()).isZero();
        assertThat(as(distributorA).get(atTheCinema).json().get("total").asLong()).isEqualTo(1);
        assertThat(as(operator).get(atTheCinema).json().get("total").asLong()).isEqualTo(1);
        // Its seats are neither shown nor sold before the announcement.
        Http moviegoer = as(new AccountFixtures(accounts, tokens).moviegoer());
        assertThat(as(distributorA).get("/api/screenings/" + screening + "/seats").status()).isEqualTo(200);
        assertThat(anonymous.get("/api/screenings/" + screening + "/seats").status()).isEqualTo(404);
        assertThat(moviegoer.get("/api/screenings/" + screening + "/seats").status()).isEqualTo(404);
        assertThat(moviegoer.post("/api/holds", "{\"screeningId\": " + screening + ", \"seatIds\": [1]}").status()).isEqualTo(404);
    }

    @Test
    void only_its_distributor_announces_a_film_and_then_everyone_sees_it_and_its_seats() {
        String body = Http.json(aScreening(hallOfA, secretFilmOfA.id(), Instant.parse("2026-12-04T11:00:00Z")));
        long screening = as(operator).post("/api/screenings", body).json().get("id").asLong();
        String announce = "/api/films/" + secretFilmOfA.id() + "/announcement";

        assertThat(as(distributorB).post(announce, "").status()).isEqualTo(404);
        assertThat(as(analystA).post(announce, "").status()).isEqualTo(403);
        assertThat(anonymous.get("/api/films/" + secretFilmOfA.id()).status()).isEqualTo(404);

        assertThat(as(distributorA).post(announce, "").json().get("announced").asBoolean()).isTrue();
        assertThat(as(distributorA).post(announce, "").status()).isEqualTo(200);
        assertThat(anonymous.get("/api/films/" + secretFilmOfA.id()).status()).isEqualTo(200);
        assertThat(anonymous.get("/api/screenings/" + screening + "/seats").status()).isEqualTo(200);
    }

    @Test
    void another_distributor_cannot_add_releases_to_a_film_and_nothing_changes() {
        String release = Http.json(new NewRelease(ReleaseKind.RE_RELEASE, LocalDate.of(2027, 2, 1), List.of("2D"), "B's try"));

        for (Film film : List.of(publicFilmOfA, secretFilmOfA)) {
            assertThat(as(distributorB).post("/api/films/" + film.id() + "/releases", release).status()).isEqualTo(404);
            assertThat(catalog.film(film.id()).releases()).hasSize(1);
        }
        assertThat(as(analystA).post("/api/films/" + publicFilmOfA.id() + "/releases", release).status()).isEqualTo(403);
        assertThat(as(distributorA).post("/api/films/" + publicFilmOfA.id() + "/releases", release).status()).isEqualTo(201);
        assertThat(catalog.film(publicFilmOfA.id()).releases()).hasSize(2);
    }

    @Test
    void a_film_created_by_a_distributor_is_its_own() {
        String body = Http.json(aFilm().titled("Made by B").build());

        long id = as(distributorB).post("/api/films", body).json().get("id").asLong();

        assertThat(catalog.film(id).distributorTenantId()).isEqualTo(distributorB.tenantId());
    }

    @Test
    void another_chain_cannot_add_halls_or_screenings_to_a_cinema_and_nothing_changes() {
        String hall = Http.json(aHall(3, 4));
        Instant start = Instant.parse("2026-12-01T11:00:00Z");
        String screening = Http.json(aScreening(hallOfA, publicFilmOfA.id(), start));

        assertThat(as(chainB).post("/api/cinemas/" + cinemaOfA + "/halls", hall).status()).isEqualTo(404);
        assertThat(as(chainB).post("/api/screenings", screening).status()).isEqualTo(404);
        assertThat(as(distributorA).post("/api/screenings", screening).status()).isEqualTo(403);
        assertThat(catalog.halls(cinemaOfA)).hasSize(1);
        assertThat(catalog.screenings(new ScreeningFilter(null, cinemaOfA, null, null), new PageRequest(0, 10)).total()).isZero();

        assertThat(as(chainA).post("/api/cinemas/" + cinemaOfA + "/halls", hall).status()).isEqualTo(201);
        assertThat(as(chainA).post("/api/screenings", screening).status()).isEqualTo(201);
    }

    @Test
    void a_chain_cannot_schedule_another_distributors_unannounced_film() {
        String screening = Http.json(aScreening(hallOfA, secretFilmOfA.id(), Instant.parse("2026-12-02T11:00:00Z")));

        assertThat(as(chainA).post("/api/screenings", screening).status()).isEqualTo(404);
    }

    @Test
    void a_tenant_admin_sees_only_their_own_tenant_its_staff_and_its_audit_log() {
        assertThat(as(distributorA).get("/api/tenants/" + distributorA.tenantId()).status()).isEqualTo(200);
        assertThat(as(distributorA).get("/api/tenants/" + distributorA.tenantId() + "/accounts").json().findValuesAsString("email"))
                .contains(analystA.account().email());
        assertThat(as(distributorB).get("/api/tenants/" + distributorA.tenantId()).status()).isEqualTo(404);
        assertThat(as(distributorB).get("/api/tenants/" + distributorA.tenantId() + "/accounts").status()).isEqualTo(404);
        assertThat(as(chainB).get("/api/tenants/" + chainA.tenantId() + "/accounts").status()).isEqualTo(404);

        long audited = as(distributorA).post("/api/films", Http.json(aFilm().titled("Audited").build())).json().get("id").asLong();
        var entries = as(distributorA).get("/api/audit").json();
        assertThat(entries.findValuesAsString("action")).contains("POST /api/films");
        assertThat(entries.findValuesAsString("objectRef")).contains("/api/films/" + audited);
        assertThat(as(distributorB).get("/api/audit?tenant=" + distributorA.tenantId()).json().findValuesAsString("email"))
                .doesNotContain(distributorA.account().email());
        assertThat(as(operator).get("/api/audit?tenant=" + distributorA.tenantId()).json().findValuesAsString("email"))
                .contains(distributorA.account().email());
    }

    @Test
    void a_moviegoer_reaches_only_their_own_profile_and_tokens() {
        AccountFixtures fixtures = new AccountFixtures(accounts, tokens);
        Person me = fixtures.moviegoer();
        Person other = fixtures.moviegoer();

        assertThat(as(me).get("/api/moviegoers/" + me.id()).status()).isEqualTo(200);
        assertThat(as(me).get("/api/moviegoers/" + other.id()).status()).isEqualTo(404);
        assertThat(as(operator).get("/api/moviegoers/" + other.id()).status()).isEqualTo(200);
        long othersToken = as(other).get("/api/me/tokens").json().get(0).get("id").asLong();
        assertThat(as(me).delete("/api/me/tokens/" + othersToken).status()).isEqualTo(404);
        assertThat(as(other).get("/api/me").status()).isEqualTo(200);
    }
}
