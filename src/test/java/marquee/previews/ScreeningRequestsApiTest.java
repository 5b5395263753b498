package marquee.previews;

import static marquee.catalog.CatalogFixtures.aFilm;
import static marquee.catalog.CatalogFixtures.aScreening;
import static marquee.previews.RequestParties.acceptance;
import static marquee.previews.RequestParties.at;
import static marquee.previews.RequestParties.request;
import static org.assertj.core.api.Assertions.assertThat;

import marquee.accounts.AccountFixtures;
import marquee.accounts.AccountFixtures.Person;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.shared.security.Role;
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

/** Screening requests over HTTP: the states, the hall already booked, bad input, who sees what, the audit. */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ScreeningRequestsApiTest {

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

    RequestParties parties;

    @BeforeEach
    void parties() {
        parties = RequestParties.make(accounts, tokens, catalog, port);
    }

    @Test
    void the_chain_accepts_and_the_screening_is_scheduled_in_the_chosen_hall() {
        long id = parties.send(3, 100);
        JsonNode sent = parties.asManager().get("/api/screening-requests/" + id).json();
        assertThat(sent.get("status").asString()).isEqualTo("SENT");
        assertThat(sent.get("kind").asString()).isEqualTo("PREVIEW");
        assertThat(sent.get("invitationOnly").asBoolean()).isTrue();

        Http.Answer accepted = parties.asManager().post("/api/screening-requests/" + id + "/accept", acceptance(parties.medium(), at(3, 19)));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        long screeningId = accepted.json().get("screeningId").asLong();
        assertThat(catalog.screening(screeningId).hallId()).isEqualTo(parties.medium().id());
        assertThat(catalog.screening(screeningId).startsAt()).isEqualTo(at(3, 19));
        assertThat(parties.asDistributor().get("/api/screening-requests/" + id).json().get("status").asString()).isEqualTo("ACCEPTED");
        // Answered: nothing more changes it.
        assertThat(parties.asManager().post("/api/screening-requests/" + id + "/decline", "{\"reason\":\"no\"}").status()).isEqualTo(409);
        assertThat(parties.asDistributor().post("/api/screening-requests/" + id + "/withdraw", "{}").status()).isEqualTo(409);
    }

    @Test
    void a_hall_already_booked_then_is_refused_and_the_request_stays_sent() {
        Film other = aFilm().titled("Already showing " + System.nanoTime()).addTo(catalog);
        catalog.schedule(aScreening(parties.big().id(), other.id(), at(4, 18)));
        long id = parties.send(4, 100);
        long before = count();

        Http.Answer refused = parties.asManager().post("/api/screening-requests/" + id + "/accept", acceptance(parties.big(), at(4, 19)));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("already booked").contains("stays SENT");
        assertThat(parties.asManager().get("/api/screening-requests/" + id).json().get("status").asString()).isEqualTo("SENT");
        assertThat(count()).isEqualTo(before);
        // Another hall is free then.
        assertThat(parties.asManager().post("/api/screening-requests/" + id + "/accept", acceptance(parties.medium(), at(4, 19))).status())
                .isEqualTo(200);
    }

    @Test
    void decline_needs_a_reason_propose_returns_to_sent_when_the_distributor_agrees_and_withdraw_ends_it() {
        long declined = parties.send(5, 50);
        assertThat(parties.asManager().post("/api/screening-requests/" + declined + "/decline", "{\"reason\":\" \"}").status()).isEqualTo(400);
        JsonNode answer = parties.asManager().post("/api/screening-requests/" + declined + "/decline", "{\"reason\":\"Festival week\"}").json();
        assertThat(answer.get("status").asString()).isEqualTo("DECLINED");
        assertThat(answer.get("answerNote").asString()).isEqualTo("Festival week");

        long proposed = parties.send(5, 50);
        String window = "{\"earliestStart\":\"" + at(6, 12) + "\",\"latestStart\":\"" + at(6, 20) + "\",\"note\":\"Sunday is better\"}";
        assertThat(parties.asManager().post("/api/screening-requests/" + proposed + "/propose", window).json().get("status").asString())
                .isEqualTo("PROPOSED");
        // While PROPOSED the chain cannot accept: the distributor has not agreed yet.
        assertThat(parties.asManager().post("/api/screening-requests/" + proposed + "/accept", acceptance(parties.big(), at(6, 15))).status())
                .isEqualTo(409);
        JsonNode agreed = parties.asDistributor().post("/api/screening-requests/" + proposed + "/agree", "{}").json();
        assertThat(agreed.get("status").asString()).isEqualTo("SENT");
        assertThat(agreed.get("earliestStart").asString()).isEqualTo(at(6, 12).toString());
        assertThat(parties.asManager().post("/api/screening-requests/" + proposed + "/accept", acceptance(parties.big(), at(6, 15))).status())
                .isEqualTo(200);

        long withdrawn = parties.send(7, 50);
        assertThat(parties.asDistributor().post("/api/screening-requests/" + withdrawn + "/withdraw", "{}").json().get("status").asString())
                .isEqualTo("WITHDRAWN");
        assertThat(parties.asManager().post("/api/screening-requests/" + withdrawn + "/accept", acceptance(parties.big(), at(7, 15))).status())
                .isEqualTo(409);
    }

    @Test
    void bad_input_is_refused_with_a_clear_message_and_nothing_is_stored() {
        Film notOurs = aFilm().titled("Someone else's " + System.nanoTime()).addTo(catalog);
        long film = parties.film().id();
        long cinema = parties.cinema().id();
        long before = jdbc.sql("select count(*) from screening_request").query(Long.class).single();
        assertBad(request(film, cinema, at(-1, 10), at(2, 10), 50), "earliestStart", "in the past");
        assertBad(request(film, cinema, at(3, 10), at(2, 10), 50), "latestStart", "before");
        assertBad(request(notOurs.id(), cinema, at(2, 10), at(2, 20), 50), "filmId", "not a film of your distributor");
        assertBad(request(film, 987_654_321L, at(2, 10), at(2, 20), 50), "cinemaId", "not a known cinema");
        assertBad(request(film, cinema, at(2, 10), at(2, 20), 500), "minSeats", "biggest hall");
        assertBad("{\"cinemaId\":" + cinema + "}", "filmId", "required");
        assertThat(parties.asDistributor().post("/api/screening-requests", "{\"kind\":\"CONCERT\"}").status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from screening_request").query(Long.class).single()).isEqualTo(before);

        long id = parties.send(8, 150);
        assertAnswerBad(id, acceptance(parties.medium(), at(8, 15)), "hallId", "seats");
        assertAnswerBad(id, acceptance(parties.big(), at(9, 15)), "startsAt", "inside the request's window");
        assertAnswerBad(id, "{\"startsAt\":\"" + at(8, 15) + "\",\"basePriceMinor\":100}", "hallId", "required");
        assertThat(parties.asManager().get("/api/screening-requests/" + id).json().get("status").asString()).isEqualTo("SENT");
    }

    @Test
    void each_side_sees_only_its_own_requests_and_the_operator_sees_all() {
        long id = parties.send(9, 50);
        AccountFixtures people = new AccountFixtures(accounts, tokens);
        Person otherDistributor = people.staff(Role.DISTRIBUTOR_ADMIN);
        Person otherManager = people.staff(Role.CINEMA_MANAGER);
        Person operator = people.staff(Role.OPERATOR);
        for (Person stranger : new Person[] {otherDistributor, otherManager}) {
            Http http = new Http(port).withToken(stranger.token());
            assertThat(http.get("/api/screening-requests/" + id).status()).isEqualTo(404);
            assertThat(http.get("/api/screening-requests").json().toString()).doesNotContain("\"id\":" + id + ",");
        }
        Http other = new Http(port).withToken(otherManager.token());
        assertThat(other.post("/api/screening-requests/" + id + "/accept", acceptance(parties.big(), at(9, 15))).status()).isEqualTo(404);
        assertThat(other.post("/api/screening-requests/" + id + "/decline", "{\"reason\":\"x\"}").status()).isEqualTo(404);
        assertThat(new Http(port).withToken(otherDistributor.token()).post("/api/screening-requests/" + id + "/withdraw", "{}").status())
                .isEqualTo(404);
        // The wrong side of the right tenants: the role rules refuse it.
        assertThat(parties.asDistributor().post("/api/screening-requests/" + id + "/accept", acceptance(parties.big(), at(9, 15))).status())
                .isEqualTo(403);
        assertThat(new Http(port).get("/api/screening-requests/" + id).status()).isIn(401, 403);

        assertThat(parties.asDistributor().get("/api/screening-requests").json().toString()).contains("\"id\":" + id + ",");
        assertThat(parties.asManager().get("/api/screening-requests").json().toString()).contains("\"id\":" + id + ",");
        Http op = new Http(port).withToken(operator.token());
        assertThat(op.get("/api/screening-requests/" + id).status()).isEqualTo(200);
        assertThat(op.get("/api/screening-requests").json().toString()).contains("\"id\":" + id + ",");
    }

    @Test
    void the_page_shows_a_hostile_note_escaped_and_says_why_a_booked_hall_is_refused() {
        Http.Answer sent = parties.asDistributor().post("/api/screening-requests", request(parties.film().id(), parties.cinema().id(),
                at(11, 10), at(11, 22), 50).replace("For climbers", "<script>alert(1)</script>"));
        long id = sent.json().get("id").asLong();
        String page = parties.asManager().get("/screening-requests").body();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");

        Film other = aFilm().titled("Booked " + System.nanoTime()).addTo(catalog);
        catalog.schedule(aScreening(parties.big().id(), other.id(), at(11, 18)));
        String local = at(11, 19).atZone(RequestParties.CHINA).toLocalDateTime().toString();
        Http.Answer refused = parties.asManager().postForm("/screening-requests/" + id + "/accept",
                "hallId=" + parties.big().id() + "&startsAt=" + local + "&basePriceMinor=4500");
        assertThat(refused.status()).isEqualTo(302);
        assertThat(java.net.URLDecoder.decode(refused.header("Location"), java.nio.charset.StandardCharsets.UTF_8)).contains("already booked");
        assertThat(parties.asManager().get("/api/screening-requests/" + id).json().get("status").asString()).isEqualTo("SENT");
    }

    @Test
    void every_action_is_audited() {
        long id = parties.send(10, 50);
        parties.asManager().post("/api/screening-requests/" + id + "/decline", "{\"reason\":\"Full\"}");
        // The staff audit writes its entry as the answer leaves: wait for it rather than race it.
        Eventually.until("the sending audited", () -> actions(parties.distributor()).contains("POST /api/screening-requests"));
        Eventually.until("the declining audited", () -> actions(parties.manager()).contains("POST /api/screening-requests/{id}/decline"));
    }

    private java.util.List<String> actions(Person person) {
        return jdbc.sql("select action from audit_entry where account_id = ?").param(person.id()).query(String.class).list();
    }

    private void assertBad(String body, String field, String message) {
        Http.Answer answer = parties.asDistributor().post("/api/screening-requests", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains(field).contains(message);
    }

    private void assertAnswerBad(long id, String body, String field, String message) {
        Http.Answer answer = parties.asManager().post("/api/screening-requests/" + id + "/accept", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains(field).contains(message);
    }

    private long count() {
        return jdbc.sql("select count(*) from screening where film_id = ?").param(parties.film().id()).query(Long.class).single();
    }

}
