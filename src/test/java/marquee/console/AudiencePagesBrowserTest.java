package marquee.console;

import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import marquee.accounts.Account;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.booking.BookingRequests;
import marquee.booking.Buyer;
import marquee.booking.Shows;
import marquee.catalog.Catalog;
import marquee.demo.DemoMarket;
import marquee.testing.Browser;
import marquee.testing.Eventually;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The audience pages in a real headless Chromium, signed in as the demo's animation distributor. */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "marquee.demo.moviegoers=6000")
class AudiencePagesBrowserTest {

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
    void signedInAsLumensAnalyst() {
        market.seedIfEmpty();
        signIn("analyst@lumen.demo");
    }

    private void signIn(String email) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.name("email")).sendKeys(email);
        browser.findElement(By.name("password")).sendKeys("marquee-demo-2026");
        browser.findElement(By.cssSelector(".signin button")).click();
        marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/account"));
    }

    @Test
    void a_coupons_buyers_have_a_portrait_page_that_only_its_distributor_sees() {
        Account admin = accounts.accountByEmail("admin@lumen.demo").orElseThrow();
        Http lumen = new Http(port).withToken(tokens.issue(admin.id(), "coupon test").secret());
        Shows.Show show = Shows.in(catalog).showing(aFilm().titled("Lumen coupon film").ownedBy(admin.tenantId())).add();
        String code = "LUMEN" + Long.toString(System.nanoTime(), 36).toUpperCase();
        assertThat(lumen.post("/api/coupons", BookingRequests.coupon(code, "PERCENT", 10, 100, 1, show.filmId(), null)).status())
                .isEqualTo(201);
        int seat = 0;
        for (AccountFixtures.Person buyer : new AccountFixtures(accounts, tokens).moviegoers(3)) {
            assertThat(Buyer.of(buyer, port).buyWith(code, show.screeningId(), show.seat(seat++)).status()).isEqualTo(201);
        }

        browser.get(url("/audience"));
        browser.findElement(By.linkText(code)).click();
        Eventually.until("the three buyers on the coupon's page", () -> {
            browser.navigate().refresh();
            return browser.findElement(By.id("tickets")).getText().equals("3");
        });
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("coupon " + code);
        marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(15))
                .until(d -> "true".equals(d.findElement(By.id("province-map")).getAttribute("data-ready")));
        assertThat(browser.findElements(By.cssSelector(".dimension[data-ready='true'] canvas"))).hasSizeGreaterThanOrEqualTo(8);
        Browser.screenshot(browser, "audience-coupon");

        signIn("analyst@huaxia.demo");
        browser.get(url("/audience/coupons/" + code));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Not found");
        browser.get(url("/audience"));
        assertThat(Browser.none(browser, browser, By.linkText(code))).isEmpty();
    }

    @Test
    void a_press_release_films_portrait_draws_its_tgi_charts_and_the_province_map() {
        browser.get(url("/audience"));
        browser.findElement(By.linkText("铃芽之旅")).click();

        WebDriverWait wait = marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(15));
        wait.until(d -> "true".equals(d.findElement(By.id("province-map")).getAttribute("data-ready")));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("铃芽之旅");
        assertThat(browser.findElements(By.cssSelector(".dimension[data-ready='true'] canvas"))).hasSizeGreaterThanOrEqualTo(8);
        assertThat(browser.findElements(By.cssSelector("#province-map canvas"))).isNotEmpty();
        assertThat(browser.findElement(By.id("want-chart")).getAttribute("data-ready")).isEqualTo("true");
        assertThat(browser.findElement(By.id("flags")).getText()).contains("Nothing unusual");
        assertThat(browser.findElement(By.id("audience-size")).getText()).isNotEqualTo("0");
        Browser.screenshot(browser, "audience-portrait");
    }

    @Test
    void another_distributors_film_is_not_found_and_not_listed() {
        browser.get(url("/audience"));
        assertThat(browser.findElement(By.id("audience-films")).getText()).contains("铃芽之旅").doesNotContain("徒手攀岩");
        browser.findElement(By.cssSelector("form.filters button")).click();
        marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector(".dimension[data-ready='true']")).size() >= 8);
        Browser.screenshot(browser, "audience-compare");

        browser.get(url("/audience/films/999999"));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Not found");
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
