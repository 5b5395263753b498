package marquee.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.forecasting.ForecastViews.FilmForecast;
import marquee.shared.security.Role;
import marquee.forecasting.Forecasts;
import marquee.forecasting.PublishedAccuracy;
import marquee.testing.Browser;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.AfterAll;
import java.time.LocalDate;
import marquee.catalog.Catalog;
import marquee.catalog.CatalogFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The forecast pages in a real headless Chromium, on the real China data (skipped where ../shared/data is absent). */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ForecastPagesBrowserTest {

    /** 致我们终将逝去的青春 (So Young), released 2013-04-26. */
    static final String SO_YOUNG = "maoyan-78059";

    static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    Forecasts forecasts;

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

    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Catalog catalog;

    @BeforeEach
    void chinaDataAndAnAnalystSignedIn() {
        assumeTrue(Files.isReadable(Path.of("../shared/data/china-maoyan-daily/daily.csv")), "../shared/data is not here");
        browser.manage().deleteAllCookies();
        AccountFixtures.Person analyst = new AccountFixtures(accounts, tokens).staff(Role.DISTRIBUTOR_ANALYST);
        marquee.testing.Browser.signIn(browser, "http://127.0.0.1:" + port, analyst.account().email(), analyst.password());
    }

    @Test
    void a_films_forecast_page_draws_the_curve_the_band_and_the_baseline() throws Exception {
        browser.get("http://127.0.0.1:" + port + "/forecasts?q=%E9%9D%92%E6%98%A5");
        Browser.screenshot(browser, "forecasts-index");
        browser.findElement(By.linkText("致我们终将逝去的青春")).click();

        waitForChart("forecast-chart");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("致我们终将逝去的青春");
        assertThat(browser.findElements(By.cssSelector("#forecast-chart canvas"))).isNotEmpty();
        FilmForecast f = forecasts.forecast("china", SO_YOUNG, 7);
        assertThat(text("gross-so-far")).isEqualTo(yuan(f.grossSoFar()));
        assertThat(text("predicted")).isEqualTo(yuan(f.forecast().predicted()));
        assertThat(text("baseline")).isEqualTo(yuan(f.baseline().predicted()));
        assertThat(text("actual-final")).isEqualTo(yuan(f.actualFinalGross()));
        assertThat(text("model-error")).isEqualTo(String.format(Locale.ROOT, "%.1f%% %s what it made",
                Math.abs(f.modelErrorPct()), f.modelErrorPct() < 0 ? "below" : "above"));
        assertThat(text("verdict")).isEqualTo(f.actualWithinInterval() ? "inside the 80% band" : "outside the 80% band");
        assertThat(browser.findElement(By.cssSelector("#days-choice a.active")).getText()).isEqualTo("7");
        Path shot = Browser.screenshot(browser, "forecast-film");
        assertThat(Files.size(shot)).isGreaterThan(10_000);

        browser.findElement(By.linkText("3")).click();
        waitForChart("forecast-chart");
        assertThat(text("predicted")).isEqualTo(yuan(forecasts.forecast("china", SO_YOUNG, 3).forecast().predicted()));
        Browser.screenshot(browser, "forecast-film-day3");
    }

    @Test
    void the_forecasts_page_publishes_the_rolling_origin_accuracy_with_the_command_that_measured_it() {
        browser.get("http://127.0.0.1:" + port + "/forecasts?market=us");

        List<WebElement> rows = browser.findElements(By.cssSelector("#accuracy-table tbody tr"));
        assertThat(rows).hasSize(PublishedAccuracy.of("us").rows().size()).hasSizeGreaterThan(20);
        assertThat(rows).anySatisfy(r -> assertThat(r.getText()).startsWith("2016-01-01 (held out) 7"));
        assertThat(rows).anySatisfy(r -> assertThat(r.getText()).startsWith("pooled 3"));
        assertThat(browser.findElement(By.cssSelector("#accuracy pre.command")).getText())
                .contains("forecast backtest", "--cutoffs 2008-01-01,2010-01-01,2012-01-01,2014-01-01,2016-01-01");
        Browser.screenshot(browser, "forecasts-accuracy");
    }

    @Test
    void the_release_calendar_is_a_heat_map_of_competition_and_holidays() {
        browser.get("http://127.0.0.1:" + port + "/forecasts/china/calendar?from=2013-07-01&to=2013-12-31");

        waitForChart("calendar-chart");
        assertThat(browser.findElements(By.cssSelector("#calendar-chart canvas"))).isNotEmpty();
        assertThat(browser.findElement(By.id("holiday-list")).getText()).contains("National Day", "Qixi");
        Browser.screenshot(browser, "forecast-calendar");
    }

    @Test
    void the_calendar_of_a_year_after_the_data_shows_its_holidays_and_make_up_working_days() {
        String rival = "Browser calendar rival " + System.nanoTime();
        CatalogFixtures.aFilm().titled(rival).releasedOn(LocalDate.of(2026, 2, 17)).addTo(catalog);
        browser.get("http://127.0.0.1:" + port + "/forecasts/china/calendar?from=2026-01-01&to=2026-03-31");

        waitForChart("calendar-chart");
        assertThat(browser.findElement(By.id("holiday-list")).getText())
                .contains("Spring Festival", "Chinese New Year's Eve", "Make-up working day", "Valentine's Day");
        assertThat(browser.findElements(By.cssSelector(".calendar-note"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector(".calendar-note")).getText()).contains("history ends on");
        assertThat(browser.findElement(By.id("announced-list")).getText()).contains(rival, "2026-02-17");
        Browser.screenshot(browser, "forecast-calendar-2026");
    }

    @Test
    void the_planner_shows_the_dates_compared_and_the_recommended_one() {
        browser.get("http://127.0.0.1:" + port + "/forecasts/china/plan?film=" + SO_YOUNG + "&from=2013-04-10&to=2013-05-20");

        waitForChart("plan-chart");
        assertThat(browser.findElements(By.cssSelector("#plan-chart canvas"))).isNotEmpty();
        assertThat(text("recommended")).matches("2013-0[45]-\\d\\d");
        assertThat(browser.findElements(By.cssSelector("#why li"))).hasSize(2);
        Browser.screenshot(browser, "forecast-plan");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('why').scrollIntoView()");
        Browser.screenshot(browser, "forecast-plan-effects");
    }

    private static void waitForChart(String id) {
        marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(60))
                .until(d -> "true".equals(d.findElement(By.id(id)).getAttribute("data-rendered")));
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static String yuan(double value) {
        return "¥" + String.format(Locale.ROOT, "%,.1fM", value / 1e6);
    }
}
