package marquee.console;

import static marquee.booking.BookingRequests.coupon;
import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import marquee.accounts.AccountFixtures;
import marquee.accounts.AccountFixtures.Person;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.booking.Buyer;
import marquee.booking.IssuedCoupons;
import marquee.booking.Shows;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.catalog.FilmFilter;
import marquee.shared.PageRequest;
import marquee.shared.security.Role;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The distributor's work over HTTP: editing a film and a release through the API (PUT), coupons' takings, and the
 * console's distributor forms, which go through the same services: bad input is a 400 that changes nothing, another
 * distributor's film is a 404, and the CSV exports of paged lists.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DistributorPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Catalog catalog;
    @Autowired
    IssuedCoupons coupons;

    Person distributorA;
    Person analystA;
    Person distributorB;
    Http a;
    Http b;

    @BeforeEach
    void tenants() {
        AccountFixtures fixtures = new AccountFixtures(accounts, tokens);
        distributorA = fixtures.staff(Role.DISTRIBUTOR_ADMIN);
        analystA = fixtures.staff(Role.DISTRIBUTOR_ANALYST, distributorA.tenantId());
        distributorB = fixtures.staff(Role.DISTRIBUTOR_ADMIN);
        a = new Http(port).withToken(distributorA.token());
        b = new Http(port).withToken(distributorB.token());
    }

    // --- API: PUT /api/films/{id}

    @Test
    void its_distributor_edits_a_film_through_the_api_and_nobody_else_can() {
        Film film = aFilm().titled("Before Edit").unannounced().ownedBy(distributorA.tenantId()).addTo(catalog);
        String changed = """
                {"originalTitle": "After Edit", "chineseTitle": "改后", "genres": ["Drama", "Music"], "runtimeMin": 101,
                 "country": "China", "credits": [{"role": "DIRECTOR", "name": "Li Wei"}]}""";

        Http.Answer ok = a.put("/api/films/" + film.id(), changed);

        assertThat(ok.status()).isEqualTo(200);
        Film after = catalog.film(film.id());
        assertThat(after.originalTitle()).isEqualTo("After Edit");
        assertThat(after.genres()).containsExactly("Drama", "Music");
        assertThat(after.runtimeMin()).isEqualTo(101);
        assertThat(after.credits()).extracting(c -> c.name()).containsExactly("Li Wei");
        assertThat(after.announced()).as("editing never announces").isFalse();
        assertThat(after.releases()).hasSize(1);

        Http.Answer bad = a.put("/api/films/" + film.id(), """
                {"originalTitle": "", "genres": [], "runtimeMin": 0, "country": "China"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsString("field")).contains("originalTitle", "genres", "runtimeMin");
        assertThat(b.put("/api/films/" + film.id(), changed.replace("After Edit", "Stolen")).status()).isEqualTo(404);
        assertThat(new Http(port).withToken(analystA.token()).put("/api/films/" + film.id(), changed).status()).isEqualTo(403);
        assertThat(new Http(port).put("/api/films/" + film.id(), changed).status()).isEqualTo(401);
        assertThat(a.put("/api/films/99999999", changed).status()).isEqualTo(404);
        assertThat(catalog.film(film.id()).originalTitle()).as("nothing changed by the refused ones").isEqualTo("After Edit");
    }

    // --- API: PUT /api/films/{id}/releases/{releaseId}

    @Test
    void a_release_is_changed_but_never_moved_after_its_first_screening() {
        Shows.Show show = Shows.in(catalog).showing(aFilm().titled("Release Edit").ownedBy(distributorA.tenantId())).add();
        long releaseId = catalog.film(show.filmId()).releases().getFirst().id();
        String path = "/api/films/" + show.filmId() + "/releases/" + releaseId;

        Http.Answer earlier = a.put(path, "{\"kind\": \"RESTORED\", \"releaseDate\": \"2025-12-01\", \"formats\": [\"IMAX\"], \"note\": \"4K\"}");
        assertThat(earlier.status()).isEqualTo(200);
        assertThat(earlier.json().get("kind").asString()).isEqualTo("RESTORED");
        assertThat(earlier.json().get("releaseDate").asString()).isEqualTo("2025-12-01");

        LocalDate afterFirstShow = LocalDate.now().plusDays(30);
        Http.Answer later = a.put(path, "{\"kind\": \"RESTORED\", \"releaseDate\": \"" + afterFirstShow + "\"}");
        assertThat(later.status()).isEqualTo(409);
        assertThat(a.put(path, "{\"releaseDate\": \"2025-11-01\"}").status()).isEqualTo(400);
        assertThat(a.put(path, "{\"kind\": \"RESTORED\", \"releaseDate\": \"not a date\"}").status()).isEqualTo(400);
        assertThat(b.put(path, "{\"kind\": \"FIRST_RELEASE\", \"releaseDate\": \"2025-11-01\"}").status()).isEqualTo(404);
        Film other = aFilm().titled("Other film of A").ownedBy(distributorA.tenantId()).addTo(catalog);
        assertThat(a.put("/api/films/" + other.id() + "/releases/" + releaseId, "{\"kind\": \"FIRST_RELEASE\", \"releaseDate\": \"2025-11-01\"}")
                .status()).as("a release of another film").isEqualTo(404);
        assertThat(catalog.film(show.filmId()).releases().getFirst().releaseDate()).isEqualTo(LocalDate.of(2025, 12, 1));
    }

    // --- API: GET /api/coupons/takings

    @Test
    void coupon_takings_count_uses_admissions_and_gross_of_the_own_tenant_only() {
        Shows.Show show = Shows.in(catalog).showing(aFilm().titled("Coupon Takings").ownedBy(distributorA.tenantId())).add();
        String code = "TAKE" + System.nanoTime() % 100_000_000;
        assertThat(a.post("/api/coupons", coupon(code, "PERCENT", 20, 10, 1, show.filmId(), null)).status()).isEqualTo(201);
        Buyer buyer = Buyer.of(new AccountFixtures(accounts, tokens).moviegoer(), port);
        Http.Answer order = buyer.buyWith(code, show.screeningId(), show.seat(0), show.seat(1));
        assertThat(order.status()).isEqualTo(201);
        long paid = order.json().get("total").get("minor").asLong();

        JsonNode takings = a.get("/api/coupons/takings").json();
        JsonNode mine = takings.get(0);
        assertThat(mine.get("coupon").get("code").asString()).isEqualTo(code);
        assertThat(mine.get("uses").asInt()).isEqualTo(1);
        assertThat(mine.get("admissions").asLong()).isEqualTo(2);
        assertThat(mine.get("grossMinor").asLong()).isEqualTo(paid).isEqualTo(2 * 4500 * 80 / 100);
        assertThat(mine.get("currency").asString()).isEqualTo("CNY");
        assertThat(b.get("/api/coupons/takings").json().findValuesAsString("code")).doesNotContain(code);
        assertThat(new Http(port).withToken(analystA.token()).get("/api/coupons/takings").status()).isEqualTo(403);

        String page = a.get("/distributor/coupons").body();
        assertThat(page).contains(code).contains("72.00");
    }

    // --- Console forms

    @Test
    void the_film_form_refuses_bad_input_next_to_its_fields_and_creates_nothing() {
        long before = ownFilms(distributorA);

        Http.Answer refused = a.postForm("/distributor/films", form(Map.of("originalTitle", " ", "genres", "", "runtimeMin", "long",
                "country", "China", "credits", "Director Li")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"error-originalTitle\"", "id=\"error-genres\"", "id=\"error-runtimeMin\"",
                "id=\"error-credits\"", "Type a whole number");
        assertThat(ownFilms(distributorA)).isEqualTo(before);

        Http.Answer created = a.postForm("/distributor/films", form(Map.of("originalTitle", "Console Film", "genres", "Drama, Comedy",
                "runtimeMin", "95", "country", "China", "credits", "Director: Wang Lu\n主演：周冬雨")));
        assertThat(created.status()).isEqualTo(302);
        long id = Long.parseLong(created.header("Location").replaceAll(".*/distributor/films/", ""));
        Film film = catalog.film(id);
        assertThat(film.distributorTenantId()).isEqualTo(distributorA.tenantId());
        assertThat(film.announced()).isFalse();
        assertThat(film.genres()).containsExactly("Drama", "Comedy");
        assertThat(film.credits()).extracting(c -> c.role().name() + " " + c.name()).containsExactlyInAnyOrder("DIRECTOR Wang Lu", "CAST 周冬雨");

        assertThat(b.get("/distributor/films/" + id).status()).isEqualTo(404);
        assertThat(b.postForm("/distributor/films/" + id, form(Map.of("originalTitle", "Stolen", "genres", "Drama", "runtimeMin", "90",
                "country", "China"))).status()).isEqualTo(404);
        assertThat(b.postForm("/distributor/films/" + id + "/announcement", "").status()).isEqualTo(404);
        assertThat(b.postForm("/distributor/films/" + id + "/releases", form(Map.of("kind", "FIRST_RELEASE", "releaseDate", "2027-01-01")))
                .status()).isEqualTo(404);
        assertThat(catalog.film(id).originalTitle()).isEqualTo("Console Film");
        assertThat(catalog.film(id).announced()).isFalse();
        assertThat(catalog.film(id).releases()).isEmpty();
        assertThat(new Http(port).withToken(analystA.token()).get("/distributor").status()).isEqualTo(403);
    }

    @Test
    void the_release_and_coupon_forms_refuse_bad_input_and_another_tenants_film() {
        Film film = aFilm().titled("Form Releases").unannounced().ownedBy(distributorA.tenantId()).addTo(catalog);
        Http.Answer badDate = a.postForm("/distributor/films/" + film.id() + "/releases", form(Map.of("kind", "RE_RELEASE",
                "releaseDate", "tomorrow")));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("id=\"error-new-releaseDate\"");
        assertThat(catalog.film(film.id()).releases()).hasSize(1);
        assertThat(a.postForm("/distributor/films/" + film.id() + "/releases", form(Map.of("kind", "RE_RELEASE",
                "releaseDate", "2027-02-03", "formats", "2D, IMAX"))).status()).isEqualTo(302);
        assertThat(catalog.film(film.id()).releases()).hasSize(2);

        String code = "FORM" + System.nanoTime() % 100_000_000;
        Map<String, String> coupon = new LinkedHashMap<>(Map.of("code", code, "kind", "PERCENT", "amount", "150",
                "validFrom", "2027-01-01", "validUntil", "2026-12-01", "maxUses", "100", "maxUsesPerBuyer", "1",
                "filmIds", String.valueOf(film.id())));
        Http.Answer refused = a.postForm("/distributor/coupons", form(coupon));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"error-validUntil\"");
        coupon.put("validUntil", "2027-01-31");
        Http.Answer percent = a.postForm("/distributor/coupons", form(coupon));
        assertThat(percent.status()).isEqualTo(400);
        assertThat(percent.body()).contains("id=\"error-amount\"", "A percentage is 1 to 100");
        assertThat(coupons.find(code)).isEmpty();

        coupon.put("amount", "15");
        assertThat(b.postForm("/distributor/coupons", form(coupon)).status()).as("B names A's film").isEqualTo(404);
        assertThat(coupons.find(code)).isEmpty();
        assertThat(a.postForm("/distributor/coupons", form(coupon)).status()).isEqualTo(302);
        assertThat(coupons.find(code)).hasValueSatisfying(c -> {
            assertThat(c.ownerTenantId()).isEqualTo(distributorA.tenantId());
            assertThat(c.amount()).isEqualTo(15);
            assertThat(c.filmIds()).containsExactly(film.id());
        });
        Http.Answer taken = a.postForm("/distributor/coupons", form(coupon));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.body()).contains("This code is taken");
    }

    // --- CSV exports of paged lists

    @Test
    void the_film_list_and_the_audit_log_download_whole_as_csv() {
        aFilm().titled("CSV, \"quoted\" 电影").addTo(catalog);
        Http.Answer films = new Http(port).get("/films.csv?q=quoted");
        assertThat(films.status()).isEqualTo(200);
        assertThat(films.contentType()).startsWith("text/csv");
        assertThat(films.header("Content-Disposition")).contains("films.csv");
        assertThat(films.body()).startsWith("\uFEFFid,title,").contains("\"CSV, \"\"quoted\"\" 电影\"");

        a.put("/api/films/99999999", "{}"); // something in A's audit log
        Http.Answer audit = a.get("/audit.csv");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body()).startsWith("\uFEFFat_utc,who,tenant,action,object,status");
        assertThat(b.get("/audit.csv").body()).doesNotContain(distributorA.account().email());
        assertThat(new Http(port).withToken(analystA.token()).get("/audit.csv").status()).isEqualTo(403);
    }

    /** The films of the distributor's tenant, as the operator sees them. */
    private long ownFilms(Person distributor) {
        long tenantId = distributor.tenantId();
        long count = 0;
        for (int page = 0; ; page++) {
            var films = catalog.films(java.util.Optional.of(new marquee.shared.security.Caller(0, "op", Role.OPERATOR, null)),
                    FilmFilter.any(), new PageRequest(page, PageRequest.MAX_SIZE));
            count += films.items().stream().filter(f -> Long.valueOf(tenantId).equals(f.distributorTenantId())).count();
            if ((page + 1L) * PageRequest.MAX_SIZE >= films.total()) {
                return count;
            }
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
