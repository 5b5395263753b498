package marquee.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import marquee.accounts.AccountFixtures;
import marquee.accounts.AccountFixtures.Person;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.booking.IssuedCoupons;
import marquee.booking.Shows;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.catalog.ReleaseKind;
import marquee.shared.security.Role;
import marquee.testing.Browser;
import marquee.testing.MarqueeTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A distributor's day in a real headless Chromium: it creates a film in the console (after the form has shown what was
 * wrong, next to the field), adds a release, announces the film, creates a coupon for it and sees it listed with its
 * uses and gross; then downloads the coupon table and a chart's data as CSV and finds in the files what the page shows.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DistributorPagesBrowserTest {

    static WebDriver browser;
    static Path downloads;

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Catalog catalog;
    @Autowired
    IssuedCoupons coupons;

    @BeforeAll
    static void openBrowser() throws IOException {
        browser = Browser.open();
        downloads = Files.createTempDirectory("marquee-downloads");
        // Headless Chromium saves downloads only where it is told to.
        ((ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString(), "eventsEnabled", true));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_distributor_creates_a_film_a_release_and_a_coupon_and_downloads_the_coupons_as_csv() throws Exception {
        Shows.in(catalog).add(); // a cinema in Beijing, so that the film page draws its chart of screenings per day
        Person distributor = new AccountFixtures(accounts, tokens).staff(Role.DISTRIBUTOR_ADMIN);
        signIn(distributor);

        // The film: first with a runtime that is no number, which the form shows next to the field.
        browser.get(base() + "/distributor");
        browser.findElement(By.id("new-film")).click();
        type("f-originalTitle", "Mountain Letters");
        type("f-chineseTitle", "山中来信");
        type("f-genres", "Drama, Family");
        type("f-runtimeMin", "ninety");
        type("f-country", "China");
        type("f-credits", "Director: Lin Qiao\nCast: Zhou Xun");
        browser.findElement(By.id("save-film")).click();
        WebElement problem = wait(d -> first(d, By.id("error-runtimeMin")));
        assertThat(problem.getText()).isEqualTo("Type a whole number, such as 120.");
        assertThat(browser.findElement(By.id("f-originalTitle")).getAttribute("value")).as("what was typed stays").isEqualTo("Mountain Letters");
        Browser.screenshot(browser, "distributor-film-problem");
        browser.findElement(By.id("f-runtimeMin")).clear();
        type("f-runtimeMin", "104");
        browser.findElement(By.id("save-film")).click();
        wait(d -> first(d, By.id("done")));
        long filmId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/distributor/films/(\\d+).*", "$1"));
        Film film = catalog.film(filmId);
        assertThat(film.chineseTitle()).isEqualTo("山中来信");
        assertThat(film.runtimeMin()).isEqualTo(104);
        assertThat(film.distributorTenantId()).isEqualTo(distributor.tenantId());
        assertThat(film.credits()).hasSize(2);

        // Its first release, then announced.
        new Select(browser.findElement(By.id("new-kind"))).selectByValue("FIRST_RELEASE");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('new-releaseDate').value = '2027-02-10'");
        browser.findElement(By.id("new-formats")).clear();
        type("new-formats", "2D, IMAX");
        browser.findElement(By.id("add-release")).click();
        wait(d -> first(d, By.cssSelector("#release-table tbody tr")));
        assertThat(catalog.film(filmId).releases()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReleaseKind.FIRST_RELEASE);
            assertThat(r.releaseDate()).hasToString("2027-02-10");
            assertThat(r.formats()).containsExactly("2D", "IMAX");
        });
        browser.findElement(By.id("announce")).click();
        wait(d -> first(d, By.id("done")));
        assertThat(catalog.film(filmId).announced()).isTrue();

        // The coupon for it.
        browser.get(base() + "/distributor/coupons");
        String code = "MOUNTAIN" + (System.nanoTime() % 10_000);
        type("f-code", code);
        browser.findElement(By.id("f-amount")).clear();
        type("f-amount", "15");
        new Select(browser.findElement(By.id("f-filmIds"))).selectByValue(String.valueOf(filmId));
        browser.findElement(By.id("create-coupon")).click();
        WebElement row = wait(d -> first(d, By.id("coupon-" + code)));
        assertThat(browser.findElement(By.id("done")).getText()).contains(code);
        assertThat(row.findElement(By.cssSelector(".uses")).getText()).isEqualTo("0");
        assertThat(row.findElement(By.cssSelector(".gross")).getText()).isEqualTo("0.00");
        assertThat(coupons.find(code)).hasValueSatisfying(c -> assertThat(c.filmIds()).containsExactly(filmId));
        Browser.screenshotFullPage(browser, "distributor-coupon-created");

        // The coupon table as CSV: the same rows as on the page.
        WebElement button = wait(d -> first(d, By.cssSelector("#coupon-table")) == null ? null
                : first(d, By.xpath("//table[@id='coupon-table']/preceding-sibling::div[@class='export-bar'][1]/button")));
        button.click();
        Path file = downloaded(".csv");
        assertThat(file.getFileName().toString()).isEqualTo("Coupons - Coupons.csv");
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").endsWith("\r\n");
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new java.io.StringReader(csv.substring(1))).getRecords();
        List<WebElement> rows = browser.findElements(By.cssSelector("#coupon-table tr"));
        assertThat(records).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i).findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
            assertThat(records.get(i).toList()).as("row %d", i).isEqualTo(cells);
        }
        assertThat(records.get(1).get(0)).isEqualTo(code);

        // Quoting as spreadsheets read it: commas, quotes and line breaks quoted, formulas kept text, a BOM first.
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return MarqueeExport.toCsv([['a,b', 'say \\\"hi\\\"', 'two\\nlines', '=1+1', '电影', 42]]).replace(/\\r/g, '<CR>')")) // the driver's transport drops a bare \r
                .isEqualTo("\uFEFF\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",'=1+1,电影,42<CR>\n");

        // A chart's data: the film page's screenings per day, seven days.
        clear();
        browser.get(base() + "/films/" + filmId);
        WebElement chartButton = wait(d -> first(d, By.cssSelector("#screenings-chart + .export-bar .export-chart")));
        chartButton.click();
        Path data = downloaded(".csv");
        List<CSVRecord> points = CSVFormat.DEFAULT.parse(new java.io.StringReader(Files.readString(data).substring(1))).getRecords();
        assertThat(points).hasSize(8);
        assertThat(points.get(1).get(0)).matches("\\d{4}-\\d{2}-\\d{2}");

        // The same pages in Chinese: the form, its problems and the export buttons.
        browser.get(base() + "/distributor/coupons?lang=zh");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("优惠券");
        assertThat(wait(d -> first(d, By.cssSelector(".export-table"))).getText()).isEqualTo("下载 CSV");
        browser.findElement(By.id("f-code")).sendKeys(code);
        new Select(browser.findElement(By.id("f-filmIds"))).selectByValue(String.valueOf(filmId));
        browser.findElement(By.id("create-coupon")).click();
        assertThat(wait(d -> first(d, By.id("error-code"))).getText()).isEqualTo("此券码已被使用：请换一个。");
        Browser.screenshotFullPage(browser, "distributor-coupons-zh");
        browser.get(base() + "/distributor?lang=en");
    }

    /**
     * The downloaded file once Chromium has finished it. It makes an empty file under the final name when a download
     * starts and writes into a {@code .crdownload} beside it, renamed over the empty one at the end: a file of the
     * name alone may still be empty (CI read "" once).
     */
    private Path downloaded(String suffix) throws InterruptedException, IOException {
        for (int i = 0; i < 300; i++) {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> all = files.toList();
                var done = all.stream().filter(f -> f.toString().endsWith(suffix)).findFirst();
                boolean writing = all.stream().anyMatch(f -> f.toString().endsWith(".crdownload"));
                if (done.isPresent() && !writing && Files.size(done.get()) > 0) {
                    return done.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no finished download in " + downloads);
    }

    private static void clear() throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private static WebElement first(WebDriver d, By by) {
        List<WebElement> found = d.findElements(by);
        return found.isEmpty() ? null : found.getFirst();
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
