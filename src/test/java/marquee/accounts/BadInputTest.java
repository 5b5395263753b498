package marquee.accounts;

import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import marquee.accounts.AccountFixtures.Person;
import marquee.catalog.Catalog;
import marquee.shared.security.Role;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hostile and broken input: malformed JSON, wrong types, unknown fields, bodies over 1 MiB, and SQL or
 * script in text fields. Always a 4xx problem or safe storage, never a 500, and nothing stored when refused.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BadInputTest {

    static final List<String> NASTY = List.of("Robert'); DROP TABLE film;--", "<script>alert('x')</script>",
            "' OR '1'='1", "%_\\", "${7*7} #{7*7} {{7*7}}", "null", "😀 电影 \u0000");

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

    Http anonymous;
    Http operator;
    Person moviegoer;

    @BeforeEach
    void callers() {
        anonymous = new Http(port);
        AccountFixtures fixtures = new AccountFixtures(accounts, tokens);
        operator = anonymous.withToken(fixtures.staff(Role.OPERATOR).token());
        moviegoer = fixtures.moviegoer();
    }

    long films() {
        return jdbc.sql("select count(*) from film").query(Long.class).single();
    }

    @Test
    void broken_json_is_a_400_problem_and_nothing_is_stored() {
        long before = films();
        List<String> bodies = List.of("{\"originalTitle\": \"x\",", "[]", "\"just a string\"", "",
                "{\"originalTitle\": \"x\", \"genres\": [\"Drama\"], \"runtimeMin\": \"long\", \"country\": \"Japan\"}",
                "{\"originalTitle\": \"x\", \"genres\": [\"Drama\"], \"runtimeMin\": 90, \"country\": \"Japan\", \"distributorTenantId\": 1}",
                "{\"originalTitle\": {\"$gt\": \"\"}, \"genres\": [\"Drama\"], \"runtimeMin\": 90, \"country\": \"Japan\"}",
                "{\"originalTitle\": \"x\", \"genres\": [\"Drama\"], \"runtimeMin\": 1e400, \"country\": \"Japan\"}");
        for (String body : bodies) {
            Http.Answer answer = operator.post("/api/films", body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.contentType()).as(body).startsWith("application/problem+json");
        }
        for (String path : List.of("/api/session", "/api/signup", "/api/tenants")) {
            assertThat(operator.post(path, "{not json").status()).as(path).isEqualTo(400);
            assertThat(operator.post(path, "{\"email\": 5, \"password\": [], \"extra\": true}").status()).as(path).isEqualTo(400);
        }
        assertThat(anonymous.withToken(moviegoer.token()).put("/api/me/profile", "{\"birthYear\": \"old\"}").status()).isEqualTo(400);
        assertThat(anonymous.withToken(moviegoer.token()).put("/api/me/consent", "{\"marketing\": \"maybe\"}").status()).isEqualTo(400);
        assertThat(films()).isEqualTo(before);
    }

    @Test
    void a_body_over_one_mebibyte_is_refused_with_413_and_nothing_is_stored() {
        long before = films();
        String huge = Http.json(aFilm().titled("Huge").build()).replace("\"synopsis\":null", "\"synopsis\":\"" + "x".repeat(1_100_000) + "\"");
        assertThat(huge.length()).isGreaterThan(1_048_576);

        Http.Answer answer = operator.post("/api/films", huge);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.post("/api/signup", "{\"email\": \"" + "a".repeat(1_100_000) + "\"}").status()).isEqualTo(413);
        Http.Answer chunked = operator.postChunked("/api/films", huge);
        assertThat(chunked.status()).isIn(400, 413);
        assertThat(chunked.contentType()).startsWith("application/problem+json");
        assertThat(operator.postChunked("/api/films", Http.json(aFilm().titled("Small and chunked").build())).status()).isEqualTo(201);
        assertThat(films()).isEqualTo(before + 1);
    }

    @Test
    void sql_and_script_in_text_fields_are_stored_as_plain_text_and_escaped_on_pages() {
        for (String nasty : NASTY) {
            String body = Http.json(aFilm().titled(nasty.replace("\u0000", "")).build());
            Http.Answer created = operator.post("/api/films", body);
            assertThat(created.status()).as(nasty).isEqualTo(201);
            long id = created.json().get("id").asLong();
            assertThat(catalog.film(id).originalTitle()).isEqualTo(nasty.replace("\u0000", "").trim());
            assertThat(anonymous.get("/api/films?q=" + java.net.URLEncoder.encode(nasty, java.nio.charset.StandardCharsets.UTF_8)).status())
                    .as(nasty).isLessThan(500);
        }
        assertThat(jdbc.sql("select count(*) from film").query(Long.class).single()).isPositive();
        long script = jdbc.sql("select id from film where original_title = ?").param("<script>alert('x')</script>")
                .query(Long.class).list().getFirst();
        String page = anonymous.get("/films/" + script).body();
        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
    }

    @Test
    void hostile_profile_and_sign_up_input_is_refused_or_stored_safely() {
        Http me = anonymous.withToken(moviegoer.token());
        Http.Answer unknownTag = me.put("/api/me/profile", Http.json(Map.of("interests", List.of("anime", "'; drop table account;--"))));
        assertThat(unknownTag.status()).isEqualTo(400);
        assertThat(unknownTag.json().get("errors").get(0).get("field").asString()).isEqualTo("interests[1]");
        assertThat(me.get("/api/me/profile").json().get("interests").size()).isZero();

        Http.Answer city = me.put("/api/me/profile", Http.json(Map.of("homeCity", "<img src=x onerror=alert(1)>",
                "birthYear", 1995, "gender", "FEMALE", "interests", List.of("anime", "classics"))));
        assertThat(city.status()).isEqualTo(200);
        assertThat(city.json().get("homeCity").asString()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(me.put("/api/me/profile", "{\"gender\": \"ROBOT\"}").status()).isEqualTo(400);
        assertThat(me.put("/api/me/profile", "{\"birthYear\": 1800}").status()).isEqualTo(400);

        for (String nasty : NASTY) {
            Http.Answer signUp = anonymous.post("/api/signup", Http.json(Map.of("email", nasty, "password", "long enough password")));
            assertThat(signUp.status()).as(nasty).isEqualTo(400);
            Http.Answer signIn = anonymous.post("/api/session", Http.json(Map.of("email", nasty, "password", nasty)));
            assertThat(signIn.status()).as(nasty).isIn(400, 401);
        }
    }
}
