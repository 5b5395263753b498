package marquee.campaigns;

import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
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
import marquee.booking.Shows;
import marquee.booking.Shows.Show;
import marquee.catalog.Catalog;
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
 * A distributor's targeted offer to moviegoers who like pets, with half of them held out at random: the held-out
 * never get the offer, the split is the stored seed's, only consenting moviegoers are in it, and every purchase of
 * the film by either arm feeds the lift.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TargetedOfferTest {

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

    AccountFixtures fixtures;
    Person distributor;
    Http staff;
    Show show;
    long campaignId;
    List<Person> consenting;
    List<Person> refusing;

    @BeforeEach
    void aCampaignAndMoviegoersWhoLikePets() {
        fixtures = new AccountFixtures(accounts, tokens);
        distributor = fixtures.staff(Role.DISTRIBUTOR_ADMIN);
        staff = new Http(port).withToken(distributor.token());
        show = Shows.in(catalog).hall(10, 10)
                .showing(aFilm().titled("Offer test film " + SEQUENCE.incrementAndGet()).ownedBy(distributor.tenantId())).add();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Http.Answer campaign = staff.post("/api/campaigns", Http.json(Map.of("filmId", show.filmId(), "name", "Pet lovers",
                "budgetMinor", 1_000_000, "startsOn", today.minusDays(1).toString(), "endsOn", today.plusDays(30).toString(),
                "phases", List.of(Map.of("name", "All", "startsOn", today.minusDays(1).toString(),
                        "endsOn", today.plusDays(30).toString(), "budgetMinor", 1_000_000)))));
        assertThat(campaign.status()).as(campaign.body()).isEqualTo(201);
        campaignId = campaign.json().get("id").asLong();
        consenting = moviegoers(30, true);
        refusing = moviegoers(8, false);
        audience.invalidate();
    }

    @Test
    void only_consenting_moviegoers_are_eligible_and_the_split_is_reproducible_from_the_stored_seed() {
        Person withdrewJustNow = consenting.getFirst();
        audience.snapshot(); // the index still has them as consenting...
        accounts.setMarketingConsent(withdrewJustNow.id(), false); // ...when they withdraw, before the offer is made

        JsonNode offer = makeOffer(0.5);

        Map<Long, Boolean> members = members(offer.get("channelId").asLong());
        assertThat(members.keySet()).containsAll(ids(consenting.subList(1, consenting.size())))
                .doesNotContainAnyElementsOf(ids(refusing)).doesNotContain(withdrewJustNow.id());
        long seed = jdbc.sql("select seed from campaign_offer where channel_id = ?").param(offer.get("channelId").asLong())
                .query(Long.class).single();
        assertThat(seed).isEqualTo(offer.get("seed").asLong());
        members.forEach((id, heldOut) -> assertThat(HoldoutSplit.heldOut(seed, id, 0.5)).as("arm of " + id).isEqualTo(heldOut));
        assertThat(offer.get("heldOut").asInt()).isEqualTo((int) members.values().stream().filter(h -> h).count());
        assertThat(offer.get("contacted").asInt() + offer.get("heldOut").asInt()).isEqualTo(offer.get("eligible").asInt())
                .isEqualTo(members.size());
    }

    @Test
    void held_out_moviegoers_never_get_the_offer_and_both_arms_purchases_feed_the_lift() {
        JsonNode offer = makeOffer(0.5);
        long channelId = offer.get("channelId").asLong();
        String code = offer.get("couponCode").asString();
        Map<Long, Boolean> members = members(channelId);
        Person contacted = mine(members, false);
        Person heldOut = mine(members, true);

        assertThat(myOffers(heldOut).body()).doesNotContain(code);
        assertThat(myOffers(contacted).body()).contains(code).contains("/tickets/films/" + show.filmId());
        Http.Answer refused = Buyer.of(heldOut, port).buyWith(code, show.screeningId(), show.seat(0));
        assertThat(refused.status()).as(refused.body()).isBetween(400, 499);

        Http.Answer withCode = Buyer.of(contacted, port).buyWith(code, show.screeningId(), show.seat(10), show.seat(11));
        assertThat(withCode.status()).as(withCode.body()).isEqualTo(201);
        Http.Answer withoutCode = Buyer.of(heldOut, port).buy(show.screeningId(), show.seat(20));
        assertThat(withoutCode.status()).as(withoutCode.body()).isEqualTo(201);

        Eventually.until("both purchases reach the offer's lift inputs", () -> purchases(channelId) == 2);
        assertThat(jdbc.sql("select channel_id from campaign_sale where buyer_id = ?").param(contacted.id()).query(Long.class).list())
                .containsExactly(channelId);
        assertThat(jdbc.sql("select account_id from campaign_offer_purchase where channel_id = ? order by account_id")
                .param(channelId).query(Long.class).list()).containsExactlyInAnyOrder(contacted.id(), heldOut.id());
        JsonNode result = staff.get("/api/campaigns/" + campaignId + "/offers").json().get(0);
        assertThat(result.get("channelId").asLong()).isEqualTo(channelId);
        assertThat(result.get("contacted").asLong() + result.get("heldOut").asLong()).isEqualTo(members.size());
        if (!result.get("suppressed").asBoolean()) {
            JsonNode rate = result.get("purchaseRate");
            assertThat(rate.get("contacted").asDouble()).isGreaterThan(0);
            assertThat(rate.get("heldOut").asDouble()).isGreaterThan(0);
        }
    }

    @Test
    void a_films_likely_audience_and_lookalikes_are_segments_too_of_consenting_moviegoers_only() {
        for (Map<String, Object> segment : List.<Map<String, Object>>of(Map.of("rule", "FILM_AUDIENCE", "filmId", show.filmId(), "top", 10),
                Map.of("rule", "LOOKALIKE", "seedFilmIds", List.of(show.filmId()), "top", 10, "cityTiers", List.of(1, 2, 3, 4, 5)))) {
            Http.Answer made = staff.post("/api/campaigns/" + campaignId + "/offers", Http.json(Map.of("name", "Likely audience",
                    "segment", segment, "discountPercent", 15)));
            assertThat(made.status()).as(made.body()).isEqualTo(201);
            Map<Long, Boolean> members = members(made.json().get("channelId").asLong());
            assertThat(members).hasSizeLessThanOrEqualTo(10).isNotEmpty();
            assertThat(accounts.consentingNow(members.keySet())).containsExactlyInAnyOrderElementsOf(members.keySet());
            assertThat(made.json().get("holdoutShare").asDouble()).isEqualTo(0.10);
        }
    }

    @Test
    void unsubscribing_withdraws_consent_and_hides_every_offer() {
        JsonNode offer = makeOffer(0.1);
        String code = offer.get("couponCode").asString();
        Person contacted = mine(members(offer.get("channelId").asLong()), false);
        assertThat(myOffers(contacted).body()).contains(code);

        Http.Answer unsubscribe = new Http(port).withToken(contacted.token()).post("/tickets/offers/unsubscribe", "");
        assertThat(unsubscribe.status()).isEqualTo(302);

        assertThat(accounts.profile(contacted.id()).marketingConsent()).isFalse();
        Http.Answer page = myOffers(contacted);
        assertThat(page.body()).doesNotContain(code).contains("no-offers");
    }

    @Test
    void another_tenants_campaign_is_not_found() {
        Http other = new Http(port).withToken(fixtures.staff(Role.DISTRIBUTOR_ADMIN).token());
        assertThat(other.post("/api/campaigns/" + campaignId + "/offers", offerBody("INTERESTS", 0.1, 20)).status()).isEqualTo(404);
        assertThat(other.get("/api/campaigns/" + campaignId + "/offers").status()).isEqualTo(404);
        assertThat(offers()).isZero();
    }

    @Test
    void bad_input_is_refused_and_nothing_is_made() {
        assertThat(staff.post("/api/campaigns/" + campaignId + "/offers", offerBody("INTERESTS", 0.9, 20)).status()).isEqualTo(400);
        assertThat(staff.post("/api/campaigns/" + campaignId + "/offers", offerBody("HOROSCOPE", 0.1, 20)).status()).isEqualTo(400);
        assertThat(staff.post("/api/campaigns/" + campaignId + "/offers", offerBody("INTERESTS", 0.1, 0)).status()).isEqualTo(400);
        assertThat(offers()).isZero();
        assertThat(jdbc.sql("select count(*) from campaign_channel where campaign_id = ?").param(campaignId).query(Long.class).single())
                .isZero();
    }

    private JsonNode makeOffer(double holdoutShare) {
        Http.Answer made = staff.post("/api/campaigns/" + campaignId + "/offers", offerBody("INTERESTS", holdoutShare, 20));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json();
    }

    private static String offerBody(String rule, double holdoutShare, int discountPercent) {
        return Http.json(Map.of("name", "20% for pet lovers", "segment", Map.of("rule", rule, "interest", "pets"),
                "discountPercent", discountPercent, "holdoutShare", holdoutShare, "costMinor", 50_000));
    }

    /** One of this test's moviegoers in the arm asked for. */
    private Person mine(Map<Long, Boolean> members, boolean heldOut) {
        return consenting.stream().filter(p -> Boolean.valueOf(heldOut).equals(members.get(p.id()))).findFirst()
                .orElseThrow(() -> new AssertionError("nobody of the test in the arm held out = " + heldOut));
    }

    private Http.Answer myOffers(Person moviegoer) {
        Http.Answer page = new Http(port).withToken(moviegoer.token()).get("/tickets/offers");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page;
    }

    private Map<Long, Boolean> members(long channelId) {
        return jdbc.sql("select account_id, held_out from campaign_offer_member where channel_id = ?").param(channelId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getBoolean(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private long purchases(long channelId) {
        return jdbc.sql("select count(*) from campaign_offer_purchase where channel_id = ?").param(channelId).query(Long.class).single();
    }

    private long offers() {
        return jdbc.sql("select count(*) from campaign_offer where campaign_id = ?").param(campaignId).query(Long.class).single();
    }

    private List<Person> moviegoers(int count, boolean consent) {
        String batch = "offer" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
        List<GeneratedMoviegoer> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(new GeneratedMoviegoer(batch + "-" + i + "@test.marquee", "Pet lover " + i, 1990, null, "Beijing",
                    List.of("pets"), consent, List.of()));
        }
        accounts.addPopulation(people);
        return people.stream().map(p -> {
            var account = accounts.accountByEmail(p.email()).orElseThrow();
            return new Person(account, null, tokens.issue(account.id(), "test").secret(), null);
        }).toList();
    }

    private static List<Long> ids(List<Person> people) {
        return people.stream().map(Person::id).toList();
    }
}
