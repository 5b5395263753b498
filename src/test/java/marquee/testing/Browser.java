package marquee.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver (scripts/test installs both). Without
 * them the browser tests are skipped, unless {@code marquee.test.require-browser=true} (as in scripts/test),
 * where a missing browser fails them.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The phone's viewport in CSS px. */
    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;

    /** How long a lookup waits for its element to appear. */
    private static final java.time.Duration FIND = java.time.Duration.ofSeconds(20);
    /** The shortest time a test waits for a page to reach a state: CI machines are shared and slow at times. */
    private static final java.time.Duration PATIENCE = java.time.Duration.ofSeconds(60);

    private Browser() {
    }

    /**
     * A wait for a page to reach a state, at least a minute long, that also retries when the page drew an element
     * again between finding and reading it (a stale element).
     */
    public static org.openqa.selenium.support.ui.WebDriverWait waiting(WebDriver browser, java.time.Duration atLeast) {
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, atLeast.compareTo(PATIENCE) > 0 ? atLeast : PATIENCE);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    public static org.openqa.selenium.support.ui.WebDriverWait waiting(WebDriver browser) {
        return waiting(browser, PATIENCE);
    }

    /** The elements {@code by} finds now, without waiting for one to appear: for asserting that there are none. */
    public static java.util.List<org.openqa.selenium.WebElement> none(WebDriver browser,
            org.openqa.selenium.SearchContext where, org.openqa.selenium.By by) {
        browser.manage().timeouts().implicitlyWait(java.time.Duration.ZERO);
        try {
            return where.findElements(by);
        } finally {
            browser.manage().timeouts().implicitlyWait(FIND);
        }
    }

    /** Signs in through the console's form and waits for the account page it leads to. */
    public static void signIn(WebDriver browser, String base, String email, String password) {
        browser.get(base + "/login");
        browser.findElement(org.openqa.selenium.By.name("email")).sendKeys(email);
        browser.findElement(org.openqa.selenium.By.name("password")).sendKeys(password);
        browser.findElement(org.openqa.selenium.By.cssSelector(".signin button")).click();
        waiting(browser).until(d -> d.getCurrentUrl().endsWith("/account"));
    }

    /**
     * One browser for all the tests of a class, opened before the first and quit after the last:
     * {@code @RegisterExtension static final Browser.PerClass browser = new Browser.PerClass();}
     */
    public static final class PerClass implements BeforeAllCallback, AfterAllCallback {
        private final boolean phone;
        private WebDriver driver;

        public PerClass() {
            this(false);
        }

        /** {@code phone}: the browser emulates a phone of 390 x 844 CSS px with touch (see {@link #openPhone}). */
        public PerClass(boolean phone) {
            this.phone = phone;
        }

        public WebDriver driver() {
            return driver;
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            driver = phone ? openPhone() : open();
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    public static WebDriver open() {
        return open(false);
    }

    /**
     * A phone: Chromium's mobile emulation at 390 x 844 CSS px (an iPhone 14's viewport), device pixel ratio 3,
     * touch events on and a phone's user agent, so pages get their phone layout and taps are touches.
     */
    public static WebDriver openPhone() {
        return open(true);
    }

    private static WebDriver open(boolean phone) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!Boolean.getBoolean("marquee.test.require-browser")) {
            Assumptions.assumeTrue(present, "Chromium and chromedriver are not installed (scripts/test installs them)");
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--lang=en-US", "--user-data-dir=" + Files.createTempDirectory("marquee-chromium"));
            if (phone) {
                options.setExperimentalOption("mobileEmulation", java.util.Map.of(
                        "deviceMetrics", java.util.Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 3.0, "touch", true),
                        "userAgent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                                + " Version/17.0 Mobile/15E148 Safari/604.1"));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            // A click that submits a form returns before the next page is there; on a loaded CI machine that page
            // can take seconds, so every lookup waits for its element (absence is asked with {@link #none}).
            driver.manage().timeouts().implicitlyWait(FIND);
            if (!phone) {
                driver.manage().window().setSize(new Dimension(1280, 1000));
            }
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Like {@link #screenshot}, of the whole page: the window is made as tall as the page for the moment. */
    public static Path screenshotFullPage(WebDriver browser, String name) {
        Dimension window = browser.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(window.getWidth(), Math.min(height.intValue() + 140, 8_000)));
        try {
            return screenshot(browser, name);
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    /** Saves what the browser shows to target/screenshots/NAME.png, for a person to look at. */
    public static Path screenshot(WebDriver browser, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
