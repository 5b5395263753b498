package marquee.audience;

import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.booking.Buyer;
import marquee.booking.Shows;
import marquee.catalog.Catalog;
import marquee.shared.security.Role;
import marquee.shared.security.TenantKind;
import marquee.testing.Browser;
import marquee.testing.Http;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Word of mouth on the storefront in a real headless Chromium: a verified viewer marks the film, rates and
 * reviews it after the show, and sees the histogram, the score and the review (hostile text shown as text);
 * the "coming soon" list shows want-to-see counts.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WordOfMouthBrowserTest {

    @RegisterExtension
    static final Browser.PerClass chromium = new Browser.PerClass();

    @LocalServerPort
    int port;
    @Autowired
    Catalog catalog;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    WebDriver browser;
    AccountFixtures people;
    WebDriverWait wait;

    @BeforeEach
    void setUp() {
        browser = chromium.driver();
        people = new AccountFixtures(accounts, tokens);
        wait = marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        browser.manage().deleteAllCookies();
    }

    @Test
    void a_verified_viewer_rates_and_reviews_after_the_show_and_sees_the_histogram_and_the_review() {
        var distributor = people.tenant(TenantKind.DISTRIBUTOR);
        Shows.Show show = Shows.in(catalog).showing(aFilm().titled("Word of mouth " + System.nanoTime()).ownedBy(distributor.id())).add();
        AccountFixtures.Person ann = people.moviegoer();
        AccountFixtures.Person bob = people.moviegoer();
        assertThat(Buyer.of(ann, port).buy(show.screeningId(), show.seat(0)).status()).isEqualTo(201);
        Http bobHttp = Buyer.of(bob, port).http();
        assertThat(Buyer.of(bob, port).buy(show.screeningId(), show.seat(1)).status()).isEqualTo(201);

        // Anonymous: no ratings yet; the want-to-see button leads to the sign-in.
        browser.get(base() + "/tickets/films/" + show.filmId());
        waitReady();
        assertThat(browser.findElement(By.id("score")).getText()).isEqualTo("–");
        assertThat(browser.findElement(By.id("rate-form")).isDisplayed()).isFalse();

        signIn(ann, "/tickets/films/" + show.filmId());
        waitReady();
        assertThat(browser.findElement(By.id("rate-note")).getText()).contains("once your screening has started");
        browser.findElement(By.id("want-to-see")).click();
        wait.until(d -> d.findElement(By.id("want-count")).getText().equals("1"));
        assertThat(browser.findElement(By.id("want-to-see")).getAttribute("aria-pressed")).isEqualTo("true");

        // The show starts; Bob rates 6 with a review through the API.
        jdbc.sql("update screening set starts_at = ?, ends_at = ? where id = ?").params(
                Instant.now().minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC), Instant.now().plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC),
                show.screeningId()).update();
        assertThat(bobHttp.put("/api/films/" + show.filmId() + "/rating", "{\"rating\":6,\"review\":\"Solid, a bit long\"}").status())
                .isEqualTo(204);

        browser.navigate().refresh();
        waitReady();
        WebElement form = browser.findElement(By.id("rate-form"));
        assertThat(form.isDisplayed()).isTrue();
        form.findElement(By.cssSelector("input[name=rating][value='9']")).click();
        String hostile = "<b>Gripping</b><img src=x onerror=\"window.hacked=1\"> from start to end";
        browser.findElement(By.id("review-text")).sendKeys(hostile);
        browser.findElement(By.id("rate-submit")).click();

        wait.until(d -> d.findElement(By.id("score")).getText().equals("7.5"));
        wait.until(d -> d.findElements(By.cssSelector("#reviews .review")).size() == 2);
        assertThat(bar(9).getAttribute("data-count")).isEqualTo("1");
        assertThat(bar(6).getAttribute("data-count")).isEqualTo("1");
        assertThat(bar(1).getAttribute("data-count")).isEqualTo("0");
        assertThat(browser.findElement(By.id("rating-count")).getText()).isEqualTo("2 ratings by verified viewers");
        WebElement mine = browser.findElement(By.cssSelector("#reviews .review:first-child"));
        assertThat(mine.findElement(By.cssSelector(".review-text")).getText()).isEqualTo(hostile);
        assertThat(Browser.none(browser, mine, By.cssSelector(".review-text b, .review-text img"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.hacked === undefined")).isEqualTo(true);
        assertThat(mine.getText()).contains("9/10", "Your review");

        // Bob's review is helpful to Ann, once.
        WebElement bobs = browser.findElement(By.cssSelector("#reviews .review:nth-child(2)"));
        bobs.findElement(By.cssSelector(".helpful")).click();
        wait.until(d -> d.findElement(By.cssSelector("#reviews .review:nth-child(2) .helpful")).getText().equals("Helpful (1)"));
        browser.findElement(By.cssSelector("#reviews .review:nth-child(2) .helpful")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("review-sort"))).selectByValue("helpful");
        wait.until(d -> d.findElement(By.cssSelector("#reviews .review:first-child .review-text")).getText().equals("Solid, a bit long"));
        assertThat(browser.findElement(By.cssSelector("#reviews .review:first-child .helpful")).getText()).isEqualTo("Helpful (1)");
        Browser.screenshot(browser, "storefront-word-of-mouth");
    }

    @Test
    void coming_soon_lists_announced_films_not_yet_released_with_their_want_to_see_counts() {
        var distributor = people.tenant(TenantKind.DISTRIBUTOR);
        long film = aFilm().titled("Soon " + System.nanoTime()).ownedBy(distributor.id()).releasedOn(LocalDate.now().plusDays(20))
                .addTo(catalog).id();
        for (AccountFixtures.Person fan : people.moviegoers(2)) {
            assertThat(new Http(port).withToken(fan.token()).put("/api/films/" + film + "/want-to-see", "").status()).isEqualTo(204);
        }
        browser.get(base() + "/tickets");
        browser.findElement(By.id("coming-soon-link")).click();
        wait.until(ExpectedConditions.urlContains("/tickets/coming-soon"));
        WebElement card = browser.findElement(By.cssSelector(".film-card[data-film='" + film + "']"));
        assertThat(card.findElement(By.cssSelector(".want-count")).getText()).isEqualTo("2");
        card.findElement(By.cssSelector("a")).click();
        waitReady();
        assertThat(browser.findElement(By.id("want-count")).getText()).isEqualTo("2");
    }

    @Test
    void the_films_distributor_sees_a_reported_review_on_the_console_and_hides_it_from_the_storefront() {
        var distributor = people.tenant(TenantKind.DISTRIBUTOR);
        Shows.Show show = Shows.in(catalog).showing(aFilm().titled("Moderated " + System.nanoTime()).ownedBy(distributor.id())).add();
        Buyer ann = Buyer.of(people.moviegoer(), port);
        assertThat(ann.buy(show.screeningId(), show.seat(0)).status()).isEqualTo(201);
        jdbc.sql("update screening set starts_at = ? where id = ?")
                .params(Instant.now().minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC), show.screeningId()).update();
        assertThat(ann.http().put("/api/films/" + show.filmId() + "/rating", "{\"rating\":1,\"review\":\"Buy cheap pills <here>\"}")
                .status()).isEqualTo(204);
        long review = new Http(port).get("/api/films/" + show.filmId() + "/reviews").json().get("items").get(0).get("id").asLong();
        assertThat(new Http(port).withToken(people.moviegoer().token()).put("/api/reviews/" + review + "/report", "{\"reason\":\"spam\"}")
                .status()).isEqualTo(204);

        signIn(people.staff(Role.DISTRIBUTOR_ADMIN, distributor.id()), "/audience/films/" + show.filmId());
        WebElement row = browser.findElement(By.id("flagged-" + review));
        assertThat(row.getText()).contains("Buy cheap pills <here>", "reported by 1 moviegoer");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("reviews-to-look-at")));
        Browser.screenshot(browser, "console-reviews-to-look-at");
        row.findElement(By.cssSelector(".hide-review")).click();
        wait.until(d -> d.findElement(By.id("flagged-" + review)).getText().contains("hidden"));
        assertThat(new Http(port).get("/api/films/" + show.filmId() + "/reviews").json().get("total").asLong()).isZero();
        assertThat(new Http(port).get("/api/films/" + show.filmId() + "/opinion").json().get("ratings").asLong())
                .as("the rating still counts").isEqualTo(1);
    }

    private WebElement bar(int rating) {
        return browser.findElement(By.cssSelector("#histogram li[data-rating='" + rating + "']"));
    }

    private void waitReady() {
        wait.until(d -> "true".equals(d.findElement(By.id("word-of-mouth")).getAttribute("data-ready")));
    }

    private void signIn(AccountFixtures.Person person, String next) {
        browser.get(base() + "/login?next=" + next);
        browser.findElement(By.name("email")).sendKeys(person.account().email());
        browser.findElement(By.name("password")).sendKeys(person.password());
        browser.findElement(By.cssSelector(".signin button")).click();
        wait.until(ExpectedConditions.urlContains(next));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
