package io.claimtrack.gateway.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's headless Chromium driven by its chromedriver (CHROME_BIN and CHROMEDRIVER point elsewhere).
 * Without them a test is skipped on a developer's machine and fails in CI (CI=true).
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1280, 800);
    public static final Dimension PHONE = new Dimension(390, 844);
    private static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots");
    private static final List<String> SERIOUS = List.of("serious", "critical");

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    private Browser(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
    }

    public static Browser open(String baseUrl) {
        Path binary = Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(binary) || !Files.isExecutable(chromedriver)) {
            String missing = "no browser for the dashboard tests: " + binary + " or " + chromedriver
                    + " is missing (apt-get install -y chromium chromium-driver, or set CHROME_BIN and CHROMEDRIVER)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(missing);
            }
            Assumptions.abort(missing);
        }
        try {
            Path profile = Files.createTempDirectory("dashboard-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(binary.toFile());
            // This machine's network is closed: everything Chromium would fetch from elsewhere is off.
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                    "--user-data-dir=" + profile, "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            Browser browser = new Browser(driver, profile, baseUrl.replaceAll("/$", ""));
            browser.viewport(DESKTOP, false);
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the dashboard (#/... fragment) as a fresh load, as a bookmark would. */
    public void load(String fragment) {
        // Only the fragment differs from the page shown: without leaving it first that would not load anew.
        driver.get("about:blank");
        driver.get(baseUrl + "/" + fragment);
    }

    /** Moves within the loaded dashboard, as a click on a link would. */
    public void go(String fragment) {
        script("location.hash = arguments[0]", fragment);
    }

    /** Fills in the dashboard's API key form and waits until the page it asked for is shown. */
    public void enterKey(String key) {
        WebElement input = waitFor("#api-key");
        input.clear();
        input.sendKeys(key);
        driver.findElement(By.cssSelector("form.key-form button[type=submit]")).click();
        waitUntil(d -> d.findElements(By.id("api-key")).isEmpty());
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public WebElement waitFor(String css) {
        return waitUntil(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** Retries a condition that read an element the dashboard replaced while rendering (a stale element). */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(condition);
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits until the page finished loading what it shows first; answers how long that took from navigation, in ms. */
    public long rendered() {
        try {
            waitUntil(d -> script("return document.getElementById('main').getAttribute('aria-busy') === null"
                    + " && document.documentElement.dataset.rendered !== undefined"));
        } catch (TimeoutException e) {
            throw new AssertionError("the page did not finish rendering: " + script("return [location.href, document.readyState,"
                    + " document.documentElement.dataset.rendered, document.getElementById('main').getAttribute('aria-busy'),"
                    + " document.getElementById('main').innerText.slice(0, 300)].join(' | ')"), e);
        }
        return ((Number) script("return Number(document.documentElement.dataset.rendered)")).longValue();
    }

    /** Shows the current page again, as the dashboard does on a change of address, and waits until it is shown. */
    public void renderAgain() {
        script("delete document.documentElement.dataset.rendered; window.dispatchEvent(new HashChangeEvent('hashchange'))");
        rendered();
    }

    /**
     * Saves the viewport at desktop and phone width under target/dashboard-screenshots; the phone one
     * renders the page anew at that width, as a phone would (a chart's drawing is as wide as the page).
     */
    public void screenshots(String name) {
        screenshot(name + "-desktop");
        viewport(PHONE, true);
        try {
            renderAgain();
            screenshot(name + "-phone");
        } finally {
            viewport(DESKTOP, false);
            renderAgain();
        }
    }

    /** Both screenshots of a page whose state a new load would lose (a form's result): the phone one only narrows it. */
    public void screenshotsInPlace(String name) {
        screenshot(name + "-desktop");
        viewport(PHONE, true);
        try {
            screenshot(name + "-phone");
        } finally {
            viewport(DESKTOP, false);
        }
    }

    /** The page's own size, whatever the window around it (a window size includes the browser's frame). */
    private void viewport(Dimension size, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", size.width, "height", size.height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core over the whole page (WCAG 2.1 A and AA): no serious or critical violation. */
    public void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertTrue(results.getErrorMessage() == null || results.getErrorMessage().isBlank(), "axe-core failed: " + results.getErrorMessage());
        List<Rule> serious = results.getViolations().stream().filter(rule -> SERIOUS.contains(rule.getImpact())).toList();
        assertTrue(serious.isEmpty(), page + ": " + serious.stream()
                .map(rule -> rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless.
        }
    }
}
