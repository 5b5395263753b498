package marquee.console;

import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.campaigns.CampaignSetup;
import marquee.catalog.Catalog;
import marquee.shared.MarketSettings;
import marquee.shared.security.Role;
import marquee.testing.Browser;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A campaign's results page in a real headless Chromium: funnel, daily chart, an offer's lift with its interval. */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CampaignPagesBrowserTest {

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

    @Test
    void a_campaigns_page_draws_its_funnel_daily_chart_and_offer_lift_and_another_distributor_finds_nothing() {
        AccountFixtures people = new AccountFixtures(accounts, tokens);
        AccountFixtures.Person admin = people.staff(Role.DISTRIBUTOR_ADMIN);
        CampaignSetup setup = new CampaignSetup(new Http(port).withToken(admin.token()), jdbc);
        LocalDate today = market.today(clock);
        long filmId = aFilm().titled("Browser campaign film " + System.nanoTime()).ownedBy(admin.tenantId()).addTo(catalog).id();
        long id = setup.campaign(filmId, today, 200_000);
        JsonNode video = setup.channel(id, "SHORT_VIDEO", "Messages to heaven", 20_000);
        setup.engagement(video.get("id").asLong(), today, 12_000, 900, 40, 30, 1_500);
        for (int i = 0; i < 6; i++) { // attributed sales as the campaign stores them from booking's events
            jdbc.sql("""
                            insert into campaign_sale (sale_id, campaign_id, channel_id, partner_id, film_id, buyer_id, sold_on, seats,
                                                       amount_minor, sold_at)
                            values (?, ?, ?, null, ?, ?, ?, 1, 4500, ?)""")
                    .params("browser-" + id + "-" + i, id, video.get("id").asLong(), filmId, 1000L + i, today.minusDays(i % 3),
                            OffsetDateTime.now(ZoneOffset.UTC)).update();
        }
        setup.offerLiftingFifteenPoints(id, "Family drama fans", 8_000_000_000L + System.nanoTime() % 1_000_000_000L, "bs");

        WebDriver browser = chromium.driver();
        signIn(browser, admin.account().email());
        browser.get(url("/campaigns"));
        browser.findElement(By.cssSelector("tr[data-campaign='" + id + "'] a")).click();
        WebDriverWait wait = marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(15));
        wait.until(d -> "true".equals(d.findElement(By.id("funnel-chart")).getAttribute("data-ready"))
                && "true".equals(d.findElement(By.id("daily-chart")).getAttribute("data-ready")));
        assertThat(browser.findElements(By.cssSelector("#funnel-chart canvas"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#daily-chart canvas"))).isNotEmpty();
        assertThat(browser.findElement(By.id("tickets")).getText()).isEqualTo("6");
        assertThat(browser.findElement(By.cssSelector("#channels tr[data-channel='" + video.get("id").asLong() + "']")).getText())
                .contains("Messages to heaven", "12000");
        assertThat(browser.findElements(By.cssSelector(".lift"))).hasSize(1);
        String rate = browser.findElement(By.cssSelector(".lift .lift-rate")).getText();
        assertThat(rate).startsWith("+15.0 pp").contains("95% CI", "p = ");
        wait.until(d -> "true".equals(d.findElement(By.cssSelector(".lift .interval")).getAttribute("data-ready")));
        Browser.screenshotFullPage(browser, "campaign-results");

        AccountFixtures.Person other = people.staff(Role.DISTRIBUTOR_ADMIN);
        signIn(browser, other.account().email());
        browser.get(url("/campaigns/" + id));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Not found");
    }

    private void signIn(WebDriver browser, String email) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.name("email")).sendKeys(email);
        browser.findElement(By.name("password")).sendKeys(AccountFixtures.PASSWORD);
        browser.findElement(By.cssSelector(".signin button")).click();
        marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/account"));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
