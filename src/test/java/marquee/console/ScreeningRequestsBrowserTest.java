package marquee.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import marquee.accounts.AccountFixtures.Person;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.catalog.Catalog;
import marquee.catalog.Screening;
import marquee.previews.RequestPartiesForBrowser;
import marquee.testing.Browser;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Screening requests in a real headless Chromium: a distributor sends one from the page (prefilled as the plan's
 * "Request" link does), the chain's manager accepts it in a hall big enough, both see it ACCEPTED, and the screening
 * is in the catalog.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ScreeningRequestsBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Catalog catalog;

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

    @Test
    void a_distributor_sends_a_request_the_chain_accepts_it_and_both_see_the_screening() {
        RequestPartiesForBrowser parties = RequestPartiesForBrowser.make(accounts, tokens, catalog);
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);

        signIn(parties.distributor());
        browser.get(base() + "/screening-requests?filmId=" + parties.filmId() + "&cinemaId=" + parties.cinemaId() + "&date=" + day
                + "&start=19:00&seats=100");
        browser.findElement(By.id("send")).click();
        WebElement message = wait(d -> d.findElements(By.id("message")).isEmpty() ? null : d.findElement(By.id("message")));
        assertThat(message.getText()).contains("sent");
        String rowId = browser.findElement(By.cssSelector("#requests tbody tr")).getAttribute("id");
        assertThat(browser.findElement(By.cssSelector("#" + rowId + " .status")).getText()).isEqualTo("SENT");
        Browser.screenshot(browser, "screening-requests-sent");

        signIn(parties.manager());
        browser.get(base() + "/screening-requests");
        WebElement row = browser.findElement(By.id(rowId));
        assertThat(row.findElements(By.cssSelector("select.hall option"))).as("only halls big enough: 200 and 120 seats, not 60").hasSize(2);
        row.findElement(By.cssSelector(".accept-button")).click();
        wait(d -> d.findElements(By.id("message")).isEmpty() ? null : d.findElement(By.id("message")));
        assertThat(browser.findElement(By.id("message")).getText()).contains("accepted");
        assertThat(browser.findElement(By.cssSelector("#" + rowId + " .status")).getText()).isEqualTo("ACCEPTED");
        long screeningId = Long.parseLong(browser.findElement(By.cssSelector("#" + rowId + " .screening-id")).getText());
        Browser.screenshot(browser, "screening-requests-accepted");

        signIn(parties.distributor());
        browser.get(base() + "/screening-requests");
        assertThat(browser.findElement(By.cssSelector("#" + rowId + " .status")).getText()).isEqualTo("ACCEPTED");
        Screening screening = catalog.screening(screeningId);
        assertThat(screening.filmId()).isEqualTo(parties.filmId());
        assertThat(screening.cinemaId()).isEqualTo(parties.cinemaId());
        assertThat(screening.localStart().toLocalDate()).isEqualTo(day);
    }

    private void signIn(Person person) {
        browser.manage().deleteAllCookies();
        marquee.testing.Browser.signIn(browser, base(), person.account().email(), person.password());
    }

    private static <T> T wait(java.util.function.Function<WebDriver, T> condition) {
        return marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(15)).until(condition::apply);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
