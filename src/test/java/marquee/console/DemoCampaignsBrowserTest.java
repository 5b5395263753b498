package marquee.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import marquee.testing.Browser;
import marquee.testing.Eventually;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo market's campaigns while its simulated moviegoers buy, as a distributor sees them in a real headless
 * Chromium: Capernaum's results page draws its funnel, its daily chart and its offer's lift with an interval; the
 * other distributor finds no such campaign. The context is closed afterwards, so the simulator stops selling.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"marquee.demo.seed-on-start=true", "marquee.demo.moviegoers=3000",
        "marquee.demo.sales.simulate=true", "marquee.demo.sales.orders-per-minute=900", "marquee.demo.sales.report-every=10s",
        "marquee.demo.past-days=0", // no past days imported at 900 orders a minute while the simulator sells
        // the flat 900 orders a minute through the real-time checkout, where campaigns' offers are answered; the day's
        // curve sells the tests' small market too slowly for three offer purchases in time
        "marquee.demo.day.curve=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoCampaignsBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(300);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_distributor_sees_its_demo_campaigns_results_with_a_lift_and_another_distributor_sees_none_of_them() {
        long capernaum = jdbc.sql("select id from campaign where name like 'Capernaum%'").query(Long.class).single();
        // The contacted buying is enough for an interval: the held-out buy only as the market does (rarely, in a
        // market of 3,000), and none of them buying is a mean of 0 with no spread.
        Eventually.until("purchases by moviegoers Capernaum's offer contacted", PATIENCE, () -> jdbc.sql("""
                        select count(*) from campaign_offer_purchase p
                        join campaign_offer_member m on m.channel_id = p.channel_id and m.account_id = p.account_id
                        join campaign_offer o on o.channel_id = p.channel_id
                        where m.held_out = false and o.campaign_id = ?""").param(capernaum)
                .query(Long.class).single() >= 3);

        // The browser opens once the market is there: Chromium starting while the market is seeded and sells at full
        // speed on two cores was once too slow for chromedriver.
        WebDriver browser = Browser.open();
        try {
            seeTheResults(browser, capernaum);
        } finally {
            browser.quit();
        }
    }

    private void seeTheResults(WebDriver browser, long capernaum) {
        signIn(browser, "admin@huaxia.demo");
        browser.get(url("/campaigns"));
        assertThat(browser.findElements(By.cssSelector("tr[data-campaign]"))).as("Departures, Free Solo, Capernaum").hasSize(3);
        browser.findElement(By.cssSelector("tr[data-campaign='" + capernaum + "'] a")).click();
        WebDriverWait wait = marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(20));
        wait.until(d -> "true".equals(d.findElement(By.id("funnel-chart")).getAttribute("data-ready"))
                && "true".equals(d.findElement(By.id("daily-chart")).getAttribute("data-ready")));
        assertThat(browser.findElements(By.cssSelector("#daily-chart canvas"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".lift .lift-rate")).getText()).contains("pp", "95% CI", "p = ");
        wait.until(d -> "true".equals(d.findElement(By.cssSelector(".lift .interval")).getAttribute("data-ready")));
        Browser.screenshotFullPage(browser, "demo-campaign-results");

        signIn(browser, "admin@lumen.demo");
        browser.get(url("/campaigns/" + capernaum));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Not found");
        browser.get(url("/campaigns"));
        assertThat(browser.findElements(By.cssSelector("tr[data-campaign]"))).as("Lumen's Suzume only").hasSize(1);
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
