package marquee.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import marquee.boxoffice.ImportReport;
import marquee.boxoffice.SaleFeeds;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.CinemaFilter;
import marquee.catalog.Film;
import marquee.catalog.FilmFilter;
import marquee.demo.DemoMarket;
import marquee.shared.PageRequest;
import marquee.testing.Browser;
import marquee.testing.MarqueeTest;
import marquee.testing.OnDemoMarket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console in Chinese and in English in a real headless Chromium (which itself asks for English):
 * {@code ?lang=zh} switches every text, stored names and money to Chinese and the choice sticks across pages;
 * the switch back keeps the page's other parameters and sticks too. Without a choice, the browser's language decides.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OnDemoMarket
class LanguagesBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    DemoMarket market;
    @Autowired
    Catalog catalog;
    @Autowired
    SaleFeeds feeds;
    @Autowired
    marquee.accounts.Accounts accounts;

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
    void signedIn() {
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
    void the_console_reads_in_chinese_after_lang_zh_and_back_in_english_after_the_switch() throws IOException {
        feedSales("2031-03-0%d", 3);

        browser.get(url("/boxoffice/market?from=2031-03-01&to=2031-03-03&lang=zh"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");
        assertThat(browser.findElement(By.cssSelector("header nav")).getText()).contains("票房", "观众", "预测", "片库");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("市场份额").contains("2031年3月1日");
        assertThat(browser.findElement(By.id("period-gross")).getText()).as("a total of more than 10,000 yuan in 万")
                .matches("[0-9,]+(\\.[0-9]{2})?万");
        assertThat(browser.findElement(By.cssSelector("#table-genre thead")).getText()).contains("类型", "票房（元）", "人次");
        assertThat(browser.findElement(By.id("table-genre")).getText()).as("genres in Chinese")
                .containsAnyOf("动画", "剧情", "纪录片", "冒险", "喜剧");
        marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(10))
                .until(d -> "true".equals(d.findElement(By.id("chart-genre")).getAttribute("data-rendered")));
        Browser.screenshot(browser, "market-share-zh");

        // The choice sticks: the next pages are in Chinese without ?lang.
        browser.get(url("/boxoffice"));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("实时票房");
        assertThat(browser.findElement(By.cssSelector("table.ranking thead")).getText()).contains("上座率", "排片占比", "预售（元）");
        browser.get(url("/audience"));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("观众");
        browser.findElement(By.linkText("铃芽之旅")).click();
        WebDriverWait wait = marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(15));
        wait.until(d -> "true".equals(d.findElement(By.id("province-map")).getAttribute("data-ready")));
        wait.until(d -> "true".equals(d.findElement(By.cssSelector(".dimension[data-dimension='city']")).getAttribute("data-ready")));
        assertThat(browser.findElement(By.cssSelector(".totals")).getText()).contains("观众人数");
        assertThat(browser.findElement(By.cssSelector("h2")).getText()).isEqualTo("想看与口碑");
        // The city chart's axis names cities in Chinese; the province map still finds ECharts' Chinese province names.
        @SuppressWarnings("unchecked")
        List<String> cities = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(document.querySelector(\".dimension[data-dimension='city']\")).getOption().xAxis[0].data;");
        assertThat(cities).isNotEmpty().containsAnyOf("北京", "上海", "广州", "深圳", "成都", "重庆", "杭州", "武汉");
        @SuppressWarnings("unchecked")
        List<String> provinces = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(document.querySelector(\".dimension[data-dimension='province']\")).getOption().xAxis[0].data;");
        assertThat(provinces).isNotEmpty().containsAnyOf("北京", "上海", "广东", "四川", "浙江", "江苏");
        assertThat(browser.findElements(By.cssSelector("#province-map canvas"))).isNotEmpty();
        Browser.screenshot(browser, "audience-portrait-zh");

        // Back to English with the switch: the page's own parameters stay, and English sticks.
        browser.get(url("/boxoffice/market?from=2031-03-01&to=2031-03-03"));
        assertThat(browser.findElement(By.id("language-switch")).getText()).isEqualTo("English");
        browser.findElement(By.id("language-switch")).click();
        marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("lang=en"));
        assertThat(browser.getCurrentUrl()).contains("from=2031-03-01", "to=2031-03-03");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("Market share", "2031-03-01 – 2031-03-03");
        assertThat(browser.findElement(By.id("period-gross")).getText()).startsWith("¥").doesNotContain("万");
        assertThat(browser.findElement(By.id("language-switch")).getText()).isEqualTo("中文");
        browser.get(url("/audience"));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Audience");
        assertThat(browser.findElement(By.cssSelector("header nav")).getText()).contains("Box office", "Audience");
        browser.get(url("/films"));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Films");
    }

    @Test
    void the_storefront_reads_in_chinese_and_its_switch_keeps_the_city() {
        browser.get(url("/tickets?city=Shanghai&lang=zh"));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("正在热映", "上海");
        assertThat(browser.findElement(By.cssSelector("select[name='city'] option:checked")).getText()).isEqualTo("上海");
        assertThat(browser.findElement(By.cssSelector(".storefront-bar")).getText()).contains("我的电影票", "即将上映");
        String href = browser.findElement(By.id("language-switch")).getAttribute("href");
        assertThat(href).contains("city=Shanghai", "lang=en").doesNotContain("lang=zh");
        Browser.screenshot(browser, "storefront-zh");

        browser.findElement(By.id("language-switch")).click();
        marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("lang=en"));
        assertThat(browser.getCurrentUrl()).contains("city=Shanghai");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("Now showing", "in Shanghai");
        assertThat(browser.findElement(By.cssSelector("select[name='city'] option:checked")).getText()).isEqualTo("Shanghai");
    }

    @Test
    void every_console_and_storefront_page_renders_in_chinese() {
        // A distributor admin's pages (screening advice is the cinema managers'), with one of its own films.
        signIn("admin@lumen.demo");
        long lumen = accounts.accountByEmail("admin@lumen.demo").orElseThrow().tenantId();
        long film = catalog.films(FilmFilter.any(), new PageRequest(0, 100)).items().stream()
                .filter(f -> f.distributorTenantId() != null && f.distributorTenantId() == lumen).findFirst().orElseThrow().id();
        browser.get(url("/films?lang=zh"));
        List<String> pages = new ArrayList<>(List.of("/films", "/films/" + film, "/boxoffice", "/boxoffice/market",
                "/audience", "/forecasts", "/forecasts/china/calendar", "/forecasts/china/plan", "/forecasts/acquisition",
                "/campaigns", "/screening-requests", "/films/" + film + "/screening-plan",
                "/account", "/audit", "/tickets", "/tickets/coming-soon", "/tickets/films/" + film));
        for (String page : pages) {
            browser.get(url(page));
            Number status = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return performance.getEntriesByType('navigation')[0].responseStatus;");
            assertThat(status.intValue()).as(page).isEqualTo(200);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as(page).isEqualTo("zh");
            // The console's navigation; the storefront has the moviegoer's own.
            assertThat(browser.findElement(By.cssSelector("header nav")).getText()).as(page)
                    .contains(page.startsWith("/tickets") ? "正在热映" : "票房");
            assertThat(browser.findElement(By.cssSelector("h1")).getText()).as(page).isNotBlank();
        }
        // A screening's seat map, when the film has one in the picked city today.
        browser.get(url("/tickets"));
        List<org.openqa.selenium.WebElement> showtimes = browser.findElements(By.cssSelector(".showtimes a"));
        if (!showtimes.isEmpty()) {
            showtimes.getFirst().click();
            marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/tickets/screenings/"));
            assertThat(browser.findElement(By.cssSelector(".screen")).getText()).isEqualTo("银幕");
            assertThat(browser.findElement(By.id("hold")).getText()).isEqualTo("锁定座位");
        }
    }

    @Test
    void a_cinema_managers_screening_advice_and_a_moviegoers_tickets_in_chinese() {
        signIn("manager@wanda.demo");
        browser.get(url("/forecasts/allocation?lang=zh"));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("排片建议");
        browser.findElement(By.cssSelector(".filters button")).click();
        marquee.testing.Browser.waiting(browser, java.time.Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("cinemaId="));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("排片建议");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("影院", "销售日期", "给出建议");

        signIn("moviegoer@marquee.demo");
        browser.get(url("/tickets/mine?lang=zh"));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("我的电影票");
        browser.get(url("/tickets/offers"));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("我的优惠");
    }

    @Test
    void without_a_choice_the_browsers_language_decides() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> chinese = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chinese.body()).contains("<html lang=\"zh\"", "<h1>登录</h1>", "邮箱", "密码");
        HttpResponse<String> english = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Accept-Language", "fr-FR,en;q=0.5").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(english.body()).contains("<html lang=\"en\"", "<h1>Sign in</h1>");
        HttpResponse<String> chosen = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Accept-Language", "zh-CN").header("Cookie", "marquee-lang=en").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chosen.body()).as("the choice in the cookie wins over the browser").contains("<h1>Sign in</h1>");
    }

    /** Other sellers' sales over {@code days} days: enough for a total over 10,000 yuan. */
    private void feedSales(String dayPattern, int days) throws IOException {
        List<Film> films = catalog.films(FilmFilter.any(), new PageRequest(0, 6)).items();
        List<Cinema> cinemas = catalog.cinemas(new CinemaFilter(null, null, null, null), new PageRequest(0, 5)).items();
        List<String> lines = new ArrayList<>(List.of("sale_id,kind,film_id,cinema_id,screening_starts_at,seats,amount_minor,currency,sold_at"));
        int n = 0;
        for (int day = 1; day <= days; day++) {
            for (Film film : films) {
                for (int s = 0; s < 4; s++) {
                    String date = dayPattern.formatted(day);
                    lines.add("i18n-%d,SALE,%d,%d,%sT19:30:00+08:00,4,%d,CNY,%sT12:00:00+08:00".formatted(
                            n, film.id(), cinemas.get(n % cinemas.size()).id(), date, 4 * 5_500L, date));
                    n++;
                }
            }
        }
        Path file = Files.createTempFile("i18n-sales", ".csv");
        Files.write(file, lines);
        ImportReport report = feeds.importSales(file, SaleFeeds.Format.CSV, "i18n-seller", line -> { });
        Files.delete(file);
        assertThat(report.rejected()).isEmpty();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
