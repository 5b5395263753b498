package marquee.console;

import static marquee.catalog.CatalogFixtures.aFilm;
import static marquee.catalog.CatalogFixtures.aHall;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import marquee.accounts.AccountFixtures;
import marquee.accounts.AccountFixtures.Person;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.accounts.Gender;
import marquee.accounts.GeneratedMoviegoer;
import marquee.accounts.ProfileChange;
import marquee.audience.internal.AudienceData;
import marquee.booking.ScreeningAdmission;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.Film;
import marquee.catalog.NewCinema;
import marquee.shared.security.Role;
import marquee.testing.Browser;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The preview journey of issue 16 in a real headless Chromium, every step through the pages people use: the
 * distributor plans previews of its film and sends a request from the plan; the chain's manager accepts it in the
 * console; the distributor invites the climbers (10% held out at random); an invited moviegoer finds the invitation in
 * the storefront and books it with the normal checkout; after the show starts she rates and reviews the film; the
 * rating shows on the storefront's histogram and on the film's word-of-mouth chart in the console.
 *
 * <p>A market of its own (one city whose climbers are the film's audience, one cinema of the manager's chain), so the
 * plan's first row is that cinema. The show "starts" by moving the screening's start an hour into the past in the
 * store, as the word-of-mouth browser test does: the services refuse a screening that starts in the past to be
 * requested, accepted or booked, and waiting for a real start would make the test slow.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "marquee.test.market=preview-journey")
class PreviewJourneyBrowserTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @RegisterExtension
    static final Browser.PerClass chromium = new Browser.PerClass();

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
    ScreeningAdmission admission;
    @Autowired
    JdbcClient jdbc;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void setUp() {
        browser = chromium.driver();
        wait = marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @Test
    void plan_request_acceptance_invitation_booking_rating_and_the_rating_on_the_word_of_mouth_chart() {
        AccountFixtures people = new AccountFixtures(accounts, tokens);
        Person distributor = people.staff(Role.DISTRIBUTOR_ADMIN);
        Person manager = people.staff(Role.CINEMA_MANAGER);
        String city = "Cragtown";
        List<Film> seen = IntStream.range(0, 10).mapToObj(k -> aFilm().titled("Journey: climb " + k).addTo(catalog)).toList();
        Film film = aFilm().titled("Journey: the wall").releasedOn(LocalDate.now(CHINA).plusDays(30))
                .ownedBy(distributor.tenantId()).addTo(catalog);
        Cinema cinema = catalog.addCinema(new NewCinema("Cragtown Cinema", "Journey Chain", city, "Yunnan", 4, "Asia/Shanghai", null),
                manager.tenantId());
        catalog.addHall(cinema.id(), aHall(6, 10)); // 60 seats
        catalog.addHall(cinema.id(), aHall(10, 10)); // 100 seats
        accounts.addPopulation(IntStream.range(0, 60).mapToObj(i -> new GeneratedMoviegoer("climber-" + i + "@journey.test", "Climber " + i,
                1992, Gender.FEMALE, city, List.of("rock-climbing"), false, seen.stream()
                .map(f -> new GeneratedMoviegoer.Viewing(f.id(), LocalDate.of(2026, 10, 1), null)).toList())).toList());
        // Climbers who can sign in and consent to marketing: the segment the invitations go to.
        List<Person> climbers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Person climber = people.moviegoer();
            accounts.changeProfile(climber.id(), new ProfileChange(1995, Gender.FEMALE, city, List.of("rock-climbing")));
            accounts.setMarketingConsent(climber.id(), true);
            climbers.add(climber);
        }
        audience.invalidate();

        // 1. The plan: from the film's page to its screening plan; the first row is the cinema in the climbers' town.
        signIn(distributor);
        browser.get(base() + "/films/" + film.id());
        browser.findElement(By.id("screening-plan-link")).click();
        wait.until(d -> !d.findElements(By.id("count")).isEmpty());
        browser.findElement(By.id("count")).clear();
        browser.findElement(By.id("count")).sendKeys("1");
        browser.findElement(By.id("make-plan")).click();
        wait.until(d -> "true".equals(d.findElement(By.id("plan-map")).getAttribute("data-ready")));
        // The page's scripts may draw the table again after the map (texts, export buttons): read the row afresh.
        wait.until(d -> d.findElement(By.cssSelector("#plan tbody tr")).getText().contains("Cragtown Cinema"));
        assertThat(browser.findElement(By.cssSelector("#plan tbody tr")).getText()).contains(city, "Cragtown Cinema");
        Browser.screenshot(browser, "preview-journey-1-plan");

        // 2. The request, sent from the plan's row: an invitation-only preview.
        wait.until(d -> {
            d.findElement(By.cssSelector("#plan tbody tr .request-link")).click();
            return true;
        });
        wait.until(ExpectedConditions.urlContains("/screening-requests"));
        assertThat(browser.findElement(By.id("cinema")).getAttribute("value")).isEqualTo("" + cinema.id());
        new Select(browser.findElement(By.id("kind"))).selectByValue("PREVIEW");
        browser.findElement(By.id("invitation-only")).click();
        browser.findElement(By.id("note")).sendKeys("Climbers first");
        browser.findElement(By.id("send")).click();
        assertThat(message()).contains("sent");
        String rowId = browser.findElement(By.cssSelector("#requests tbody tr")).getAttribute("id");
        assertThat(status(rowId)).isEqualTo("SENT");

        // 3. The chain's manager accepts it in the console.
        signIn(manager);
        browser.get(base() + "/screening-requests");
        browser.findElement(By.cssSelector("#" + rowId + " .accept-button")).click();
        assertThat(message()).contains("accepted");
        assertThat(status(rowId)).isEqualTo("ACCEPTED");
        long screeningId = Long.parseLong(browser.findElement(By.cssSelector("#" + rowId + " .screening-id")).getText());
        Browser.screenshot(browser, "preview-journey-2-accepted");

        // 4. The distributor invites everyone with the interest living in the cinema's city (the form's default), 10% held out at random.
        signIn(distributor);
        browser.get(base() + "/screening-requests");
        WebElement row = browser.findElement(By.id(rowId));
        new Select(row.findElement(By.cssSelector(".invite-rule"))).selectByValue("INTERESTS");
        row.findElement(By.cssSelector(".invite-interest")).sendKeys("rock-climbing");
        WebElement holdout = row.findElement(By.cssSelector(".invite-holdout"));
        holdout.clear();
        holdout.sendKeys("10");
        assertThat(row.findElement(By.cssSelector(".invite-city")).isSelected()).as("only the cinema's city, by default").isTrue();
        Browser.screenshot(browser, "preview-journey-3-invitation-form");
        row.findElement(By.cssSelector(".invite-button")).click();
        assertThat(message()).contains("invited", "held out");
        assertThat(browser.findElement(By.cssSelector("#" + rowId + " .invitations")).getText()).contains("INTERESTS rock-climbing in Cragtown");
        Browser.screenshot(browser, "preview-journey-3-invited");
        Person guest = climbers.stream().filter(c -> admission.admits(screeningId, c.id())).findFirst()
                .orElseThrow(() -> new AssertionError("all six climbers held out (chance 1 in a million)"));
        climbers.stream().filter(c -> !admission.admits(screeningId, c.id())).findFirst().ifPresent(heldOut -> {
            signIn(heldOut);
            browser.get(base() + "/tickets");
            assertThat(Browser.none(browser, browser, By.cssSelector("#invitations li[data-screening='" + screeningId + "']")))
                    .as("a held-out climber is not invited").isEmpty();
        });

        // 5. The invited climber sees the invitation in the storefront and books it with the normal checkout.
        signIn(guest);
        browser.get(base() + "/tickets");
        WebElement invitation = browser.findElement(By.cssSelector("#invitations li[data-screening='" + screeningId + "']"));
        assertThat(invitation.getText()).contains("Journey: the wall", "Cragtown Cinema");
        Browser.screenshot(browser, "preview-journey-4-invitation");
        invitation.findElement(By.cssSelector("a")).click();
        wait.until(d -> "true".equals(d.findElement(By.id("booking")).getAttribute("data-ready")));
        browser.findElement(By.cssSelector(".seat-map .seat:not(.sold):not(.held)")).click();
        browser.findElement(By.id("hold")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checkout")));
        new Select(browser.findElement(By.id("payment-method"))).selectByValue("approve");
        browser.findElement(By.id("pay")).click();
        wait.until(ExpectedConditions.urlContains("/tickets/mine?paid="));
        long orderId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*paid=(\\d+).*", "$1"));
        assertThat(browser.findElement(By.cssSelector("#order-" + orderId + " .status")).getText()).isEqualTo("PAID");

        // 6. The show starts (moved an hour back in the store); after it she rates 9 and reviews on the film's page.
        jdbc.sql("update screening set starts_at = ?, ends_at = ? where id = ?").params(
                Instant.now().minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC), Instant.now().plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC),
                screeningId).update();
        browser.get(base() + "/tickets/films/" + film.id());
        wait.until(d -> "true".equals(d.findElement(By.id("word-of-mouth")).getAttribute("data-ready")));
        WebElement form = browser.findElement(By.id("rate-form"));
        assertThat(form.isDisplayed()).isTrue();
        form.findElement(By.cssSelector("input[name=rating][value='9']")).click();
        browser.findElement(By.id("review-text")).sendKeys("Saw it at the preview: my hands were sweating.");
        browser.findElement(By.id("rate-submit")).click();
        wait.until(d -> d.findElement(By.cssSelector("#histogram li[data-rating='9']")).getAttribute("data-count").equals("1"));
        wait.until(d -> d.findElements(By.cssSelector("#reviews .review")).size() == 1);
        assertThat(browser.findElement(By.id("rating-count")).getText()).contains("1 rating");
        Browser.screenshot(browser, "preview-journey-5-rated");

        // 7. The distributor sees the rating on the film's word-of-mouth chart: today, one verified rating of 9.
        signIn(distributor);
        browser.get(base() + "/audience/films/" + film.id());
        wait.until(d -> "true".equals(d.findElement(By.id("rating-chart")).getAttribute("data-ready")));
        @SuppressWarnings("unchecked")
        List<Object> chart = (List<Object>) ((JavascriptExecutor) browser).executeScript("""
                var o = echarts.getInstanceByDom(document.getElementById('rating-chart')).getOption();
                var last = o.xAxis[0].data.length - 1;
                return [o.xAxis[0].data[last], o.series[1].data[last], o.series[3].data[last]];""");
        assertThat(chart.get(0)).isEqualTo(LocalDate.now(CHINA).toString());
        assertThat(((Number) chart.get(1)).intValue()).as("verified ratings today").isEqualTo(1);
        assertThat(((Number) chart.get(2)).doubleValue()).as("their mean").isEqualTo(9.0);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("rating-chart")));
        Browser.screenshot(browser, "preview-journey-6-word-of-mouth");
    }

    /** The page's message after an action; a problem instead fails the test with its text. */
    private String message() {
        WebElement said = wait.until(d -> d.findElements(By.cssSelector("#message, #problem")).stream().findFirst().orElse(null));
        assertThat(said.getAttribute("id")).as(said.getText()).isEqualTo("message");
        return said.getText();
    }

    private String status(String rowId) {
        return browser.findElement(By.cssSelector("#" + rowId + " .status")).getText();
    }

    private void signIn(Person person) {
        browser.manage().deleteAllCookies();
        browser.get(base() + "/login");
        browser.findElement(By.name("email")).sendKeys(person.account().email());
        browser.findElement(By.name("password")).sendKeys(person.password());
        browser.findElement(By.cssSelector(".signin button")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
