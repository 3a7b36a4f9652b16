package de.fachtag.web.it.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.decorators.Decorated;
import org.openqa.selenium.support.decorators.WebDriverDecorator;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through Debian's ChromeDriver. Both paths are given explicitly,
 * so Selenium Manager never runs (and never tries to download a browser or driver). Override
 * the paths with {@code -Dfachtag.it.chromium=...} and {@code -Dfachtag.it.chromedriver=...}.
 *
 * <p>Tests get the driver through {@link BrowserExtension}, which starts one browser per test
 * class, forgets cookies before each test and keeps a screenshot of a failure.
 *
 * <p>The driver the tests see is decorated: an element that an Ajax update or a page load
 * replaced always fails as {@link StaleElementReferenceException}. ChromeDriver 156 reports
 * some of those as an "unknown error" from the inspector ("Node with given id does not
 * belong to the document") instead; translated in one place, every wait that ignores stale
 * elements and every {@code stalenessOf} works the same on every ChromeDriver.
 */
public final class Browser {

    private static final String CHROMIUM = System.getProperty("fachtag.it.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("fachtag.it.chromedriver", "/usr/bin/chromedriver");

    /** Page width of the browser window; tests that need a phone set a device override. */
    public static final int WIDTH = 1280;

    private final ChromeDriver chrome;
    private final WebDriver driver;
    private final Path profile;

    private Browser(ChromeDriver chrome, Path profile) {
        this.chrome = chrome;
        this.driver = new DetachedIsStale().decorate(chrome);
        this.profile = profile;
    }

    /** A German-speaking headless Chromium with a fresh profile. */
    public static Browser start() {
        // Selenium warns that it has no DevTools classes for this Chromium version; we use none.
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        for (String executable : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(Path.of(executable))) {
                throw new IllegalStateException(
                        executable + " is missing: the browser tests need Debian's chromium and "
                                + "chromium-driver packages (.ci/run installs them)");
            }
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("fachtag-it-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=de-DE",
                "--window-size=" + WIDTH + ",1000",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new Browser(chrome, profile);
    }

    /** The driver for the tests (with replaced elements reported as stale). */
    public WebDriver driver() {
        return driver;
    }

    /** A Chrome DevTools command (device emulation, cookies, screenshots beyond the viewport). */
    public Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return chrome.executeCdpCommand(command, parameters);
    }

    /** Forgets every cookie of every site and any device emulation: the next test starts signed out, in German, 1280 px wide. */
    public void reset() {
        cdp("Network.clearBrowserCookies", Map.of());
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Lays the page out as on a device {@code width} CSS pixels wide (a phone below 600) until {@link #reset()}. */
    public void emulateWidth(int width, int height) {
        cdp(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        width,
                        "height",
                        height,
                        "deviceScaleFactor",
                        width < 600 ? 2 : 1,
                        "mobile",
                        width < 600));
    }

    /**
     * The whole page as it is now, below the fold too: a JPEG (quality 85) when {@code file} ends
     * in {@code .jpg}, else a PNG. The JPEG is what a reviewer looks through (encoded in a fraction
     * of the PNG's time); a failure's evidence stays lossless.
     */
    public void screenshot(Path file) {
        Map<String, Object> parameters = file.getFileName().toString().endsWith(".jpg")
                ? Map.of("format", "jpeg", "quality", 85, "captureBeyondViewport", true)
                : Map.of("format", "png", "captureBeyondViewport", true);
        Object data = cdp("Page.captureScreenshot", parameters).get("data");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode(data.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void quit() {
        try {
            chrome.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a leftover temp directory is no test failure
            }
        }
    }

    /**
     * Waits up to 15 s for a condition on the page (after a click, a key press that submits, a
     * navigation). Elements that vanish with the old page while it waits count as "not yet".
     */
    public static <T> T waitFor(WebDriver driver, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Waits until the browser shows a page whose URL matches and that has finished loading. */
    public static void waitForPage(WebDriver driver, Predicate<String> url) {
        waitFor(
                driver,
                d -> url.test(d.getCurrentUrl())
                        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Clicks a button or link that loads a new page (a form post without Ajax, a navigation) and
     * waits until that page has replaced this one and finished loading.
     */
    public static void clickAndLoad(WebDriver driver, WebElement button) {
        WebElement page = page(driver);
        button.click();
        waitForNewPage(driver, page);
    }

    /**
     * Waits until {@code oldPage} (the {@code <html>} element of the page before a post or a
     * navigation) has left the document and the new page has finished loading. Waiting for a
     * text on the new page is not enough: the old page may still be there, or the new one
     * half-parsed, when a later step reads it.
     */
    public static void waitForNewPage(WebDriver driver, WebElement oldPage) {
        waitFor(driver, ExpectedConditions.stalenessOf(oldPage));
        waitForPage(driver, url -> true);
    }

    /** The {@code <html>} element of the page shown now, to pass to {@link #waitForNewPage} after a key press that posts. */
    public static WebElement page(WebDriver driver) {
        return driver.findElement(By.tagName("html"));
    }

    /**
     * Waits until no PrimeFaces Ajax request is queued or running: an autocomplete may still be
     * answering the last keystroke and about to replace its panel.
     */
    public static void waitForAjax(WebDriver driver) {
        waitFor(
                driver,
                d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript(
                                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** True for ChromeDriver's way of saying that an element was replaced (see the class comment). */
    static boolean isDetachedNode(Throwable e) {
        return e instanceof WebDriverException
                && !(e instanceof StaleElementReferenceException)
                && e.getMessage() != null
                && e.getMessage().contains("does not belong to the document");
    }

    /** Reports ChromeDriver's inspector error about a replaced node as the stale element it is. */
    private static final class DetachedIsStale extends WebDriverDecorator<WebDriver> {

        @Override
        public Object onError(Decorated<?> target, Method method, Object[] args, InvocationTargetException e)
                throws Throwable {
            Throwable cause = e.getTargetException();
            if (isDetachedNode(cause)) {
                throw new StaleElementReferenceException(
                        "replaced by an update or a page load (" + method.getName() + "): "
                                + cause.getMessage().lines().findFirst().orElse(""),
                        cause);
            }
            return super.onError(target, method, args, e);
        }
    }
}
