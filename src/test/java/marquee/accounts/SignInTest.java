package marquee.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import marquee.accounts.AccountFixtures.Person;
import marquee.shared.security.Role;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-up and sign-in over HTTP: sessions, CSRF, generic refusals, lockout, rate limits, password storage. */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    Http anonymous;
    AccountFixtures fixtures;

    @BeforeEach
    void client() {
        anonymous = new Http(port);
        fixtures = new AccountFixtures(accounts, tokens);
    }

    static String credentials(String email, String password) {
        return Http.json(Map.of("email", email, "password", password));
    }

    @Test
    void anonymous_calls_of_staff_apis_answer_401_problems_never_a_redirect() {
        for (String path : List.of("/api/tenants", "/api/audit", "/api/me", "/api/me/tokens")) {
            Http.Answer answer = anonymous.get(path);
            assertThat(answer.status()).as(path).isEqualTo(401);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(anonymous.withToken("mq_not-a-token").get("/api/films").status()).isEqualTo(401);
    }

    @Test
    void a_moviegoer_signs_up_signs_in_with_a_session_cookie_and_writes_with_the_csrf_token() {
        Http browser = anonymous.withCookies();
        assertThat(browser.post("/api/signup", Http.json(Map.of("email", "Lin.Mei@Example.com",
                "password", "a long enough password"))).status()).isEqualTo(202);

        Http.Answer signedIn = browser.post("/api/session", credentials("lin.mei@example.com", "a long enough password"));

        assertThat(signedIn.status()).isEqualTo(200);
        String cookie = signedIn.header("Set-Cookie");
        assertThat(cookie).contains("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(browser.get("/api/me").json().get("account").get("role").asString()).isEqualTo("MOVIEGOER");
        // A session write without the CSRF token is what a forged cross-site request looks like.
        assertThat(browser.put("/api/me/consent", "{\"marketing\": true}").status()).isEqualTo(403);
        String csrf = signedIn.json().get("csrfToken").asString();
        Http.Answer consent = browser.withHeader("X-CSRF-TOKEN", csrf).put("/api/me/consent", "{\"marketing\": true}");
        assertThat(consent.status()).isEqualTo(200);
        assertThat(consent.json().get("marketingConsent").asBoolean()).isTrue();
        assertThat(consent.json().get("consentChangedAt").isNull()).isFalse();
        Http.Answer withdrawn = browser.withHeader("X-CSRF-TOKEN", csrf).put("/api/me/consent", "{\"marketing\": false}");
        assertThat(withdrawn.json().get("marketingConsent").asBoolean()).isFalse();

        assertThat(browser.withHeader("X-CSRF-TOKEN", csrf).delete("/api/session").status()).isEqualTo(204);
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
        assertThat(browser.post("/api/session", credentials("lin.mei@example.com", "a long enough password")).status())
                .as("signing in again after signing out").isEqualTo(200);
    }

    @Test
    void signing_up_twice_with_one_email_answers_the_same_and_keeps_the_first_password() {
        String email = "twice-" + System.nanoTime() + "@example.com";
        Http.Answer first = anonymous.post("/api/signup", Http.json(Map.of("email", email, "password", "first password 123")));
        Http.Answer second = anonymous.post("/api/signup", Http.json(Map.of("email", email, "password", "second password 456")));

        assertThat(second.status()).isEqualTo(first.status());
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(anonymous.post("/api/session", credentials(email, "first password 123")).status()).isEqualTo(200);
    }

    @Test
    void the_console_signs_in_through_a_form_with_a_csrf_token_and_a_new_session_id() {
        Person staff = fixtures.staff(Role.DISTRIBUTOR_ADMIN);
        Http browser = anonymous.withCookies();
        Http.Answer page = browser.get("/login");
        Matcher csrf = CSRF_FIELD.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String sessionBefore = page.header("Set-Cookie");

        Http.Answer noToken = browser.postForm("/login", form(staff.account().email(), staff.password(), null));
        assertThat(noToken.status()).isEqualTo(403);
        Http.Answer signedIn = browser.postForm("/login", form(staff.account().email(), staff.password(), csrf.group(1)));

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).endsWith("/account");
        assertThat(signedIn.header("Set-Cookie")).isNotNull().isNotEqualTo(sessionBefore);
        assertThat(browser.get("/account").body()).contains(staff.account().email());
    }

    @Test
    void signing_in_goes_on_to_the_page_of_this_site_it_was_asked_for_and_never_to_another_site() {
        Person person = fixtures.moviegoer();
        Map<String, String> landings = Map.of(
                "/tickets/screenings/7?seats=1,2", "/tickets/screenings/7?seats=1,2",
                "//evil.example/x", "/account",
                "https://evil.example/", "/account",
                "/\\evil.example", "/account");
        landings.forEach((next, landing) -> {
            Http browser = anonymous.withCookies();
            Matcher csrf = CSRF_FIELD.matcher(browser.get("/login?next=" + encode(next)).body());
            assertThat(csrf.find()).isTrue();
            Http.Answer signedIn = browser.postForm("/login",
                    form(person.account().email(), person.password(), csrf.group(1)) + "&next=" + encode(next));
            assertThat(signedIn.header("Location")).as(next).endsWith(landing);
        });
    }

    @Test
    void refusals_say_the_same_for_an_unknown_email_a_wrong_password_and_a_locked_account() {
        Person person = fixtures.moviegoer();
        String email = person.account().email();
        Http.Answer unknown = anonymous.post("/api/session", credentials("nobody-" + System.nanoTime() + "@example.com", "whatever it is"));
        Http.Answer wrong = anonymous.post("/api/session", credentials(email, "not the password"));

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("detail")).isEqualTo(unknown.json().get("detail"));
        for (int i = 0; i < 4; i++) {
            anonymous.post("/api/session", credentials(email, "still not it"));
        }
        Http.Answer locked = anonymous.post("/api/session", credentials(email, person.password()));
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().get("detail")).isEqualTo(unknown.json().get("detail"));
        Person other = fixtures.moviegoer();
        assertThat(anonymous.post("/api/session", credentials(other.account().email(), other.password())).status()).isEqualTo(200);
    }

    @Test
    void too_many_attempts_for_one_account_answer_429_with_retry_after() {
        String email = "hammered-" + System.nanoTime() + "@example.com";
        Http.Answer last = null;
        for (int i = 0; i < 11; i++) {
            last = anonymous.post("/api/session", credentials(email, "guess number " + i));
        }

        assertThat(last.status()).isEqualTo(429);
        assertThat(Long.parseLong(last.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(last.contentType()).startsWith("application/problem+json");
    }

    @Test
    void no_password_or_token_secret_is_stored_in_plain_text_anywhere_in_the_database() {
        Person staff = fixtures.staff(Role.OPERATOR);
        String password = "plain text must never be stored 42";
        anonymous.post("/api/signup", Http.json(Map.of("email", "plain-" + System.nanoTime() + "@example.com", "password", password)));

        List<String> columns = jdbc.sql("""
                select table_name || '.' || column_name from information_schema.columns
                where lower(table_schema) = 'public' and lower(data_type) in ('character varying', 'text', 'character')""")
                .query(String.class).list();
        assertThat(columns).contains("account.password_hash", "api_token.token_hash");
        for (String column : columns) {
            String[] parts = column.split("\\.");
            long hits = jdbc.sql("select count(*) from " + parts[0] + " where " + parts[1] + " like ? or " + parts[1] + " like ?")
                    .params("%" + password + "%", "%" + staff.token() + "%").query(Long.class).single();
            assertThat(hits).as(column).isZero();
        }
        assertThat(jdbc.sql("select password_hash from account where id = ?").param(staff.id()).query(String.class).single())
                .startsWith("{bcrypt}$2");
    }

    @Test
    void a_token_is_created_listed_and_revoked_through_the_api_and_stops_working() {
        Person staff = fixtures.staff(Role.DISTRIBUTOR_ANALYST);
        Http.Answer issued = anonymous.withToken(staff.token()).post("/api/me/tokens", "{\"name\": \"reporting\"}");
        assertThat(issued.status()).isEqualTo(201);
        String secret = issued.json().get("secret").asString();
        long id = issued.json().get("token").get("id").asLong();
        assertThat(anonymous.withToken(secret).get("/api/me").status()).isEqualTo(200);
        assertThat(anonymous.withToken(staff.token()).get("/api/me/tokens").body()).doesNotContain(secret);

        assertThat(anonymous.withToken(secret).delete("/api/me/tokens/" + id).status()).isEqualTo(204);

        assertThat(anonymous.withToken(secret).get("/api/me").status()).isEqualTo(401);
    }

    private static String form(String email, String password, String csrf) {
        return "email=" + encode(email) + "&password=" + encode(password) + (csrf == null ? "" : "&_csrf=" + encode(csrf));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
