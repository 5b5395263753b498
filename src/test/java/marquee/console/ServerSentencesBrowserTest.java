package marquee.console;

import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.campaigns.CampaignSetup;
import marquee.catalog.Catalog;
import marquee.forecasting.ForecastNotReady;
import marquee.forecasting.Forecasts;
import marquee.shared.MarketSettings;
import marquee.shared.security.Role;
import marquee.testing.Browser;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sentences the server writes, in the reader's language in a real headless Chromium: a forecast's baseline and the
 * release calendar's note (on the China data; skipped where ../shared/data is absent), an offer's lift on a campaign's
 * page and an error page's details, with {@code ?lang=zh} in Chinese and with {@code ?lang=en} in English.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ServerSentencesBrowserTest {

    /** 致我们终将逝去的青春 (So Young), released 2013-04-26. */
    static final String SO_YOUNG = "maoyan-78059";

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
    MarketSettings market;
    @Autowired
    Clock clock;
    @Autowired
    Forecasts forecasts;

    @Test
    void a_forecast_its_calendar_and_an_error_page_say_their_sentences_in_chinese_and_in_english() throws Exception {
        assumeTrue(Files.isReadable(Path.of("../shared/data/china-maoyan-daily/daily.csv")), "../shared/data is not here");
        trained();
        WebDriver browser = chromium.driver();
        AccountFixtures.Person analyst = new AccountFixtures(accounts, tokens).staff(Role.DISTRIBUTOR_ANALYST);
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, url(""), analyst.account().email(), analyst.password());

        browser.get(url("/forecasts/china/films/" + SO_YOUNG + "?days=7&lang=zh"));
        assertThat(text(browser, "baseline-name")).contains("至今票房 ×", "倍数中位数").doesNotContain("median");
        browser.get(url("/forecasts/china/calendar?from=2027-01-01&to=2027-03-31"));
        assertThat(Browser.waiting(browser).until(d -> d.findElement(By.cssSelector(".calendar-note"))).getText())
                .isEqualTo("2027年法定节假日尚未公布（节假日数据截至2026年），仅显示传统节日日期。");
        browser.get(url("/forecasts/china/calendar?from=2027-03-01&to=2027-01-01"));
        assertThat(Browser.waiting(browser).until(d -> d.findElement(By.cssSelector(".detail"))).getText())
                .isEqualTo("详情：结束：不能早于开始日期（2027年3月1日）");
        Browser.screenshot(browser, "sentences-error-zh");

        browser.get(url("/forecasts/china/films/" + SO_YOUNG + "?days=7&lang=en"));
        assertThat(text(browser, "baseline-name")).startsWith("gross so far x ").contains("the median multiplier of past films at day 7");
        browser.get(url("/forecasts/china/calendar?from=2027-01-01&to=2027-03-31"));
        assertThat(Browser.waiting(browser).until(d -> d.findElement(By.cssSelector(".calendar-note"))).getText())
                .isEqualTo("Statutory holidays for 2027 not yet announced (the holiday data ends with 2026); showing the"
                        + " traditional dates only.");
        browser.get(url("/forecasts/china/calendar?from=2027-03-01&to=2027-01-01"));
        assertThat(Browser.waiting(browser).until(d -> d.findElement(By.cssSelector(".detail"))).getText())
                .isEqualTo("Details: to must be on or after from (2027-03-01)");

        // The JSON API speaks English, unless a person chose Chinese in the console (?lang=zh, the cookie): the
        // console's scripts show what they fetch. A problem's reason follows the same rule.
        Http api = new Http(port).withToken(analyst.token());
        String calendar = "/api/forecasts/china/calendar?from=2027-01-01&to=2027-03-31";
        assertThat(api.get(calendar).json().get("notes").get(0).asString())
                .isEqualTo("statutory holidays for 2027 not yet announced (the holiday data ends with 2026); showing the"
                        + " traditional dates only");
        assertThat(api.get(calendar + "&lang=zh").json().get("notes").get(0).asString())
                .isEqualTo("2027年法定节假日尚未公布（节假日数据截至2026年），仅显示传统节日日期");
        String backwards = "/api/forecasts/china/calendar?from=2027-03-01&to=2027-01-01";
        assertThat(api.get(backwards).json().get("errors").get(0).get("message").asString())
                .isEqualTo("must be on or after from (2027-03-01)");
        assertThat(api.get(backwards + "&lang=zh").json().get("errors").get(0).get("message").asString())
                .isEqualTo("不能早于开始日期（2027年3月1日）");
    }

    @Test
    void a_campaigns_offer_lift_reads_in_chinese_and_in_english() {
        AccountFixtures.Person admin = new AccountFixtures(accounts, tokens).staff(Role.DISTRIBUTOR_ADMIN);
        CampaignSetup setup = new CampaignSetup(new Http(port).withToken(admin.token()), jdbc);
        LocalDate today = market.today(clock);
        long filmId = aFilm().titled("Sentences campaign film " + System.nanoTime()).ownedBy(admin.tenantId()).addTo(catalog).id();
        long id = setup.campaign(filmId, today, 200_000);
        setup.offerLiftingFifteenPoints(id, "Family drama fans", 7_000_000_000L + System.nanoTime() % 1_000_000_000L, "ss");
        WebDriver browser = chromium.driver();
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, url(""), admin.account().email(), AccountFixtures.PASSWORD);

        browser.get(url("/campaigns/" + id + "?lang=zh"));
        String rate = Browser.waiting(browser).until(d -> d.findElement(By.cssSelector(".lift .lift-rate"))).getText();
        assertThat(rate).startsWith("+15.0个百分点").contains("95%置信区间", "p = ").doesNotContain(" pp");
        assertThat(browser.findElement(By.cssSelector(".lift .lift-gross")).getText()).startsWith("每人").contains("元");
        assertThat(browser.findElement(By.cssSelector(".lift .lift-incremental")).getText()).startsWith("增量票数+");
        browser.get(url("/campaigns"));
        assertThat(Browser.waiting(browser).until(d -> d.findElement(By.cssSelector("tr[data-campaign='" + id + "'] .best-lift")))
                .getText()).isEqualTo("Family drama fans：" + rate);
        Browser.screenshotFullPage(browser, "sentences-campaign-zh");

        browser.get(url("/campaigns/" + id + "?lang=en"));
        assertThat(Browser.waiting(browser).until(d -> d.findElement(By.cssSelector(".lift .lift-rate"))).getText())
                .startsWith("+15.0 pp").contains("95% CI", "p = ");
        assertThat(browser.findElement(By.cssSelector(".lift .lift-incremental")).getText()).contains("incremental tickets");
    }

    /** The models of So Young's day 7 and of the calendar are trained before the pages are asked (they train once). */
    private void trained() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(5));
        while (true) {
            try {
                forecasts.forecast("china", SO_YOUNG, 7);
                forecasts.calendar("china", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));
                return;
            } catch (ForecastNotReady e) {
                if (Instant.now().isAfter(until)) {
                    throw e;
                }
                Thread.sleep(2_000);
            }
        }
    }

    private static String text(WebDriver browser, String id) {
        return Browser.waiting(browser).until(d -> d.findElement(By.id(id))).getText();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
