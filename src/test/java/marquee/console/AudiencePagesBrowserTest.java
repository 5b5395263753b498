package marquee.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import marquee.demo.DemoMarket;
import marquee.testing.Browser;
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
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.name("email")).sendKeys("analyst@lumen.demo");
        browser.findElement(By.name("password")).sendKeys("marquee-demo-2026");
        browser.findElement(By.cssSelector(".signin button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/account"));
    }

    @Test
    void a_press_release_films_portrait_draws_its_tgi_charts_and_the_province_map() {
        browser.get(url("/audience"));
        browser.findElement(By.linkText("铃芽之旅")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
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
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector(".dimension[data-ready='true']")).size() >= 8);
        Browser.screenshot(browser, "audience-compare");

        browser.get(url("/audience/films/999999"));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Not found");
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
