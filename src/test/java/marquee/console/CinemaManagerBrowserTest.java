package marquee.console;

import static marquee.catalog.CatalogFixtures.aFilm;
import static marquee.catalog.CatalogFixtures.aHall;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import marquee.accounts.AccountFixtures;
import marquee.accounts.AccountFixtures.Person;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.booking.Buyer;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.Film;
import marquee.catalog.Hall;
import marquee.catalog.NewCinema;
import marquee.shared.security.Role;
import marquee.testing.Browser;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The cinema manager's day in a real headless Chromium: the manager schedules a screening from the console, a
 * moviegoer buys two tickets for it, the manager sees them sold, checks one in at the door by typing its code (a
 * second scan is refused), then cancels the screening; the moviegoer finds the cinema's message and the refund in
 * "My tickets".
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CinemaManagerBrowserTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Catalog catalog;

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

    @Test
    void a_cinema_manager_schedules_checks_a_ticket_in_and_cancels_the_screening() {
        AccountFixtures people = new AccountFixtures(accounts, tokens);
        Person manager = people.staff(Role.CINEMA_MANAGER);
        Person moviegoer = people.moviegoer();
        Film film = aFilm().titled("Manager test film " + System.nanoTime()).releasedOn(LocalDate.now(CHINA).minusDays(3)).addTo(catalog);
        Cinema cinema = catalog.addCinema(new NewCinema("Manager Test Cinema " + System.nanoTime(), "Manager Chain", "Chengdu", "Sichuan",
                2, "Asia/Shanghai", null), manager.tenantId());
        Hall hall = catalog.addHall(cinema.id(), aHall(6, 10));
        // Two hours ahead on the cinema's clock, on the minute: still on sale, and today unless it is late evening.
        LocalDateTime start = LocalDateTime.now(CHINA).plusHours(2).truncatedTo(ChronoUnit.MINUTES);

        signIn(manager);
        browser.get(base() + "/manager");
        assertThat(browser.findElement(By.id("nav-manager")).getText()).isEqualTo("Cinemas");
        browser.findElement(By.id("tab-schedule")).click();
        new Select(browser.findElement(By.id("new-film"))).selectByValue(Long.toString(film.id()));
        new Select(browser.findElement(By.id("new-hall"))).selectByValue(Long.toString(hall.id()));
        setValue("new-start", start.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        setValue("new-price", "45");
        browser.findElement(By.id("schedule")).click();
        String scheduled = wait(d -> d.findElements(By.id("message")).isEmpty() ? null : d.findElement(By.id("message"))).getText();
        assertThat(scheduled).contains("is scheduled for " + start.toLocalDate() + " " + start.toLocalTime());
        long screeningId = Long.parseLong(scheduled.replaceAll("^Screening (\\d+) .*$", "$1"));
        assertThat(catalog.screening(screeningId).startsAt()).isEqualTo(start.atZone(CHINA).toInstant());
        Browser.screenshot(browser, "manager-scheduled");

        Http.Answer order = Buyer.of(moviegoer, port).buy(screeningId, seat(hall, 0), seat(hall, 1));
        assertThat(order.status()).as(order.body()).isEqualTo(201);
        JsonNode tickets = order.json().get("tickets");
        // 2 × ¥45, less the matinee or late-show discount when two hours ahead falls in one (the test runs at any hour).
        String paid = String.format(java.util.Locale.ROOT, "¥%,.2f", order.json().get("total").get("minor").asLong() / 100.0);
        String code = tickets.get(0).get("code").asString();

        browser.get(base() + "/manager/schedule?cinema=" + cinema.id() + "&date=" + start.toLocalDate());
        assertThat(browser.findElement(By.cssSelector("#screening-" + screeningId + " .tickets")).getText()).isEqualTo("2 / 60");
        if (start.toLocalDate().equals(LocalDate.now(CHINA))) {
            browser.get(base() + "/manager");
            wait(d -> d.findElement(By.tagName("body")).getAttribute("data-updates") != null ? true : null);
            assertThat(browser.findElement(By.cssSelector("#cinema-" + cinema.id() + " .totals .tickets")).getText()).isEqualTo("2");
            assertThat(browser.findElement(By.cssSelector("#cinema-" + cinema.id() + " .totals .gross")).getText()).isEqualTo(paid);
            Browser.screenshot(browser, "manager-sales-today");
        }

        browser.get(base() + "/manager/door?cinema=" + cinema.id());
        browser.findElement(By.id("ticket-code")).sendKeys(code);
        browser.findElement(By.id("check-in")).click();
        WebElement result = wait(d -> d.findElement(By.id("door-result")).isDisplayed() ? d.findElement(By.id("door-result")) : null);
        assertThat(result.getText()).startsWith("Welcome: seat " + tickets.get(0).get("row").asString());
        assertThat(result.getAttribute("class")).contains("admitted");
        Browser.screenshot(browser, "manager-door-admitted");
        browser.findElement(By.id("ticket-code")).sendKeys(code);
        browser.findElement(By.id("check-in")).click();
        wait(d -> d.findElement(By.id("door-result")).getAttribute("class").contains("refused") ? true : null);
        assertThat(browser.findElement(By.id("door-result")).getText()).contains("already scanned");

        browser.get(base() + "/manager/schedule?cinema=" + cinema.id() + "&date=" + start.toLocalDate());
        WebElement row = browser.findElement(By.id("screening-" + screeningId));
        row.findElement(By.cssSelector(".cancel-reason")).sendKeys("Projector broken");
        row.findElement(By.cssSelector(".cancel-button")).click();
        marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(5)).until(d -> {
            try {
                d.switchTo().alert().accept();
                return true;
            } catch (org.openqa.selenium.NoAlertPresentException notYet) {
                return false;
            }
        });
        String cancelled = wait(d -> d.findElements(By.id("message")).isEmpty() ? null : d.findElement(By.id("message"))).getText();
        assertThat(cancelled).isEqualTo("Screening " + screeningId + " is cancelled: 2 tickets refunded (" + paid + "), 1 buyers told.");
        assertThat(browser.findElement(By.cssSelector("#screening-" + screeningId + " .status")).getText()).isEqualTo("cancelled");
        assertThat(catalog.screening(screeningId).cancelled()).isTrue();
        Browser.screenshot(browser, "manager-cancelled");

        signIn(moviegoer);
        browser.get(base() + "/tickets/mine");
        String notice = browser.findElement(By.id("notices")).getText();
        assertThat(notice).contains(cinema.name() + " cancelled the screening of " + film.displayTitle())
                .contains("Your 2 tickets were refunded: " + paid).contains("Projector broken");
        Browser.screenshot(browser, "manager-buyer-notice");

        signIn(manager);
        browser.get(base() + "/manager/schedule?cinema=" + cinema.id() + "&date=" + start.toLocalDate() + "&lang=zh");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).startsWith("排片");
        assertThat(browser.findElement(By.cssSelector("#screening-" + screeningId + " .status")).getText()).isEqualTo("已取消");
        browser.get(base() + "/manager?lang=en");
    }

    private long seat(Hall hall, int index) {
        return catalog.seatMap(hall.id()).seats().stream().mapToLong(s -> s.id()).sorted().skip(index).findFirst().orElseThrow();
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private void signIn(Person person) {
        browser.manage().deleteAllCookies();
        marquee.testing.Browser.signIn(browser, base(), person.account().email(), person.password());
    }

    private static <T> T wait(Function<WebDriver, T> condition) {
        return marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(15)).until(condition::apply);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
