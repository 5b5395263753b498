package marquee.forecasting;

import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import marquee.accounts.AccountFixtures;
import marquee.accounts.AccountFixtures.Person;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.catalog.Catalog;
import marquee.shared.security.Role;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The catalog forecast API's authorisation: staff read forecasts of films they may see, another distributor's
 * unannounced film is 404, the match is changed by the film's distributor only (404 for another, 403 for a chain).
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CatalogForecastApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Catalog catalog;

    @Test
    void the_owner_reads_and_confirms_others_get_404_and_chains_may_not_change_a_match() {
        assumeTrue(Files.isReadable(Path.of("../shared/data/china-maoyan-daily/daily.csv")), "../shared/data is not here");
        AccountFixtures fixtures = new AccountFixtures(accounts, tokens);
        Person owner = fixtures.staff(Role.DISTRIBUTOR_ADMIN);
        Person other = fixtures.staff(Role.DISTRIBUTOR_ADMIN);
        Person chain = fixtures.staff(Role.CINEMA_MANAGER);
        long secret = aFilm().titled("让子弹飞").releasedOn(LocalDate.of(2011, 6, 1)).unannounced()
                .ownedBy(owner.tenantId()).addTo(catalog).id();
        long announced = aFilm().titled("Announced forecast film").ownedBy(owner.tenantId()).addTo(catalog).id();
        Http http = new Http(port);
        String path = "/api/films/" + secret + "/forecast";

        Http.Answer mine = http.withToken(owner.token()).get(path);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.json().get("match").get("state").asText()).isEqualTo("SUGGESTED");
        assertThat(mine.json().get("match").get("film").get("filmId").asText()).isEqualTo("maoyan-182");
        assertThat(http.withToken(other.token()).get(path).status()).isEqualTo(404);
        assertThat(http.get(path).status()).isEqualTo(401);
        assertThat(http.withToken(chain.token()).get("/api/films/" + announced + "/forecast").status()).isEqualTo(200);

        assertThat(http.withToken(other.token()).put(path + "/match", "{\"noMatch\": true}").status()).isEqualTo(404);
        assertThat(http.withToken(other.token()).put("/api/films/" + announced + "/forecast/match", "{\"noMatch\": true}")
                .status()).isEqualTo(404);
        assertThat(http.withToken(chain.token()).put("/api/films/" + announced + "/forecast/match", "{\"noMatch\": true}")
                .status()).isEqualTo(403);
        assertThat(http.withToken(owner.token()).put(path + "/match", "{}").status()).isEqualTo(400);
        assertThat(http.withToken(owner.token()).put(path + "/match", "{\"historyFilmId\": \"nope\"}").status()).isEqualTo(400);
        Http.Answer fixed = http.withToken(owner.token()).put(path + "/match", "{\"historyFilmId\": \"maoyan-3\"}");
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        assertThat(fixed.json().get("state").asText()).isEqualTo("CONFIRMED");
        assertThat(http.withToken(owner.token()).get(path + "/match").json().get("film").get("filmId").asText())
                .isEqualTo("maoyan-3");
    }
}
