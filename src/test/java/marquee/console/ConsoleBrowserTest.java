package marquee.console;

import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.booking.Buyer;
import marquee.booking.Shows;
import marquee.boxoffice.ImportReport;
import marquee.boxoffice.SaleFeeds;
import marquee.testing.Http;
import tools.jackson.databind.JsonNode;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.CinemaFilter;
import marquee.catalog.Film;
import marquee.catalog.FilmFilter;
import marquee.catalog.Screening;
import marquee.catalog.ScreeningFilter;
import marquee.demo.DemoMarket;
import marquee.shared.PageRequest;
import marquee.testing.Browser;
import marquee.testing.MarqueeTest;
import marquee.testing.OnDemoMarket;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a person sees in the console, in a real headless Chromium. */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OnDemoMarket
class ConsoleBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    DemoMarket market;
    @Autowired
    Catalog catalog;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    SaleFeeds feeds;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.open();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void market() {
        market.seedIfEmpty();
    }

    @Test
    void the_catalog_lists_the_press_release_films_and_filters_by_genre() throws Exception {
        browser.get("http://127.0.0.1:" + port + "/");

        assertThat(browser.getTitle()).contains("Films");
        List<String> titles = browser.findElements(By.cssSelector(".film-card .subtitle")).stream().map(WebElement::getText).toList();
        assertThat(titles).contains("Suzume", "Free Solo", "Capernaum");
        Browser.screenshot(browser, "catalog");

        new Select(browser.findElement(By.name("genre"))).selectByVisibleText("Documentary");
        browser.findElement(By.cssSelector(".filters button")).click();

        // The filter reloads the page: read the new one, past the old one's elements going stale.
        WebDriverWait wait = marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(d -> d.getCurrentUrl().contains("genre="));
        List<String> documentaries = wait.until(d -> d.findElements(By.cssSelector(".film-card .subtitle")).stream()
                .map(WebElement::getText).toList());
        assertThat(documentaries).contains("Free Solo").doesNotContain("Suzume");
    }

    @Test
    void a_film_page_shows_its_releases_screenings_and_a_chart() throws Exception {
        browser.get("http://127.0.0.1:" + port + "/films?q=legend");
        browser.findElement(By.partialLinkText("海上钢琴师")).click();

        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("The Legend of 1900");
        assertThat(browser.findElement(By.cssSelector("table.releases")).getText()).contains("restored", "first release");
        new Select(browser.findElement(By.name("city"))).selectByVisibleText("Beijing");
        marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(10))
                .until(d -> "true".equals(d.findElement(By.id("screenings-chart")).getAttribute("data-rendered")));
        assertThat(browser.findElements(By.cssSelector("#screenings-chart canvas"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".showtimes li"))).isNotEmpty();
        Path shot = Browser.screenshot(browser, "film-detail");
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    /** Signs in through the console's form with the demo password (README). */
    private void signIn(String email) {
        marquee.testing.Browser.signIn(browser, "http://127.0.0.1:" + port, email, "marquee-demo-2026");
    }

    /** Signs out from the account page and waits for the sign-in page: the click returns before the form is sent. */
    private void signOut() {
        browser.get("http://127.0.0.1:" + port + "/account");
        browser.findElement(By.cssSelector(".signout")).click();
        Browser.waiting(browser).until(d -> d.getCurrentUrl().contains("/login"));
    }

    @Test
    void a_staff_member_signs_in_creates_an_api_token_sees_it_in_the_audit_log_and_signs_out() {
        String base = "http://127.0.0.1:" + port;
        browser.get(base + "/account");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.name("email")).sendKeys("admin@huaxia.demo");
        browser.findElement(By.name("password")).sendKeys("not the password");
        browser.findElement(By.cssSelector(".signin button")).click();
        assertThat(browser.findElement(By.cssSelector(".error")).getText()).contains("email or password is not right");

        browser.findElement(By.name("password")).sendKeys("marquee-demo-2026");
        browser.findElement(By.cssSelector(".signin button")).click();
        assertThat(browser.findElement(By.cssSelector(".who .role")).getText()).isEqualTo("DISTRIBUTOR_ADMIN");
        browser.findElement(By.name("name")).sendKeys("browser test");
        browser.findElement(By.cssSelector(".filters button")).click();
        assertThat(browser.findElement(By.id("new-token")).getText()).startsWith("mq_");
        Browser.screenshot(browser, "account");

        browser.get(base + "/audit");
        assertThat(browser.findElement(By.cssSelector("table.audit")).getText()).contains("POST /account/tokens", "admin@huaxia.demo");
        Browser.screenshot(browser, "audit");
        signOut();
        browser.get(base + "/audit");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void the_box_office_board_moves_when_a_ticket_is_bought_through_the_api() throws Exception {
        signIn("analyst@lumen.demo");
        browser.get("http://127.0.0.1:" + port + "/boxoffice");
        WebDriverWait wait = marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(10));
        wait.until(d -> d.findElement(By.id("live-status")).getText().startsWith("live"));
        // A show later today in China (the board's day), bought by a moviegoer over HTTP like any other.
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Asia/Shanghai"));
        ZonedDateTime lastMinute = now.toLocalDate().atTime(23, 59).atZone(now.getZone());
        Duration startsIn = Duration.between(now, lastMinute).compareTo(Duration.ofMinutes(30)) < 0
                ? Duration.between(now, lastMinute) : Duration.ofMinutes(30);
        Shows.Show show = Shows.in(catalog).startingIn(startsIn).add();
        AccountFixtures.Person moviegoer = new AccountFixtures(accounts, tokens).moviegoer();
        Buyer buyer = new Buyer(moviegoer.id(), new Http(port).withToken(moviegoer.token()));

        JsonNode order = buyer.buy(show.screeningId(), show.seat(0), show.seat(1)).json();

        String gross = String.format(Locale.US, "%,.2f", order.get("total").get("minor").asLong() / 100.0);
        By row = By.cssSelector("#ranking-rows tr[data-film='" + show.filmId() + "'] .gross");
        wait.until(d -> !d.findElements(row).isEmpty() && d.findElement(row).getText().equals(gross));
        Browser.screenshot(browser, "boxoffice-board");
        signOut();
    }

    @Test
    void the_market_page_shows_the_share_of_a_chosen_week_by_distributor_country_and_genre() throws IOException {
        Map<String, Long> byDistributor = feedAWeekOfSales();
        long total = byDistributor.values().stream().mapToLong(Long::longValue).sum();
        String base = "http://127.0.0.1:" + port;
        signIn("analyst@huaxia.demo");
        browser.get(base + "/boxoffice");
        browser.findElement(By.id("market-link")).click();
        Browser.waiting(browser).until(d -> d.getCurrentUrl().endsWith("/boxoffice/market"));
        setDate("from", "2030-05-01");
        setDate("to", "2030-05-07");
        browser.findElement(By.cssSelector(".filters button")).click();

        // The filter reloads the page: wait for the new one, and read past the old one's elements going stale.
        WebDriverWait wait = marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(d -> d.getCurrentUrl().contains("from=2030-05-01"));
        for (String by : List.of("distributor", "country", "genre")) {
            wait.until(d -> "true".equals(d.findElement(By.id("chart-" + by)).getAttribute("data-rendered")));
            assertThat(browser.findElements(By.cssSelector("#chart-" + by + " canvas"))).isNotEmpty();
        }
        assertThat(browser.findElement(By.id("period")).getText()).isEqualTo("2030-05-01 – 2030-05-07");
        assertThat(browser.findElement(By.id("period-gross")).getText()).isEqualTo("¥" + yuan(total));
        Map<String, String> grossShown = new LinkedHashMap<>();
        Map<String, Double> shareShown = new LinkedHashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("#table-distributor tbody tr"))) {
            String name = row.findElement(By.cssSelector(".name")).getText();
            grossShown.put(name, row.findElement(By.cssSelector(".gross")).getText());
            shareShown.put(name, Double.parseDouble(row.findElement(By.cssSelector(".share")).getText().replace("%", "")));
        }
        Map<String, String> grossSold = new LinkedHashMap<>();
        byDistributor.forEach((name, gross) -> grossSold.put(name, yuan(gross)));
        assertThat(grossShown).isEqualTo(grossSold);
        byDistributor.forEach((name, gross) -> assertThat(shareShown.get(name)).isCloseTo(100.0 * gross / total,
                Offset.offset(0.051)));
        long genreGross = browser.findElements(By.cssSelector("#table-genre tbody .gross")).stream()
                .mapToLong(cell -> Math.round(Double.parseDouble(cell.getText().replace(",", "")) * 100)).sum();
        assertThat(genreGross).as("a film's genres share its gross without losing a fen").isEqualTo(total);
        assertThat(browser.findElements(By.cssSelector("#table-country tbody tr"))).isNotEmpty();
        Path shot = Browser.screenshotFullPage(browser, "market-share");
        assertThat(Files.size(shot)).isGreaterThan(20_000);
        signOut();
    }

    /** Feeds a week of sales of a dozen films into the box office as another seller; the gross by distributor. */
    private Map<String, Long> feedAWeekOfSales() throws IOException {
        List<Film> films = catalog.films(FilmFilter.any(), new PageRequest(0, 12)).items();
        List<Cinema> cinemas = catalog.cinemas(new CinemaFilter(null, null, null, null), new PageRequest(0, 10)).items();
        List<String> lines = new ArrayList<>(List.of("sale_id,kind,film_id,cinema_id,screening_starts_at,seats,amount_minor,currency,sold_at"));
        Map<String, Long> byDistributor = new TreeMap<>();
        int n = 0;
        for (int f = 0; f < films.size(); f++) {
            Film film = films.get(f);
            int salesPerDay = 1 + (f * 7) % 6; // some films sell far better than others
            for (int day = 1; day <= 7; day++) {
                for (int s = 0; s < salesPerDay; s++) {
                    int seats = 1 + (n % 4);
                    long amount = seats * (3_500L + 500 * (n % 3));
                    lines.add("bt-%d,SALE,%d,%d,2030-05-%02dT19:30:00+08:00,%d,%d,CNY,2030-05-%02dT12:00:00+08:00".formatted(
                            n, film.id(), cinemas.get(n % cinemas.size()).id(), day, seats, amount, day));
                    byDistributor.merge(distributorOf(film), amount, Long::sum);
                    n++;
                }
            }
        }
        Path file = Files.createTempFile("market-week", ".csv");
        Files.write(file, lines);
        ImportReport report = feeds.importSales(file, SaleFeeds.Format.CSV, "browser-seller", line -> { });
        Files.delete(file);
        assertThat(report.rejected()).isEmpty();
        return byDistributor;
    }

    private String distributorOf(Film film) {
        return film.distributorTenantId() == null ? "Market-wide / unassigned" : accounts.tenant(film.distributorTenantId()).name();
    }

    private static void setDate(String name, String value) {
        WebElement input = browser.findElement(By.name(name));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    private static String yuan(long minor) {
        return String.format(Locale.US, "%,.2f", minor / 100.0);
    }

    @Test
    void a_distributor_announces_its_film_from_the_film_page() {
        long lumen = accounts.accountByEmail("admin@lumen.demo").orElseThrow().tenantId();
        long film = aFilm().titled("Lumen's Quiet Premiere").unannounced().ownedBy(lumen).addTo(catalog).id();
        browser.get("http://127.0.0.1:" + port + "/films/" + film);
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Not found");

        signIn("admin@lumen.demo");
        browser.get("http://127.0.0.1:" + port + "/films?q=Quiet+Premiere");
        assertThat(browser.findElement(By.cssSelector(".film-card")).getText()).contains("not announced");
        browser.findElement(By.cssSelector(".film-card a")).click();
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Not announced");
        browser.findElement(By.id("announce")).click();
        marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(10)).until(d -> Browser.none(d, d, By.id("announce")).isEmpty());

        assertThat(Browser.none(browser, browser, By.cssSelector(".notice"))).isEmpty();
        assertThat(catalog.film(film).announced()).isTrue();
        signOut();
    }

    @Test
    void an_unknown_film_shows_a_not_found_page() {
        browser.get("http://127.0.0.1:" + port + "/films/999999");

        // Generous: one CI run timed out at 10 s here.
        WebDriverWait wait = marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(d -> d.getCurrentUrl().endsWith("/films/999999"));
        String heading = wait.until(d -> d.findElement(By.cssSelector("h1")).getText());
        assertThat(heading).isEqualTo("Not found");
    }
}
