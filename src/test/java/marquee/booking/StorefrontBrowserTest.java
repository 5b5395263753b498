package marquee.booking;

import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.catalog.Catalog;
import marquee.demo.DemoMarket;
import marquee.shared.security.Role;
import marquee.testing.Browser;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import marquee.testing.OnDemoMarket;
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

/** A moviegoer buys tickets on the storefront in a real headless Chromium, from the listing to the QR code. */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OnDemoMarket
class StorefrontBrowserTest {

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
    @Autowired
    DemoMarket market;

    WebDriver browser;
    AccountFixtures people;
    WebDriverWait wait;

    @BeforeEach
    void setUp() {
        // Tests of this context share one store: the console's tests expect the demo market in it, seeded
        // only into an empty catalog, so whichever test comes first seeds it.
        market.seedIfEmpty();
        browser = chromium.driver();
        people = new AccountFixtures(accounts, tokens);
        // Pages reload under the waits (after a payment, after a refund): an element of the old page is simply looked up again.
        wait = marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        browser.manage().deleteAllCookies();
    }

    @Test
    void a_moviegoer_picks_seats_holds_them_uses_a_coupon_pays_and_finds_the_tickets_qr_codes() {
        Shows.Show show = Shows.in(catalog).showing(aFilm()).add(); // 徒手攀岩 (Free Solo), 10 rows of 10, ¥45 a seat
        Buyer bob = buyer(people.moviegoer());
        assertThat(bob.buy(show.screeningId(), show.seat(0)).status()).isEqualTo(201);
        String coupon = "SF" + System.nanoTime();
        Http operator = new Http(port).withToken(people.staff(Role.OPERATOR).token());
        assertThat(operator.post("/api/coupons", BookingRequests.coupon(coupon, "PERCENT", 20, 10, 1, show.filmId(), null)).status())
                .isEqualTo(201);
        AccountFixtures.Person ann = people.moviegoer();

        // Anonymous: the listing leads to the film's showtime and its seat map, where seats can be chosen.
        browser.get(base() + "/tickets?city=Beijing");
        WebElement card = browser.findElement(By.cssSelector(".film-card[data-film='" + show.filmId() + "']"));
        assertThat(card.findElement(By.cssSelector(".title")).getText()).isEqualTo("徒手攀岩");
        Browser.screenshot(browser, "storefront-now-showing");
        card.findElement(By.cssSelector(".showtimes a[href$='/tickets/screenings/" + show.screeningId() + "']")).click();
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("徒手攀岩", "Free Solo");
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("sign in");

        // A seat sold to someone else cannot be chosen.
        WebElement sold = seat(show.seat(0));
        assertThat(sold.getAttribute("class")).contains("sold");
        assertThat(sold.isEnabled()).isFalse();
        sold.click();
        assertThat(seat(show.seat(0)).getAttribute("class")).doesNotContain("chosen");

        // Holding needs a sign-in: off to /login and back to the seat map with the same seats chosen.
        seat(show.seat(1)).click();
        seat(show.seat(2)).click();
        browser.findElement(By.id("hold")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.name("email")).sendKeys(ann.account().email());
        browser.findElement(By.name("password")).sendKeys(ann.password());
        browser.findElement(By.cssSelector(".signin button")).click();
        wait.until(ExpectedConditions.urlContains("/tickets/screenings/" + show.screeningId()));
        wait.until(d -> "true".equals(d.findElement(By.id("booking")).getAttribute("data-ready")));
        assertThat(chosenSeats()).containsExactly(show.seat(1), show.seat(2));

        // Someone else holds one of the chosen seats first: nothing is held, the page says so and redraws the map.
        assertThat(bob.hold(show.screeningId(), show.seat(2)).status()).isEqualTo(201);
        browser.findElement(By.id("hold")).click();
        wait.until(d -> d.findElement(By.id("booking-message")).getText().contains("Someone else has just taken"));
        wait.until(d -> seat(show.seat(2)).getAttribute("class").contains("held"));
        assertThat(chosenSeats()).containsExactly(show.seat(1));
        seat(show.seat(3)).click();
        browser.findElement(By.id("hold")).click();

        // The checkout: the quote, a coupon that re-quotes, a declined card, then one that pays.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checkout")));
        wait.until(d -> d.findElement(By.id("quote-total")).getText().equals("¥90.00"));
        browser.findElement(By.id("coupon")).sendKeys("NOSUCHCODE");
        browser.findElement(By.id("apply-coupon")).click();
        wait.until(d -> d.findElement(By.id("coupon-status")).getText().contains("NOSUCHCODE"));
        assertThat(browser.findElement(By.id("quote-total")).getText()).isEqualTo("¥90.00");
        browser.findElement(By.id("coupon")).clear();
        browser.findElement(By.id("coupon")).sendKeys(coupon);
        browser.findElement(By.id("apply-coupon")).click();
        wait.until(d -> d.findElement(By.id("quote-total")).getText().equals("¥72.00"));
        assertThat(browser.findElement(By.id("quote-discount")).getText()).isEqualTo("−¥18.00");
        Browser.screenshot(browser, "storefront-checkout");

        new Select(browser.findElement(By.id("payment-method"))).selectByValue("decline");
        browser.findElement(By.id("pay")).click();
        wait.until(d -> d.findElement(By.id("booking-message")).getText().contains("declined"));
        assertThat(browser.findElement(By.id("checkout")).isDisplayed()).isTrue();

        new Select(browser.findElement(By.id("payment-method"))).selectByValue("approve");
        browser.findElement(By.id("pay")).click();

        // My tickets: the paid order with a QR code per ticket, and the order is PAID in the store.
        wait.until(ExpectedConditions.urlContains("/tickets/mine?paid="));
        long orderId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*paid=(\\d+).*", "$1"));
        WebElement purchase = browser.findElement(By.id("order-" + orderId));
        assertThat(purchase.findElement(By.cssSelector(".status")).getText()).isEqualTo("PAID");
        assertThat(purchase.getText()).contains("徒手攀岩", "Row A, seat 2", "Row A, seat 4", "¥72.00", coupon);
        wait.until(d -> qrCodesLoaded(d.findElement(By.id("order-" + orderId))) == 2);
        assertThat(jdbc.sql("select status from booking_order where id = ?").param(orderId).query(String.class).single())
                .isEqualTo("PAID");
        Browser.screenshot(browser, "storefront-my-tickets");

        // A refund takes two clicks and leaves the order refunded.
        purchase.findElement(By.cssSelector(".refund")).click();
        browser.findElement(By.cssSelector("#order-" + orderId + " .refund")).click();
        wait.until(d -> d.findElement(By.cssSelector("#order-" + orderId + " .status")).getText().equals("REFUNDED"));
        assertThat(jdbc.sql("select status from booking_order where id = ?").param(orderId).query(String.class).single())
                .isEqualTo("REFUNDED");
    }

