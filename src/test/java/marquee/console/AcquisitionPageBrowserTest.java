package marquee.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.forecasting.AcquisitionValuations;
import marquee.forecasting.AcquisitionViews.AcquisitionRequest;
import marquee.forecasting.AcquisitionViews.Valuation;
import marquee.shared.security.Role;
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

/** The acquisition valuation page in a real headless Chromium, on the shared pairs (skipped where they are absent). */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AcquisitionPageBrowserTest {

    static final String GRAVITY = "bom-f50a7ba0ab";

    static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    AcquisitionValuations valuations;
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
    void dataAndADistributorSignedIn() {
        assumeTrue(Files.isReadable(Path.of("../shared/data/acquisitions/pairs.csv"))
                && Files.isReadable(Path.of("../shared/data/us-boxofficemojo-daily/daily.csv")), "../shared/data is not here");
        browser.manage().deleteAllCookies();
        AccountFixtures.Person distributor = new AccountFixtures(accounts, tokens).staff(Role.DISTRIBUTOR_ADMIN);
        marquee.testing.Browser.signIn(browser, "http://127.0.0.1:" + port, distributor.account().email(), distributor.password());
    }

    @Test
    void a_distributor_finds_a_us_film_and_sees_its_valuation_next_to_the_baselines_comparables_and_backtest() {
        browser.get("http://127.0.0.1:" + port + "/forecasts");
        browser.findElement(By.id("acquisition-link")).click();
        marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(60)).until(d -> d.findElements(By.id("search-form")).size() == 1);
        browser.findElement(By.cssSelector("#search-form input[name=q]")).sendKeys("Gravity");
        browser.findElement(By.cssSelector("#search-form input[name=chinaReleaseDate]")).sendKeys("11192013");
        browser.findElement(By.cssSelector("#search-form button")).click();
        marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("#us-films a.value-link")).isEmpty());
        browser.findElements(By.cssSelector("#us-films tr")).stream()
                .filter(tr -> tr.getText().startsWith("Gravity 2013-10-04"))
                .findFirst().orElseThrow().findElement(By.cssSelector("a.value-link")).click();

        marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(60))
                .until(d -> "true".equals(d.findElement(By.id("valuation-chart")).getAttribute("data-rendered")));
        Valuation v = valuations.value(new AcquisitionRequest(GRAVITY, LocalDate.of(2013, 11, 19), null, null, null,
                null, null, null, null));
        assertThat(browser.findElement(By.id("predicted")).getText()).isEqualTo(yuan(v.model().predicted()));
        assertThat(browser.findElement(By.id("ratio-baseline")).getText()).isEqualTo(yuan(v.ratioBaseline().predicted()));
        assertThat(browser.findElement(By.id("comparables-baseline")).getText())
                .isEqualTo(yuan(v.comparablesBaseline().predicted()));
        assertThat(browser.findElements(By.cssSelector("#valuation-chart canvas"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#comparables tbody tr"))).hasSize(7);
        assertThat(browser.findElements(By.cssSelector("#backtest-table tbody tr")).size()).isGreaterThanOrEqualTo(6);
        Browser.screenshot(browser, "forecast-acquisition");
    }

    @Test
    void a_new_films_figures_are_valued_and_bad_figures_explained() {
        browser.get("http://127.0.0.1:" + port + "/forecasts/acquisition?title=Space+Film&usReleaseDate=2014-03-07"
                + "&usGrossToDate=120000000&usOpeningGross=45000000&usTheaters=3900&chinaReleaseDate=2014-05-16");
        marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(60))
                .until(d -> "true".equals(d.findElement(By.id("valuation-chart")).getAttribute("data-rendered")));
        assertThat(browser.findElement(By.cssSelector("#valuation h2")).getText()).contains("Space Film");

        browser.get("http://127.0.0.1:" + port + "/forecasts/acquisition?usReleaseDate=2014-03-07&usGrossToDate=-3"
                + "&chinaReleaseDate=2014-05-16");
        assertThat(browser.findElement(By.id("problem")).getText()).contains("usGrossToDate");
    }

    private static String yuan(double value) {
        return "¥" + String.format(Locale.ROOT, "%,.1fM", value / 1e6);
    }
}
