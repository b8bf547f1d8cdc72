package org.ceasefiredata.ceasefire.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A headless Chromium driven by Selenium for browser tests: Debian's {@code chromium} and {@code chromedriver}
 * (apt-get install chromium chromium-driver), never a browser or driver downloaded at run time (Selenium Manager is
 * bypassed: the driver and the browser are both given by path), with the flags this closed network needs, a fresh
 * profile, screenshots under {@code target/screenshots/}, and axe-core (from {@code tools/axe}, installed by
 * {@code npm ci --prefix tools/axe}, never from a CDN) injected into the page under test.
 * <p>
 * One session per test class, reused by its tests (starting Chromium costs seconds):
 *
 * <pre>{@code
 * @QuarkusTest
 * class SomethingBrowserTest {
 *     static BrowserSession browser;
 *
 *     @TestHTTPResource("/")
 *     URL root;
 *
 *     @BeforeAll
 *     static void start() {
 *         browser = BrowserSession.start("something"); // skips the class when Chromium is absent (fails on CI)
 *     }
 *
 *     @AfterAll
 *     static void stop() {
 *         browser.close();
 *     }
 *
 *     @Test
 *     void showsTheThing() {
 *         browser.open(root + "thing");
 *         browser.screenshot("thing"); // target/screenshots/something/thing.png
 *         browser.assertAccessible("thing"); // no serious or critical axe violation; report in target/axe/
 *     }
 * }
 * }</pre>
 *
 * Tests are skipped only when Chromium or its driver is absent from this machine and the environment variable
 * {@code CI} is not set; on CI ({@code .ci/run} installs both, and axe-core) a missing piece fails the tests. A missing
 * axe-core always fails: it is one {@code npm ci} away. Paths can be changed with the system properties
 * {@code browser.chromium}, {@code browser.chromedriver} and {@code browser.axe}.
 */
public final class BrowserSession implements AutoCloseable {

    /** The flags every session runs with: headless, and nothing that reaches for the network on its own. */
    public static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--lang=en-US", "--window-size=1280,1000");
    /** Impacts that fail a page: axe's two highest. */
    public static final List<String> FAILING_IMPACTS = List.of("serious", "critical");

    static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    static final Path AXE = Path.of(System.getProperty("browser.axe", "tools/axe/node_modules/axe-core/axe.min.js"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path AXE_REPORTS = Path.of("target", "axe");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final String axe;

    private BrowserSession(String name, ChromeDriverService service, ChromeDriver driver, Path profile, String axe) {
        this.name = name;
        this.service = service;
        this.driver = driver;
        this.profile = profile;
        this.axe = axe;
    }

    /**
     * Starts Chromium for the test class {@code name} (screenshots and axe reports go under that name). Skips the
     * calling class when Chromium is absent locally; fails when it is absent on CI or when axe-core is not installed.
     */
    public static BrowserSession start(String name) {
        for (Path required : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(required)) {
                String why = required + " is missing: apt-get install -y chromium chromium-driver";
                if (System.getenv("CI") != null) {
                    fail("Browser tests must run on CI, but " + why);
                }
                Assumptions.abort("Browser tests skipped: " + why);
            }
        }
        if (!Files.isReadable(AXE)) {
            fail(AXE + " is missing: run npm ci --prefix tools/axe (axe-core is pinned in tools/axe/package-lock.json)");
        }
        try {
            Path profile = Files.createTempDirectory("chromium-profile-");
            Files.createDirectories(Path.of("target"));
            // The driver is named by path: Selenium Manager, which would download one, is never consulted.
            System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                    .withLogFile(Path.of("target", "chromedriver-" + name + ".log").toFile()).build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            List<String> args = new ArrayList<>(FLAGS);
            args.add("--user-data-dir=" + profile);
            options.addArguments(args);
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
            return new BrowserSession(name, service, driver, profile, Files.readString(AXE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WebDriver, for what this class does not wrap. */
    public WebDriver driver() {
        return driver;
    }

    /** Loads a page and waits until it is complete. */
    public void open(String url) {
        driver.get(url);
        waitUntil(d -> "complete".equals(script("return document.readyState")));
    }

    /** Runs a script in the page and returns its value. */
    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits (at most 15 s) until the condition holds. */
    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
    }

    /** Waits for an element to be displayed and returns it. */
    public WebElement waitFor(By by) {
        return waitUntil(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /**
     * A screenshot of the whole page (the window is stretched to the page's height, up to 8000 pixels) in
     * {@code target/screenshots/<session>/<shot>.png}.
     */
    public Path screenshot(String shot) {
        Dimension size = driver.manage().window().getSize();
        try {
            long height = ((Number) script("return Math.max(document.body.scrollHeight,"
                    + " document.documentElement.scrollHeight)")).longValue();
            driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(8000, Math.max(600, height))));
            Path file = SCREENSHOTS.resolve(name).resolve(shot + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    /** One axe violation: the rule, its impact, what it asks for, and the elements that break it. */
    public record Violation(String id, String impact, String help, List<String> targets) {
    }

    /** Runs axe-core on the current page (injected from {@code tools/axe}) and returns every violation. */
    public List<Violation> axe() {
        if (Boolean.FALSE.equals(script("return typeof window.axe !== 'undefined'"))) {
            script(axe);
        }
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('ERROR ' + e); });");
        String json = String.valueOf(result);
        if (json.startsWith("ERROR")) {
            fail("axe-core failed on " + driver.getCurrentUrl() + ": " + json);
        }
        try {
            List<Violation> violations = new ArrayList<>();
            for (JsonNode v : JSON.readTree(json)) {
                List<String> targets = new ArrayList<>();
                v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                violations.add(new Violation(v.path("id").asText(), v.path("impact").asText(), v.path("help").asText(),
                        targets));
            }
            return violations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe on the current page, writes every violation to {@code target/axe/<session>/<page>.json}, and fails on
     * any serious or critical one.
     */
    public List<Violation> assertAccessible(String page) {
        List<Violation> violations = axe();
        try {
            Path report = AXE_REPORTS.resolve(name).resolve(page + ".json");
            Files.createDirectories(report.getParent());
            Files.writeString(report, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                    Map.of("url", driver.getCurrentUrl(), "violations", violations)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Violation> failing = violations.stream().filter(v -> FAILING_IMPACTS.contains(v.impact())).toList();
        assertEquals(List.of(), failing, page + " (" + driver.getCurrentUrl() + ") has serious or critical axe violations");
        return violations;
    }

    /** Quits Chromium and its driver and removes the profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A leftover temporary profile is harmless.
            }
        }
    }
}