    @Test
    void a_film_page_lists_the_showtimes_by_cinema_and_my_tickets_needs_a_sign_in() {
        Shows.Show show = Shows.in(catalog).showing(aFilm()).add();

        browser.get(base() + "/tickets/films/" + show.filmId() + "?city=Beijing");
        assertThat(browser.findElement(By.cssSelector(".days a.active")).getText()).isNotBlank();
        assertThat(browser.findElement(By.cssSelector(".cinema h3")).getText()).startsWith("Booking Cinema");
        assertThat(browser.findElements(By.cssSelector(".cinema .showtimes a[href$='/tickets/screenings/" + show.screeningId() + "']")))
                .hasSize(1);
        Browser.screenshot(browser, "storefront-film");

        browser.get(base() + "/tickets/mine");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private Buyer buyer(AccountFixtures.Person person) {
        return new Buyer(person.id(), new Http(port).withToken(person.token()));
    }

    private WebElement seat(long seatId) {
        return browser.findElement(By.cssSelector(".seat-map .seat[data-seat='" + seatId + "']"));
    }

    private List<Long> chosenSeats() {
        return browser.findElements(By.cssSelector(".seat-map .seat.chosen")).stream()
                .map(s -> Long.parseLong(s.getAttribute("data-seat"))).toList();
    }

    /** How many of the purchase's QR images the browser has loaded and decoded. */
    private long qrCodesLoaded(WebElement purchase) {
        Object loaded = ((JavascriptExecutor) browser).executeScript(
                "return Array.from(arguments[0].querySelectorAll('img.qr')).filter(i => i.complete && i.naturalWidth > 0).length",
                purchase);
        return ((Number) loaded).longValue();
    }
}
