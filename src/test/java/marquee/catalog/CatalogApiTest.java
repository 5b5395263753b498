package marquee.catalog;

import static marquee.catalog.CatalogFixtures.aCinemaIn;
import static marquee.catalog.CatalogFixtures.aFilm;
import static marquee.catalog.CatalogFixtures.aHall;
import static marquee.catalog.CatalogFixtures.aScreening;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.demo.DemoMarket;
import marquee.shared.security.Role;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import marquee.testing.OnDemoMarket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The catalog's JSON API over real HTTP, on a small demo market: reads anonymous, writes by the operator. */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OnDemoMarket
class CatalogApiTest {

    @LocalServerPort
    int port;
    @Autowired
    DemoMarket demoMarket;
    @Autowired
    Catalog catalog;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    /** Anonymous, as a moviegoer browsing the storefront. */
    Http http;
    /** The operator, who may write anything in the catalog. */
    Http operator;

    @BeforeEach
    void market() {
        demoMarket.seedIfEmpty();
        http = new Http(port);
        operator = http.withToken(new AccountFixtures(accounts, tokens).staff(Role.OPERATOR).token());
    }

    /** The demo market starts today in China. */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void the_film_list_has_the_press_release_films() {
        Http.Answer answer = http.get("/api/films?size=100");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode page = answer.json();
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(21);
        assertThat(page.get("items").findValuesAsString("englishTitle"))
                .contains("Suzume", "The First Slam Dunk", "Castle in the Sky", "Free Solo", "Capernaum",
                        "The Legend of 1900", "Snow Leopard", "Fly Me to the Moon");
    }

    @Test
    void films_are_filtered_by_city_and_date_and_paged() {
        JsonNode firstPage = http.get("/api/films?size=5&page=0").json();
        assertThat(firstPage.get("items").size()).isEqualTo(5);
        assertThat(firstPage.get("size").asInt()).isEqualTo(5);

        JsonNode showing = http.get("/api/films?city=Beijing&date=" + today() + "&size=100").json();
        assertThat(showing.get("total").asLong()).isPositive();
        assertThat(showing.get("items").findValuesAsString("englishTitle")).doesNotContain("Dune: Part Two");
    }

    @Test
    void screenings_list_by_film_city_and_local_day_with_their_price_in_minor_units() {
        JsonNode screenings = http.get("/api/screenings?city=Shanghai&date=" + today().plusDays(1) + "&size=3").json();

        assertThat(screenings.get("total").asLong()).isPositive();
        JsonNode first = screenings.get("items").get(0);
        assertThat(first.get("city").asString()).isEqualTo("Shanghai");
        assertThat(first.get("basePrice").get("minor").asLong()).isGreaterThanOrEqualTo(5500);
        assertThat(first.get("basePrice").get("currency").asString()).isEqualTo("CNY");
        assertThat(first.get("localStart").asString()).startsWith(today().plusDays(1) + "T");
        long hallId = first.get("hallId").asLong();
        JsonNode seatMap = http.get("/api/halls/" + hallId).json();
        assertThat(seatMap.get("seats").size()).isEqualTo(seatMap.get("hall").get("capacity").asInt());
    }

