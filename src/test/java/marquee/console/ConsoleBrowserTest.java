package marquee.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.booking.Buyer;
import marquee.booking.Shows;
import marquee.testing.Http;
import tools.jackson.databind.JsonNode;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.Film;
import marquee.catalog.Screening;
import marquee.catalog.ScreeningFilter;
import marquee.demo.DemoMarket;
import marquee.shared.PageRequest;
import marquee.testing.Browser;
import marquee.testing.MarqueeTest;
import marquee.testing.OnDemoMarket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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

        List<String> documentaries = browser.findElements(By.cssSelector(".film-card .subtitle")).stream().map(WebElement::getText).toList();
        assertThat(documentaries).contains("Free Solo").doesNotContain("Suzume");
    }

    @Test
    void a_film_page_shows_its_releases_screenings_and_a_chart() throws Exception {
        browser.get("http://127.0.0.1:" + port + "/films?q=legend");
        browser.findElement(By.partialLinkText("海上钢琴师")).click();

        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("The Legend of 1900");
        assertThat(browser.findElement(By.cssSelector("table.releases")).getText()).contains("restored", "first release");
        new Select(browser.findElement(By.name("city"))).selectByVisibleText("Beijing");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> "true".equals(d.findElement(By.id("screenings-chart")).getAttribute("data-rendered")));
        assertThat(browser.findElements(By.cssSelector("#screenings-chart canvas"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".showtimes li"))).isNotEmpty();
        Path shot = Browser.screenshot(browser, "film-detail");
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    /** Signs in through the console's form with the demo password (README). */
    private void signIn(String email) {
        browser.get("http://127.0.0.1:" + port + "/login");
        browser.findElement(By.name("email")).sendKeys(email);
        browser.findElement(By.name("password")).sendKeys("marquee-demo-2026");
        browser.findElement(By.cssSelector(".signin button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/account"));
    }

    private void signOut() {
        browser.get("http://127.0.0.1:" + port + "/account");
        browser.findElement(By.cssSelector(".signout")).click();
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
        browser.get(base + "/account");
        browser.findElement(By.cssSelector(".signout")).click();
        assertThat(browser.getCurrentUrl()).contains("/login");
        browser.get(base + "/audit");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void the_box_office_board_moves_when_a_ticket_is_bought_through_the_api() throws Exception {
        signIn("analyst@lumen.demo");
        browser.get("http://127.0.0.1:" + port + "/boxoffice");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
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
    void an_unknown_film_shows_a_not_found_page() {
        browser.get("http://127.0.0.1:" + port + "/films/999999");

        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Not found");
    }
}
