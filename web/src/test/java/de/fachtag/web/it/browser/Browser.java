package de.fachtag.web.it.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through Debian's ChromeDriver. Both paths are given explicitly,
 * so Selenium Manager never runs (and never tries to download a browser or driver). Override
 * the paths with {@code -Dfachtag.it.chromium=...} and {@code -Dfachtag.it.chromedriver=...}.
 */
public final class Browser {

    private static final String CHROMIUM = System.getProperty("fachtag.it.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("fachtag.it.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A German-speaking headless Chromium with a fresh profile. */
    public static Browser start() {
        // Selenium warns that it has no DevTools classes for this Chromium version; we use none.
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        for (String executable : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(Path.of(executable))) {
                throw new IllegalStateException(executable + " is missing: the browser tests need Debian's chromium and "
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
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=de-DE", "--window-size=1280,1000", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Forgets every cookie of every site: the next test starts signed out and in German. */
    public void clearCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    public void quit() {
        try {
            driver.quit();
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
        waitFor(driver, d -> url.test(d.getCurrentUrl())
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }
}