    @Test
    void an_unknown_id_is_a_404_problem() {
        Http.Answer answer = http.get("/api/films/999999");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asString()).isEqualTo("film 999999 not found");
    }

    @Test
    void invalid_fields_are_a_400_naming_each_field() {
        Http.Answer answer = operator.post("/api/films", """
                {"originalTitle": "", "genres": [], "runtimeMin": 0, "country": "Japan"}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("genres", "originalTitle", "runtimeMin");
    }

    @Test
    void malformed_json_wrong_types_and_unknown_fields_are_400_never_500() {
        assertThat(operator.post("/api/films", "{\"originalTitle\": \"x\",").status()).isEqualTo(400);
        Http.Answer wrongType = operator.post("/api/films", """
                {"originalTitle": "x", "genres": ["Drama"], "runtimeMin": "long", "country": "Japan"}""");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("detail").asString()).contains("runtimeMin");
        Http.Answer unknown = operator.post("/api/films", """
                {"originalTitle": "x", "genres": ["Drama"], "runtimeMin": 90, "country": "Japan", "budget": 1}""");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("budget");
        assertThat(http.get("/api/films?page=-1").status()).isEqualTo(400);
        assertThat(http.get("/api/films?date=yesterday").status()).isEqualTo(400);
    }

    @Test
    void a_film_posted_is_created_and_readable() {
        Http.Answer created = operator.post("/api/films", Http.json(aFilm().titled("Snow Leopard Returns").build()));

        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(http.get("/api/films/" + id).json().get("originalTitle").asString()).isEqualTo("Snow Leopard Returns");
    }

    /** The storefront's reads are anonymous and stateless: no session is made for them, so no cookie is set. */
    @Test
    void an_anonymous_film_read_creates_no_session() {
        Http.Answer answer = http.get("/api/films/" + aFilm().addTo(catalog).id());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Set-Cookie")).isNull();
    }

    /** Films are kept in memory between reads (FilmCache); a change through the API is seen by the next read. */
    @Test
    void a_film_read_again_after_it_is_changed_shows_the_change_at_once() {
        Film film = aFilm().titled("Before the Edit").unannounced().addTo(catalog);
        String path = "/api/films/" + film.id();
        assertThat(http.get(path).status()).isEqualTo(404);
        assertThat(operator.get(path).json().get("originalTitle").asString()).isEqualTo("Before the Edit");

        assertThat(operator.put(path, Http.json(aFilm().titled("After the Edit").build())).status()).isEqualTo(200);
        assertThat(operator.get(path).json().get("originalTitle").asString()).isEqualTo("After the Edit");

        assertThat(operator.post(path + "/announcement", "").status()).isEqualTo(200);
        JsonNode announced = http.get(path).json();
        assertThat(announced.get("originalTitle").asString()).isEqualTo("After the Edit");
        assertThat(announced.get("releases").findValuesAsString("kind")).containsExactly("FIRST_RELEASE");

        assertThat(operator.post(path + "/releases", """
                {"kind": "RE_RELEASE", "releaseDate": "2027-03-01", "formats": ["IMAX"]}""").status()).isEqualTo(201);
        assertThat(http.get(path).json().get("releases").findValuesAsString("releaseDate")).contains("2027-03-01");
        assertThat(http.get(path + "/releases").json().findValuesAsString("releaseDate")).contains("2027-03-01");
    }

    @Test
    void an_overlapping_screening_is_a_409() {
        Film film = aFilm().addTo(catalog);
        long cinema = catalog.addCinema(aCinemaIn("Lhasa", 5)).id();
        long hall = catalog.addHall(cinema, aHall(4, 6)).id();
        Instant start = Instant.parse("2026-11-28T10:00:00Z");
        assertThat(operator.post("/api/screenings", Http.json(aScreening(hall, film.id(), start))).status()).isEqualTo(201);

        Http.Answer clash = operator.post("/api/screenings", Http.json(aScreening(hall, film.id(), start.plusSeconds(1800))));

        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_hall_with_an_unknown_seat_letter_is_refused_naming_the_row() {
        long cinema = catalog.addCinema(aCinemaIn("Lijiang", 5)).id();

        Http.Answer answer = operator.post("/api/cinemas/" + cinema + "/halls", """
                {"name": "Odd", "layout": ["SSSS", "SSXS"]}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("layout[1]");
    }

    @Test
    void the_openapi_document_and_health_are_served() {
        assertThat(http.get("/v3/api-docs").body()).contains("/api/films");
        assertThat(http.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
        assertThat(http.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(operator.get("/actuator/prometheus").status()).isEqualTo(200);
    }
}
