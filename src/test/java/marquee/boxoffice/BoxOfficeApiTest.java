package marquee.boxoffice;

import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The box office API over real HTTP: rankings by scope, bad scopes, import by API and the history it builds. */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BoxOfficeApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    /** The box office is for staff; imports are the operator's. */
    String operatorToken;

    @BeforeEach
    void operator() {
        operatorToken = new AccountFixtures(accounts, tokens).staff(Role.OPERATOR).token();
    }

    @Test
    void the_box_office_is_for_staff_and_imports_for_the_operator() {
        Http anonymous = new Http(port);
        assertThat(anonymous.get("/api/boxoffice/ranking").status()).isEqualTo(401);
        String analyst = new AccountFixtures(accounts, tokens).staff(Role.DISTRIBUTOR_ANALYST).token();
        assertThat(anonymous.withToken(analyst).get("/api/boxoffice/ranking").status()).isEqualTo(200);
        assertThat(anonymous.withToken(analyst).send("POST", "/api/boxoffice/imports", "x").status()).isEqualTo(403);
    }

    @Test
    void a_ranking_answers_for_each_scope_and_refuses_a_scope_without_its_value() {
        Http http = new Http(port).withToken(operatorToken);

        assertThat(http.get("/api/boxoffice/ranking?day=2026-11-25").json().get("scope").get("level").asString()).isEqualTo("MARKET");
        assertThat(http.get("/api/boxoffice/ranking?day=2026-11-25&scope=city&value=Beijing").status()).isEqualTo(200);
        assertThat(http.get("/api/boxoffice/ranking?scope=city").status()).isEqualTo(400);
        assertThat(http.get("/api/boxoffice/ranking?scope=galaxy&value=x").status()).isEqualTo(400);
        assertThat(http.get("/api/boxoffice/ranking?scope=tier&value=one").status()).isEqualTo(400);
        assertThat(http.get("/api/boxoffice/ranking?day=someday").status()).isEqualTo(400);
    }

    @Test
    void a_csv_posted_to_imports_is_reported_and_becomes_history() throws Exception {
        String csv = """
                film_id,title,release_date,date,gross,admissions,screenings
                api-1,Snow Leopard,2026-03-01,2026-03-01,12000.00,300,40
                api-1,Snow Leopard,2026-03-01,2026-03-02,9000.00,220,38
                api-1,Snow Leopard,2026-03-01,2026-03-03,-1,220,38
                """;

        JsonNode report = postCsv("/api/boxoffice/imports?source=api-test", csv);
        assertThat(report.get("stored").asLong()).isEqualTo(2);
        assertThat(report.get("rejected").get(0).get("line").asLong()).isEqualTo(4);
        assertThat(report.get("rejected").get(0).get("reason").asString()).startsWith("negative gross");
        assertThat(postCsv("/api/boxoffice/imports?source=api-test", csv).get("stored").asLong()).isZero();

        Http http = new Http(port).withToken(operatorToken);
        JsonNode films = http.get("/api/boxoffice/history/films?source=api-test").json();
        long id = films.get("items").get(0).get("id").asLong();
        JsonNode curve = http.get("/api/boxoffice/history/films/" + id).json();
        assertThat(curve.get("film").get("totalGrossMinor").asLong()).isEqualTo(2_100_000);
        assertThat(curve.get("days").findValuesAsString("day")).containsExactly("2026-03-01", "2026-03-02");
        assertThat(http.get("/api/boxoffice/history/films/987654").status()).isEqualTo(404);
    }

    private JsonNode postCsv(String path, String csv) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "text/csv").header("Authorization", "Bearer " + operatorToken).POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }
}
