package marquee.booking;

import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import marquee.accounts.Accounts;
import marquee.accounts.ConsentChange;
import marquee.accounts.Gender;
import marquee.accounts.MoviegoerProfile;
import marquee.catalog.Catalog;
import marquee.demo.DemoMarket;
import marquee.testing.Browser;
import marquee.testing.MarqueeTest;
import marquee.testing.OnDemoMarket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Interactive;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The must-show of issue 19 item 4: on a phone (Chromium's mobile emulation, 390 x 844 CSS px, touch), a moviegoer
 * signs up, sets interests and marketing consent, picks seats by tapping touch-size seats, checks out and sees the
 * ticket's QR code. Every storefront page on the way is weighed before caching (the browser cache off through CDP;
 * the sum of the transfer sizes of the page and all its resources from the Performance API) and must stay under 500 KB.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OnDemoMarket
class PhoneStorefrontBrowserTest {

    /** The budget for a phone-size storefront page, before caching. */
    private static final long PAGE_BUDGET_BYTES = 500_000;
    /** Apple's and the W3C's (WCAG 2.5.5) touch-target size, in CSS px. */
    private static final int TOUCH_TARGET = 44;

    @RegisterExtension
    static final Browser.PerClass phone = new Browser.PerClass(true);

    @LocalServerPort
    int port;
    @Autowired
    Catalog catalog;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoMarket market;

