package marquee.boxoffice;

import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.catalog.Catalog;
import marquee.catalog.CatalogFixtures;
import marquee.catalog.Cinema;
import marquee.catalog.Film;
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

/**
 * The box office API over real HTTP: rankings by scope, bad scopes, market share, imports by API (daily
 * feeds and other sellers' sales) and the history they build.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BoxOfficeApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Catalog catalog;
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

    @Test
    void market_share_answers_for_staff_by_each_dimension_and_names_the_field_of_bad_input() {
        Http analyst = new Http(port).withToken(new AccountFixtures(accounts, tokens).staff(Role.DISTRIBUTOR_ANALYST).token());

        JsonNode share = analyst.get("/api/boxoffice/share?by=genre&from=2029-04-01&to=2029-04-07").json();
        assertThat(share.get("by").asString()).isEqualTo("GENRE");
        assertThat(share.get("note").asString()).contains("equal part");
        assertThat(analyst.get("/api/boxoffice/share?by=distributor").json().get("from").asString())
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(6).toString());
        assertThat(new Http(port).get("/api/boxoffice/share?by=country").status()).isEqualTo(401);
        assertThat(problemField(analyst.get("/api/boxoffice/share?by=galaxy"))).isEqualTo("by");
        assertThat(problemField(analyst.get("/api/boxoffice/share"))).isEqualTo("by");
        assertThat(problemField(analyst.get("/api/boxoffice/share?by=country&from=2029-04-08&to=2029-04-07"))).isEqualTo("from");
        assertThat(problemField(analyst.get("/api/boxoffice/share?by=country&from=2028-01-01&to=2029-04-07"))).isEqualTo("to");
        assertThat(problemField(analyst.get("/api/boxoffice/share?by=country&from=yesterday"))).isEqualTo("from");
        assertThat(analyst.get("/api/boxoffice/records/by-genre").json().get("covers").asString()).contains("no genres");
        assertThat(problemField(analyst.get("/api/boxoffice/records/by-genre?limit=0"))).isEqualTo("limit");
    }

    @Test
    void another_sellers_sales_posted_as_csv_or_json_lines_are_counted_once_and_only_the_operator_may_post_them() throws Exception {
        Film film = CatalogFixtures.aFilm().titled("Fed over HTTP " + System.nanoTime()).releasedOn(java.time.LocalDate.of(2026, 1, 1)).addTo(catalog);
        Cinema cinema = catalog.addCinema(CatalogFixtures.aCinemaIn("Wuhan", 2));
        String csv = """
                sale_id,kind,film_id,cinema_id,screening_starts_at,seats,amount_minor,currency,sold_at,refunds_sale_id
                h-1,SALE,%1$d,%2$d,2029-04-20T19:00:00+08:00,2,9000,CNY,2029-04-19T10:00:00+08:00,
                h-2,SALE,%1$d,%2$d,2029-04-20T19:00:00+08:00,1,-4500,CNY,2029-04-19T10:00:00+08:00,
                """.formatted(film.id(), cinema.id());
        String jsonLines = """
                {"sale_id":"h-3","kind":"REFUND","film_id":%1$d,"cinema_id":%2$d,"screening_starts_at":"2029-04-20T19:00:00+08:00","seats":1,"amount_minor":4500,"currency":"CNY","sold_at":"2029-04-19T12:00:00+08:00","refunds_sale_id":"h-1"}
                """.formatted(film.id(), cinema.id());

        JsonNode report = post("/api/boxoffice/sale-imports?source=http-seller", "text/csv", csv, operatorToken);
        assertThat(report.get("stored").asLong()).isEqualTo(1);
        assertThat(report.get("rejected").get(0).get("line").asLong()).isEqualTo(3);
        assertThat(report.get("rejected").get(0).get("reason").asString()).startsWith("negative amount");
        assertThat(post("/api/boxoffice/sale-imports?source=http-seller", "text/csv", csv, operatorToken).get("unchanged").asLong()).isEqualTo(1);
        assertThat(post("/api/boxoffice/sale-imports?source=http-seller", "application/x-ndjson", jsonLines, operatorToken)
                .get("stored").asLong()).isEqualTo(1);

        Http http = new Http(port).withToken(operatorToken);
        JsonNode ranking = http.get("/api/boxoffice/ranking?day=2029-04-20&scope=cinema&value=" + cinema.id()).json();
        assertThat(ranking.get("totalGrossMinor").asLong()).isEqualTo(4_500);
        String analyst = new AccountFixtures(accounts, tokens).staff(Role.DISTRIBUTOR_ANALYST).token();
        assertThat(send("/api/boxoffice/sale-imports", "text/csv", csv, analyst).statusCode()).isEqualTo(403);
        assertThat(send("/api/boxoffice/sale-imports?source=marquee", "text/csv", csv, operatorToken).statusCode()).isEqualTo(400);
    }

    private static String problemField(Http.Answer answer) {
        assertThat(answer.status()).isEqualTo(400);
        return answer.json().get("errors").get(0).get("field").asString();
    }

    private JsonNode postCsv(String path, String csv) throws IOException, InterruptedException {
        return post(path, "text/csv", csv, operatorToken);
    }

    private JsonNode post(String path, String contentType, String body, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = send(path, contentType, body, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    private HttpResponse<String> send(String path, String contentType, String body, String token) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", contentType).header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
