package marquee.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import marquee.booking.SaleContext;
import marquee.booking.TicketsSold;
import marquee.boxoffice.SalesIntake;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.Film;
import marquee.catalog.Screening;
import marquee.catalog.ScreeningFilter;
import marquee.demo.DemoMarket;
import marquee.shared.PageRequest;
import marquee.testing.Browser;
import marquee.testing.MarqueeTest;
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
class ConsoleBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    DemoMarket market;
    @Autowired
    Catalog catalog;
    @Autowired
    SalesIntake intake;

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
    /** Minor units of a figure the board shows, such as "¥1,234.56". */
    private static long minor(String shown) {
        return Long.parseLong(shown.replaceAll("[^0-9]", ""));
    }

    private static String yuan(long minor) {
        return String.format(java.util.Locale.US, "%,d.%02d", minor / 100, minor % 100);
    }

    private void signIn(String email) {
        browser.get("http://127.0.0.1:" + port + "/login");
        browser.findElement(By.name("email")).sendKeys(email);
        browser.findElement(By.name("password")).sendKeys("marquee-demo-2026");
        browser.findElement(By.cssSelector(".signin button")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/account");
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
    void the_box_office_board_moves_when_a_sale_is_counted() throws Exception {
        signIn("analyst@lumen.demo");
        browser.get("http://127.0.0.1:" + port + "/boxoffice");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(d -> d.findElement(By.id("live-status")).getText().startsWith("live"));
        Screening screening = catalog.screenings(new ScreeningFilter(null, null, "Beijing", LocalDate.now(ZoneId.of("Asia/Shanghai"))),
                new PageRequest(0, 1)).items().getFirst();
        Cinema cinema = catalog.cinema(screening.cinemaId());
        Film film = catalog.film(screening.filmId());
        SaleContext context = new SaleContext(film.id(), screening.releaseId(), film.releases().getLast().releaseDate(),
                screening.id(), screening.startsAt(), cinema.id(), cinema.chain(), cinema.city(), cinema.province(),
                cinema.cityTier(), cinema.timeZone());

        // Other tests of this application may have sold for today already (a booking test's show 90 minutes
        // ahead is today's in China at some hours): the board must move by this sale, from where it stood.
        By filmGross = By.cssSelector("#ranking-rows tr[data-film='" + film.id() + "'] .gross");
        long totalBefore = minor(browser.findElement(By.id("total-gross")).getText());
        long filmBefore = browser.findElements(filmGross).stream().findFirst().map(e -> minor(e.getText())).orElse(0L);

        intake.accept(new TicketsSold("browser-sale-1", context, Instant.now(), 3, 123_456, "CNY", "marquee", null, null, null)).join();

        wait.until(d -> d.findElement(By.id("total-gross")).getText().equals("¥" + yuan(totalBefore + 123_456)));
        assertThat(browser.findElement(filmGross).getText()).isEqualTo(yuan(filmBefore + 123_456));
        Browser.screenshot(browser, "boxoffice-board");
        signOut();
    }

    @Test
    void an_unknown_film_shows_a_not_found_page() {
        browser.get("http://127.0.0.1:" + port + "/films/999999");

        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Not found");
    }
}
