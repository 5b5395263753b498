package marquee.previews;

import static marquee.previews.RequestParties.acceptance;
import static marquee.previews.RequestParties.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import marquee.accounts.AccountFixtures;
import marquee.accounts.AccountFixtures.Person;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.accounts.GeneratedMoviegoer;
import marquee.audience.internal.AudienceData;
import marquee.booking.Buyer;
import marquee.campaigns.HoldoutSplit;
import marquee.catalog.Catalog;
import marquee.catalog.NewCinema;
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

/**
 * Invitations to an invitation-only preview: the invited moviegoer sees it under "Your invitations" and books it with
 * the normal checkout; a held-out or uninvited one neither sees it listed nor can hold a seat; only the request's
 * distributor invites. A public preview before the film's release is open to all and marked as a presale.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ScreeningInvitationsTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Catalog catalog;
    @Autowired
    AudienceData audience;
    @Autowired
    JdbcClient jdbc;

    RequestParties parties;
    AccountFixtures fixtures;

    @BeforeEach
    void parties() {
        parties = RequestParties.make(accounts, tokens, catalog, port);
        catalog.announce(parties.film().id()); // moviegoers see announced films only; it is released in 30 days
        fixtures = new AccountFixtures(accounts, tokens);
    }

    @Test
    void the_invited_book_and_the_held_out_and_uninvited_are_refused_and_do_not_see_it() {
        List<Person> petLovers = petLovers(30);
        audience.invalidate();
        long request = parties.send(3, 100);
        long screeningId = accept(request, 3);

        Http.Answer made = invite(request,
                "{\"segment\":{\"rule\":\"INTERESTS\",\"interest\":\"pets\"},\"holdoutShare\":0.5}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonNode invitations = made.json();
        assertThat(invitations.get("screeningId").asLong()).isEqualTo(screeningId);
        assertThat(invitations.get("invited").asInt() + invitations.get("heldOut").asInt()).isEqualTo(invitations.get("eligible").asInt());
        long seed = invitations.get("seed").asLong();
        Map<Long, Boolean> arms = arms(screeningId);
        arms.forEach((id, heldOut) -> assertThat(HoldoutSplit.heldOut(seed, id, 0.5)).as("arm of " + id).isEqualTo(heldOut));
        Person invited = mine(petLovers, arms, false);
        Person heldOut = mine(petLovers, arms, true);
        Person stranger = fixtures.moviegoer();

        // Invited: listed under "Your invitations", and booked with the normal hold and checkout.
        String page = new Http(port).withToken(invited.token()).get("/tickets").body();
        assertThat(page).contains("Your invitations").contains("/tickets/screenings/" + screeningId).contains("Presale");
        long[] seats = seats(screeningId);
        assertThat(new Http(port).withToken(invited.token()).get("/tickets/screenings/" + screeningId).body())
                .doesNotContain("id=\"invitation-only\"");
        Http.Answer bought = Buyer.of(invited, port).buy(screeningId, seats[0], seats[1]);
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);

        // Held out or never in the segment: not listed, and the hold is refused with the reason, nothing held.
        for (Person outsider : List.of(heldOut, stranger)) {
            assertThat(new Http(port).withToken(outsider.token()).get("/tickets").body())
                    .doesNotContain("/tickets/screenings/" + screeningId);
            assertThat(new Http(port).withToken(outsider.token())
                    .get("/tickets/films/" + parties.film().id() + "?city=Kunming&day=" + at(3, 19).atZone(RequestParties.CHINA).toLocalDate())
                    .body()).doesNotContain("/tickets/screenings/" + screeningId);
            assertThat(new Http(port).withToken(outsider.token()).get("/tickets/screenings/" + screeningId).body())
                    .contains("id=\"invitation-only\"");
            Http.Answer refused = Buyer.of(outsider, port).hold(screeningId, seats[5]);
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.body()).contains("invited guests only");
        }
        assertThat(jdbc.sql("select count(*) from seat_hold where screening_id = ?").param(screeningId).query(Long.class).single())
                .isEqualTo(1);
        // Once per request.
        assertThat(invite(request,
                "{\"segment\":{\"rule\":\"INTERESTS\",\"interest\":\"pets\"}}").status()).isEqualTo(409);
        assertThat(parties.asDistributor().get("/api/screening-requests/" + request + "/invitations").json().get("seed").asLong())
                .isEqualTo(seed);
    }

    @Test
    void invitations_narrowed_to_the_cinemas_city_go_only_to_people_living_there() {
        List<Person> local = petLovers(12, "Kunming");
        catalog.addCinema(new NewCinema("Far Cinema " + System.nanoTime(), "Far Chain", "Lhasa", "Tibet", 4, "Asia/Shanghai", null),
                fixtures.staff(Role.CINEMA_MANAGER).tenantId()); // Lhasa is a city of the market: its people are indexed there
        List<Person> far = petLovers(12, "Lhasa");
        audience.invalidate();
        long request = parties.send(5, 100);
        long screeningId = accept(request, 5);

        Http.Answer made = invite(request,
                "{\"segment\":{\"rule\":\"INTERESTS\",\"interest\":\"pets\",\"cities\":[\" kunming \"]},\"holdoutShare\":0}");

        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("segment").asText()).isEqualTo("INTERESTS pets in kunming");
        Map<Long, Boolean> arms = arms(screeningId);
        assertThat(arms.keySet()).containsAll(local.stream().map(Person::id).toList())
                .doesNotContainAnyElementsOf(far.stream().map(Person::id).toList());
        assertThat(jdbc.sql("select count(*) from screening_invitee i join moviegoer_profile p on p.account_id = i.account_id "
                + "where i.screening_id = ? and p.home_city <> 'Kunming'").param(screeningId).query(Long.class).single()).isZero();
    }

    @Test
    void a_segment_naming_no_city_or_a_city_nobody_lives_in_is_refused_and_nothing_is_stored() {
        petLovers(12);
        audience.invalidate();
        long request = parties.send(6, 100);
        accept(request, 6);

        for (String cities : List.of("[\"\"]", "[\"Atlantis\"]")) {
            Http.Answer bad = invite(request,
                    "{\"segment\":{\"rule\":\"INTERESTS\",\"interest\":\"pets\",\"cities\":" + cities + "}}");
            assertThat(bad.status()).as(bad.body()).isEqualTo(400);
            assertThat(bad.body()).contains("segment");
        }
        assertThat(jdbc.sql("select count(*) from screening_invitation where request_id = ?").param(request).query(Long.class).single())
                .isZero();
    }

    @Test
    void only_the_requests_distributor_invites_and_only_to_an_accepted_invitation_only_request() {
        petLovers(12);
        audience.invalidate();
        long request = parties.send(4, 100);
        String body = "{\"segment\":{\"rule\":\"INTERESTS\",\"interest\":\"pets\"}}";
        // Not accepted yet.
        assertThat(invite(request, body).status()).isEqualTo(409);
        accept(request, 4);
        Person otherDistributor = fixtures.staff(Role.DISTRIBUTOR_ADMIN);
        Http other = new Http(port).withToken(otherDistributor.token());
        assertThat(other.post("/api/screening-requests/" + request + "/invitations", body).status()).isEqualTo(404);
        assertThat(other.get("/api/screening-requests/" + request + "/invitations").status()).isEqualTo(404);
        assertThat(parties.asManager().post("/api/screening-requests/" + request + "/invitations", body).status()).isEqualTo(403);
        // Bad input: a clear 400, nothing stored.
        Http.Answer bad = invite(request,
                "{\"segment\":{\"rule\":\"INTERESTS\",\"interest\":\"pets\"},\"holdoutShare\":0.9}");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("holdoutShare");
        assertThat(jdbc.sql("select count(*) from screening_invitation where request_id = ?").param(request).query(Long.class).single())
                .isZero();
    }

    @Test
    void an_invitation_only_screening_is_listed_to_its_chain_its_distributor_and_the_operator_only() {
        long screeningId = accept(parties.send(6, 100), 6);
        String listing = "/api/screenings?cinema=" + parties.cinema().id() + "&size=100";

        for (Http outsider : List.of(new Http(port), new Http(port).withToken(fixtures.moviegoer().token()),
                new Http(port).withToken(fixtures.staff(Role.CINEMA_MANAGER).token()),
                new Http(port).withToken(fixtures.staff(Role.DISTRIBUTOR_ADMIN).token()))) {
            Http.Answer answer = outsider.get(listing);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(ids(answer.json())).as("listed to an outsider").doesNotContain(screeningId);
        }
        for (Http insider : List.of(parties.asManager(), parties.asDistributor(),
                new Http(port).withToken(fixtures.staff(Role.OPERATOR).token()))) {
            assertThat(ids(insider.get(listing).json())).as("listed to the chain, the distributor and the operator").contains(screeningId);
        }
        // The console's film page lists the film's screenings of a city and day the same way.
        String filmPage = "/films/" + parties.film().id() + "?city=Kunming&date=" + at(6, 19).atZone(RequestParties.CHINA).toLocalDate();
        assertThat(new Http(port).withToken(fixtures.staff(Role.CINEMA_MANAGER).token()).get(filmPage).body())
                .doesNotContain(parties.cinema().name());
        assertThat(parties.asManager().get(filmPage).body()).contains(parties.cinema().name());
        // Still open by its id: the storefront shows the outsider that it is for invited guests only.
        assertThat(new Http(port).get("/api/screenings/" + screeningId).status()).isEqualTo(200);

        String publicRequest = parties.request(7, 50).replace("\"invitationOnly\":true", "\"invitationOnly\":false");
        long publicScreening = accept(parties.asDistributor().post("/api/screening-requests", publicRequest).json().get("id").asLong(), 7);
        assertThat(ids(new Http(port).get(listing).json())).contains(publicScreening).doesNotContain(screeningId);
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(s -> ids.add(s.get("id").asLong()));
        return ids;
    }

    @Test
    void a_public_preview_before_the_release_is_open_to_all_and_sold_as_a_presale() {
        String publicRequest = parties.request(5, 50).replace("\"invitationOnly\":true", "\"invitationOnly\":false");
        Http.Answer sent = parties.asDistributor().post("/api/screening-requests", publicRequest);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long screeningId = accept(sent.json().get("id").asLong(), 5);
        Person anyone = fixtures.moviegoer();

        String page = new Http(port).withToken(anyone.token()).get("/tickets/screenings/" + screeningId).body();
        assertThat(page).contains("id=\"presale\"").contains("Presale");
        assertThat(new Http(port).withToken(anyone.token())
                .get("/tickets/films/" + parties.film().id() + "?city=Kunming&day=" + at(5, 19).atZone(RequestParties.CHINA).toLocalDate())
                .body()).contains("/tickets/screenings/" + screeningId).contains("Presale");
        long[] seats = seats(screeningId);
        Http.Answer bought = Buyer.of(anyone, port).buy(screeningId, seats[0]);
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);

        // On the box office board of the screening's day, the whole of the film's gross is presale.
        String ranking = "/api/boxoffice/ranking?day=" + at(5, 19).atZone(RequestParties.CHINA).toLocalDate();
        Eventually.until("the sale reaches the board", () -> row(parties.asDistributor().get(ranking).json()) != null);
        JsonNode row = row(parties.asDistributor().get(ranking).json());
        assertThat(row.get("grossMinor").asLong()).isPositive();
        assertThat(row.get("presaleGrossMinor").asLong()).isEqualTo(row.get("grossMinor").asLong());
    }

    private JsonNode row(JsonNode ranking) {
        for (JsonNode r : ranking.get("rows")) {
            if (r.get("filmId").asLong() == parties.film().id()) {
                return r;
            }
        }
        return null;
    }

    private long accept(long request, int daysAhead) {
        Http.Answer accepted = parties.asManager().post("/api/screening-requests/" + request + "/accept",
                acceptance(parties.big(), at(daysAhead, 19)));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return accepted.json().get("screeningId").asLong();
    }

    private long[] seats(long screeningId) {
        JsonNode plan = parties.asDistributor().get("/api/screenings/" + screeningId + "/seats").json();
        List<Long> ids = new ArrayList<>();
        plan.get("seats").forEach(s -> ids.add(s.get("seatId").asLong()));
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /** The distributor's invitation of a segment to the screening that answers {@code request}. */
    private Http.Answer invite(long request, String body) {
        return parties.asDistributor().post("/api/screening-requests/" + request + "/invitations", body);
    }

    private Map<Long, Boolean> arms(long screeningId) {
        return jdbc.sql("select account_id, held_out from screening_invitee where screening_id = ?").param(screeningId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getBoolean(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Person mine(List<Person> people, Map<Long, Boolean> arms, boolean heldOut) {
        return people.stream().filter(p -> Boolean.valueOf(heldOut).equals(arms.get(p.id()))).findFirst()
                .orElseThrow(() -> new AssertionError("nobody of the test in the arm held out = " + heldOut));
    }

    private List<Person> petLovers(int count) {
        return petLovers(count, "Kunming");
    }

    private List<Person> petLovers(int count, String homeCity) {
        String batch = "invite" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
        List<GeneratedMoviegoer> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(new GeneratedMoviegoer(batch + "-" + i + "@test.marquee", "Pet lover " + i, 1990, null, homeCity,
                    List.of("pets"), true, List.of()));
        }
        accounts.addPopulation(people);
        return people.stream().map(p -> {
            var account = accounts.accountByEmail(p.email()).orElseThrow();
            return new Person(account, null, tokens.issue(account.id(), "test").secret(), null);
        }).toList();
    }
}
