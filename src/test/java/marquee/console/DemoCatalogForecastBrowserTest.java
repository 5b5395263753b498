package marquee.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import marquee.testing.Browser;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A catalog film of the demo market in release, Suzume (Lumen Pictures, opened 20 days before the market's first
 * day), as its distributor sees it in a real headless Chromium: its live curve (the days before the first day come
 * from the demo's past sales) with the forecast fan and the forecast's figure, and the match it confirms. Needs the
 * China history (../shared/data): skipped where it is absent.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"marquee.demo.seed-on-start=true", "marquee.demo.sales.simulate=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoCatalogForecastBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_demo_film_in_release_shows_its_live_curve_with_the_forecast_fan_and_its_owner_confirms_the_match() {
        assumeTrue(Files.isReadable(Path.of("../shared/data/china-maoyan-daily/daily.csv")), "../shared/data is not here");
        long suzume = jdbc.sql("select id from film where english_title = 'Suzume'").query(Long.class).single();
        WebDriver browser = Browser.open();
        try {
            signIn(browser, "admin@lumen.demo");
            browser.get(url("/films/" + suzume));
            // The first request may wait for the model to train (503, the page asks again).
            WebDriverWait wait = marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(180));
            // The page may draw its texts again after the first answer (a 503 while the model trains is asked again).
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            wait.until(d -> "true".equals(d.findElement(By.id("live-forecast-chart")).getAttribute("data-rendered")));
            assertThat(browser.findElements(By.cssSelector("#live-forecast-chart canvas"))).isNotEmpty();
            assertThat(Integer.parseInt(browser.findElement(By.id("live-forecast-chart")).getAttribute("data-fan-points")))
                    .isGreaterThan(10);
            wait.until(d -> d.findElement(By.id("forecast-status")).getText().contains("20 complete days observed"));
            wait.until(d -> {
                String figure = d.findElement(By.id("forecast-figure")).getText();
                return figure.startsWith("Forecast final gross ¥") && figure.contains("80%");
            });
            wait.until(d -> d.findElement(By.id("match-text")).getText().contains("no history film"));
            Browser.screenshotFullPage(browser, "demo-film-forecast");

            new Select(browser.findElement(By.id("match-choice"))).selectByValue("none");
            browser.findElement(By.id("confirm-match")).click();
            wait.until(d -> d.findElement(By.id("match-text")).getText().startsWith("Confirmed: no film of the history"));
        } finally {
            browser.quit();
        }
    }

    private void signIn(WebDriver browser, String email) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.name("email")).sendKeys(email);
        browser.findElement(By.name("password")).sendKeys("marquee-demo-2026");
        browser.findElement(By.cssSelector(".signin button")).click();
        marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/account"));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