    WebDriver browser;
    WebDriverWait wait;
    final Map<String, Long> weights = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        market.seedIfEmpty();
        browser = phone.driver();
        wait = marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        browser.manage().deleteAllCookies();
        // "Before caching": every page and resource comes from the server, as on a first visit.
        HasCdp cdp = (HasCdp) browser;
        cdp.executeCdpCommand("Network.enable", Map.of());
        cdp.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    }

    @Test
    void a_moviegoer_signs_up_sets_interests_and_consent_taps_seats_pays_and_sees_the_tickets_qr_code_on_a_phone() {
        Shows.Show show = Shows.in(catalog).showing(aFilm()).hall(12, 16).add(); // 徒手攀岩, a hall wider than the phone
        String email = "phone-" + System.nanoTime() + "@test.marquee";

        // The listing at phone size: no ECharts, nothing wider than the screen, a way to sign up.
        browser.get(base() + "/tickets?city=Beijing");
        assertThat(viewportWidth()).isEqualTo(Browser.PHONE_WIDTH);
        weigh("now showing (/tickets, demo market)");
        assertThat(pageWidth()).as("the page does not scroll sideways").isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        Browser.screenshot(browser, "phone-now-showing");
        // The header is the moviegoer's (showing, coming soon, tickets, offers, profile), not the console's.
        assertThat(browser.findElement(By.cssSelector("header nav")).getText())
                .contains("Now showing", "My tickets", "Profile").doesNotContain("Box office", "Audit");
        tap(browser.findElement(By.id("signup-link")));

        // Sign-up: a bad password first says why and keeps what was typed; then the account, then the sign-in.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signup-form")));
        weigh("sign-up (/tickets/signup)");
        type(By.name("email"), email);
        type(By.name("displayName"), "Pia Phone");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('[name=password]').removeAttribute('minlength')");
        type(By.name("password"), "too short");
        tap(browser.findElement(By.id("sign-up")));
        wait.until(d -> d.findElement(By.id("form-errors")).getText().contains("The password must be 12 to 200 characters long."));
        assertThat(accounts.accountByEmail(email)).isEmpty();
        type(By.name("password"), "a phone password of some length");
        tap(browser.findElement(By.id("sign-up")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-up")));
        type(By.name("password"), "a phone password of some length");
        tap(browser.findElement(By.id("sign-in")));

        // The profile: home city, birth year, gender and interests by tapping their chips; then consent.
        wait.until(ExpectedConditions.urlContains("/tickets/me"));
        weigh("profile (/tickets/me)");
        wait.until(d -> !d.findElements(By.cssSelector("#cities option[value='Beijing']")).isEmpty());
        type(By.name("homeCity"), "Beijing");
        type(By.name("birthYear"), "1996");
        new Select(browser.findElement(By.name("gender"))).selectByValue("FEMALE");
        for (String interest : List.of("anime", "rock-climbing")) {
            WebElement chip = browser.findElement(By.cssSelector("#interests input[value='" + interest + "']")).findElement(By.xpath(".."));
            assertThat(chip.getRect().getHeight()).as("an interest chip is a touch target").isGreaterThanOrEqualTo(TOUCH_TARGET);
            tap(chip);
        }
        tap(browser.findElement(By.id("save-profile")));
        wait.until(d -> d.findElement(By.id("saved")).getText().contains("Your profile is saved."));
        long me = accounts.accountByEmail(email).orElseThrow().id();
        MoviegoerProfile profile = accounts.profile(me);
        assertThat(profile.homeCity()).isEqualTo("Beijing");
        assertThat(profile.birthYear()).isEqualTo(1996);
        assertThat(profile.gender()).isEqualTo(Gender.FEMALE);
        assertThat(profile.interests()).containsExactly("anime", "rock-climbing");

        tap(browser.findElement(By.id("toggle-consent")));
        wait.until(d -> "true".equals(d.findElement(By.id("consent-state")).getAttribute("data-consent")));
        assertThat(browser.findElement(By.id("consent-history")).getText()).contains("Consent given", "on this page");
        assertThat(accounts.consentHistory(me, 5)).extracting(ConsentChange::marketing).containsExactly(true);
        Browser.screenshot(browser, "phone-profile");

        // The seat map: every seat at least 44 x 44 CSS px; the map scrolls sideways in its box, the page does not.
        browser.get(base() + "/tickets/screenings/" + show.screeningId());
        wait.until(d -> "true".equals(d.findElement(By.id("booking")).getAttribute("data-ready")));
        weigh("seat map (/tickets/screenings/{id}, 12 x 16 seats)");
        assertThat(pageWidth()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        Rectangle seatBox = seat(show.seat(0)).getRect();
        assertThat(seatBox.getWidth()).isGreaterThanOrEqualTo(TOUCH_TARGET);
        assertThat(seatBox.getHeight()).isGreaterThanOrEqualTo(TOUCH_TARGET);
        assertThat(seatsNarrowerThan(TOUCH_TARGET)).as("seats smaller than a fingertip").isZero();
        Browser.screenshot(browser, "phone-seat-map");
        tap(seat(show.seat(5)));
        tap(seat(show.seat(6)));
        assertThat(browser.findElements(By.cssSelector(".seat-map .seat.chosen"))).hasSize(2);
        tap(browser.findElement(By.id("hold")));

        // Checkout: the quote for two seats at ¥45, the sandbox card that is approved, pay.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checkout")));
        wait.until(d -> d.findElement(By.id("quote-total")).getText().equals("¥90.00"));
        Browser.screenshot(browser, "phone-checkout");
        new Select(browser.findElement(By.id("payment-method"))).selectByValue("approve");
        assertThat(browser.findElement(By.id("pay")).getRect().getHeight()).isGreaterThanOrEqualTo(TOUCH_TARGET);
        tap(browser.findElement(By.id("pay")));

        // My tickets, then one ticket's page with its QR code large enough to scan from the phone.
        wait.until(ExpectedConditions.urlContains("/tickets/mine?paid="));
        long orderId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*paid=(\\d+).*", "$1"));
        assertThat(jdbc.sql("select status from booking_order where id = ?").param(orderId).query(String.class).single())
                .isEqualTo("PAID");
        weigh("my tickets (/tickets/mine, 2 QR codes)");
        tap(browser.findElement(By.cssSelector("#order-" + orderId + " .open-ticket")));
        wait.until(ExpectedConditions.urlContains("/tickets/mine/"));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var i = document.getElementById('qr'); return i.complete && i.naturalWidth > 0")));
        weigh("ticket with its QR code (/tickets/mine/{code})");
        WebElement qr = browser.findElement(By.id("qr"));
        assertThat(qr.getRect().getWidth()).as("the QR code fills most of the phone's width").isGreaterThanOrEqualTo(280);
        assertThat(browser.findElement(By.id("ticket")).getText()).contains("徒手攀岩", "Row A, seat 6", "Valid");
        Browser.screenshot(browser, "phone-ticket");

        // The same pages in Chinese, the switch kept in a cookie.
        browser.get(base() + "/tickets/me?lang=zh");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("个人资料");
        assertThat(browser.findElement(By.id("consent-history")).getText()).contains("已同意", "在本页");
        assertThat(browser.findElement(By.id("interests")).getText()).contains("动画", "攀岩与户外");
        Browser.screenshot(browser, "phone-profile-zh");

        System.out.println("Phone-size storefront page weights (390x844, cache off, sum of Performance API transfer sizes):");
        weights.forEach((page, bytes) -> System.out.printf("  %-55s %,9d bytes (%.1f KB)%n", page, bytes, bytes / 1024.0));
        assertThat(weights).allSatisfy((page, bytes) -> assertThat(bytes).as(page).isLessThan(PAGE_BUDGET_BYTES));
    }

    /**
     * The page's weight as loaded: the document's and every resource's transfer size (headers and body as sent, compressed
     * or not), taking the encoded body size where a resource reports no transfer size. Also checks no ECharts is loaded.
     */
    private void weigh(String page) {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        @SuppressWarnings("unchecked")
        List<Object> entries = (List<Object>) ((JavascriptExecutor) browser).executeScript("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .map(e => [e.name, Math.max(e.transferSize || 0, e.encodedBodySize || 0)]);""");
        long total = 0;
        List<String> names = new ArrayList<>();
        for (Object entry : entries) {
            List<?> pair = (List<?>) entry;
            names.add((String) pair.get(0));
            total += ((Number) pair.get(1)).longValue();
        }
        assertThat(names).as(page + ": storefront pages draw no chart").noneMatch(name -> name.contains("echarts"));
        weights.put(page, total);
    }

    /** A tap: a touch pointer goes down on the element's centre and up again (the element first scrolled into view). */
    private void tap(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element);
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        Sequence tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(element), 0, 0))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        ((Interactive) browser).perform(List.of(tap));
    }

    private void type(By field, String text) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    private WebElement seat(long seatId) {
        return browser.findElement(By.cssSelector(".seat-map .seat[data-seat='" + seatId + "']"));
    }

    private long seatsNarrowerThan(int px) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('.seat-map .seat')).filter(s => {"
                        + " var r = s.getBoundingClientRect(); return r.width < arguments[0] || r.height < arguments[0]; }).length", px))
                .longValue();
    }

    private long viewportWidth() {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth")).longValue();
    }

    private long pageWidth() {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
