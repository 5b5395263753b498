package marquee.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import marquee.booking.Buyer;
import marquee.booking.Shows;
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
 * The moviegoer's own storefront pages (issue 19 item 4) over HTTP: sign-up, profile, consent with its history,
 * my data; bad input shows a sentence and changes nothing; one moviegoer never sees another's data.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MoviegoerPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

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

    AccountFixtures people;

    @BeforeEach
    void setUp() {
        people = new AccountFixtures(accounts, tokens);
    }

    @Test
    void anyone_signs_up_on_the_page_and_a_bad_form_says_why_and_creates_nothing() {
        Http browser = new Http(port).withCookies();
        Http.Answer form = browser.get("/tickets/signup");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"signup-form\"", "At least 12 characters.");
        String email = "new-" + System.nanoTime() + "@test.marquee";

        Http.Answer bad = browser.postForm("/tickets/signup",
                withCsrf(csrf(form), "email", "not an email", "password", "short", "displayName", "Nina"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("The email must be a valid address", "The password must be 12 to 200 characters long.",
                "value=\"Nina\"");
        assertThat(accounts.accountByEmail("not an email")).isEmpty();

        Http.Answer done = browser.postForm("/tickets/signup",
                withCsrf(csrf(bad), "email", email, "password", AccountFixtures.PASSWORD, "displayName", "Nina"));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("id=\"signed-up\"", "If this email had no account yet, it has one now.");
        assertThat(accounts.accountByEmail(email)).get().extracting(Account::displayName, Account::role)
                .containsExactly("Nina", Role.MOVIEGOER);

        // The same email again: the same page (sign-up cannot probe emails), still one account.
        Http.Answer again = browser.postForm("/tickets/signup",
                withCsrf(csrf(done), "email", email, "password", AccountFixtures.PASSWORD, "displayName", "Other"));
        assertThat(again.body()).contains("id=\"signed-up\"");
        assertThat(accounts.accountByEmail(email).orElseThrow().displayName()).isEqualTo("Nina");

        assertThat(new Http(port).withCookies().get("/tickets/signup?lang=zh").body()).contains("注册", "至少 12 个字符。");
    }

    @Test
    void the_profile_page_changes_name_city_birth_year_gender_and_interests_and_a_bad_field_changes_nothing() {
        AccountFixtures.Person ann = people.moviegoer();
        Http http = new Http(port).withToken(ann.token());

        Http.Answer bad = http.postForm("/tickets/me/profile", form("displayName", "Ann", "homeCity", "Chengdu",
                "birthYear", "nineteen", "gender", "FEMALE", "interests", "anime", "interests", "no-such-tag"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("nothing was changed", "The birth year must be a year between 1900 and",
                "Choose interests from the list");
        assertThat(accounts.profile(ann.id()).homeCity()).isNull();
        assertThat(accounts.profile(ann.id()).interests()).isEmpty();

        Http.Answer saved = http.postForm("/tickets/me/profile", form("displayName", "Ann Lee", "homeCity", "Chengdu",
                "birthYear", "1994", "gender", "FEMALE", "interests", "anime", "interests", "rock-climbing"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).endsWith("/tickets/me?saved=profile");
        MoviegoerProfile profile = accounts.profile(ann.id());
        assertThat(profile.homeCity()).isEqualTo("Chengdu");
        assertThat(profile.birthYear()).isEqualTo(1994);
        assertThat(profile.gender()).isEqualTo(Gender.FEMALE);
        assertThat(profile.interests()).containsExactly("anime", "rock-climbing");
        assertThat(accounts.account(ann.id()).displayName()).isEqualTo("Ann Lee");

        String page = http.get("/tickets/me?saved=profile").body();
        assertThat(page).contains("Your profile is saved.", "value=\"Ann Lee\"", "value=\"Chengdu\"", "value=\"1994\"");
        assertThat(checkedInterests(page)).containsExactly("anime", "rock-climbing");
        assertThat(http.get("/tickets/me?lang=zh").body()).contains("个人资料", "攀岩与户外");
    }

    @Test
    void consent_changes_are_kept_with_where_they_were_made_and_shown_on_the_profile_page() {
        AccountFixtures.Person ann = people.moviegoer();
        Http http = new Http(port).withToken(ann.token());
        assertThat(http.get("/tickets/me").body()).contains("You do not receive offers.", "No change yet.");

        assertThat(http.postForm("/tickets/me/consent", form("marketing", "maybe")).status()).isEqualTo(400);
        assertThat(accounts.consentHistory(ann.id(), 10)).isEmpty();

        assertThat(http.postForm("/tickets/me/consent", form("marketing", "true")).status()).isEqualTo(302);
        assertThat(accounts.profile(ann.id()).marketingConsent()).isTrue();
        assertThat(http.put("/api/me/consent", "{\"marketing\":false}").status()).isEqualTo(200);

        assertThat(accounts.consentHistory(ann.id(), 10)).extracting(ConsentChange::marketing, ConsentChange::via)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(false, ConsentChange.Via.API),
                        org.assertj.core.groups.Tuple.tuple(true, ConsentChange.Via.PAGE));
        String page = http.get("/tickets/me").body();
        assertThat(page).contains("You do not receive offers.", "Consent withdrawn", "through the app or the API",
                "Consent given", "on this page");
        assertThat(http.get("/api/me/data").json().get("account").get("consentHistory")).hasSize(2);
    }

    @Test
    void each_moviegoer_sees_only_their_own_pages_and_staff_and_strangers_see_none() {
        AccountFixtures.Person ann = people.moviegoer();
        AccountFixtures.Person bob = people.moviegoer();
        accounts.rename(ann.id(), "Ann Secret");
        accounts.changeProfile(ann.id(), new ProfileChange(1990, null, "Xi'an Secret", List.of()));
        String bobsPage = new Http(port).withToken(bob.token()).get("/tickets/me").body();
        assertThat(bobsPage).doesNotContain("Ann Secret", "Secret");
        assertThat(new Http(port).withToken(bob.token()).get("/tickets/me/data").body())
                .contains(bob.account().email()).doesNotContain(ann.account().email());

        // Another's ticket is "not found", exactly as a code that does not exist.
        Shows.Show show = Shows.in(catalog).add();
        String code = new Buyer(ann.id(), new Http(port).withToken(ann.token())).buy(show.screeningId(), show.seat(0)).json()
                .get("tickets").get(0).get("code").asString();
        assertThat(new Http(port).withToken(ann.token()).get("/tickets/mine/" + code).body()).contains("id=\"qr\"", code);
        assertThat(new Http(port).withToken(bob.token()).get("/tickets/mine/" + code).status()).isEqualTo(404);
        assertThat(new Http(port).withToken(bob.token()).get("/tickets/mine/NOSUCHCODE").status()).isEqualTo(404);

        Http staff = new Http(port).withToken(people.staff(Role.OPERATOR).token());
        for (String path : List.of("/tickets/me", "/tickets/me/data", "/tickets/mine/" + code)) {
            assertThat(staff.get(path).status()).as(path).isEqualTo(403);
            assertThat(new Http(port).get(path).status()).as(path).isIn(302, 401);
        }
        assertThat(staff.postForm("/tickets/me/profile", form("displayName", "x")).status()).isEqualTo(403);
    }

    @Test
    void my_data_deletes_only_after_the_email_is_typed_again() {
        AccountFixtures.Person ann = people.moviegoer();
        accounts.setMarketingConsent(ann.id(), true);
        Http http = new Http(port).withToken(ann.token());
        String page = http.get("/tickets/me/data").body();
        assertThat(page).contains("href=\"/api/me/data\"", "id=\"delete-form\"", ann.account().email());

        Http.Answer wrong = http.postForm("/tickets/me/data/deletion", form("confirmEmail", "someone@else.test"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("nothing was deleted");
        assertThat(accounts.account(ann.id()).email()).isEqualTo(ann.account().email());

        Http.Answer gone = http.postForm("/tickets/me/data/deletion", form("confirmEmail", ann.account().email().toUpperCase()));
        assertThat(gone.status()).isEqualTo(302);
        assertThat(gone.header("Location")).endsWith("/tickets/forgotten");
        assertThat(accounts.account(ann.id()).email()).isEqualTo("forgotten-" + ann.id() + "@invalid.marquee");
        assertThat(accounts.consentHistory(ann.id(), 10).getFirst().via()).isEqualTo(ConsentChange.Via.FORGET);
        assertThat(new Http(port).get("/tickets/forgotten").body()).contains("Your data is deleted");
    }

    private static String csrf(Http.Answer page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("the form carries a CSRF token").isTrue();
        return m.group(1);
    }

    private static String withCsrf(String csrf, String... pairs) {
        String[] all = new String[pairs.length + 2];
        all[0] = "_csrf";
        all[1] = csrf;
        System.arraycopy(pairs, 0, all, 2, pairs.length);
        return form(all);
    }

    private static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private static List<String> checkedInterests(String page) {
        Matcher m = Pattern.compile("name=\"interests\" value=\"([^\"]+)\" checked").matcher(page);
        List<String> checked = new java.util.ArrayList<>();
        while (m.find()) {
            checked.add(m.group(1));
        }
        return checked;
    }
}
