package marquee.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import marquee.accounts.Accounts;
import marquee.catalog.Catalog;
import marquee.catalog.CinemaFilter;
import marquee.catalog.FilmFilter;
import marquee.shared.PageRequest;
import marquee.shared.security.Role;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import marquee.testing.OnDemoMarket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo market's accounts: one per role with the README's password, two distributors and two chains owning things. */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OnDemoMarket
class DemoAccountsTest {

    @LocalServerPort
    int port;
    @Autowired
    DemoMarket market;
    @Autowired
    Accounts accounts;
    @Autowired
    Catalog catalog;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void market() {
        market.seedIfEmpty();
    }

    @Test
    void every_role_has_a_demo_account_that_signs_in_with_the_readme_password() {
        Http http = new Http(port);
        Map<String, Role> logins = Map.of("operator@marquee.demo", Role.OPERATOR, "admin@huaxia.demo", Role.DISTRIBUTOR_ADMIN,
                "analyst@lumen.demo", Role.DISTRIBUTOR_ANALYST, "manager@cgv.demo", Role.CINEMA_MANAGER,
                "moviegoer@marquee.demo", Role.MOVIEGOER);
        logins.forEach((email, role) -> {
            Http.Answer answer = http.post("/api/session", Http.json(Map.of("email", email, "password", "marquee-demo-2026")));
            assertThat(answer.status()).as(email).isEqualTo(200);
            assertThat(answer.json().get("account").get("role").asString()).isEqualTo(role.name());
        });
    }

    @Test
    void two_distributors_own_films_and_two_chains_own_cinemas() {
        long huaxia = accounts.tenantNamed("Huaxia Art Films").orElseThrow().id();
        long lumen = accounts.tenantNamed("Lumen Pictures").orElseThrow().id();
        var films = catalog.films(new FilmFilter(null, null, null, null), new PageRequest(0, 200)).items();
        assertThat(films).anyMatch(f -> Long.valueOf(huaxia).equals(f.distributorTenantId()))
                .anyMatch(f -> Long.valueOf(lumen).equals(f.distributorTenantId()))
                .anyMatch(f -> f.distributorTenantId() == null);
        long wanda = accounts.tenantNamed("Wanda Cinemas").orElseThrow().id();
        assertThat(catalog.cinemas(new CinemaFilter(null, null, null, "万达影城"), new PageRequest(0, 200)).items())
                .allMatch(c -> Long.valueOf(wanda).equals(c.chainTenantId()));
    }

    @Test
    void the_generated_moviegoers_have_profiles_interests_and_viewings_but_no_password() {
        assertThat(accounts.count(Role.MOVIEGOER)).isGreaterThanOrEqualTo(300);
        assertThat(jdbc.sql("select count(*) from account where email like 'mg%@audience.demo' and password_hash is null")
                .query(Long.class).single()).isEqualTo(300);
        assertThat(jdbc.sql("select count(*) from viewing").query(Long.class).single()).isGreaterThan(300);
        assertThat(jdbc.sql("select count(distinct account_id) from moviegoer_interest").query(Long.class).single()).isGreaterThan(150);
    }
}
