package de.fachtag.web.it.events;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import de.fachtag.web.it.browser.A11y;
import de.fachtag.web.it.browser.Browser;

/**
 * One headless Chromium for the client-side checks of {@link de.fachtag.web.it.EventPublicIT},
 * started on first use. Lazily, because the test class also runs in the container (its
 * in-container methods), where no browser must start; and the test class refers to this
 * class only inside method bodies, so no Selenium type has to load there.
 */
public final class EventBrowser {

    private static Browser browser;

    private EventBrowser() {
    }

    private static synchronized WebDriver driver() {
        if (browser == null) {
            browser = Browser.start();
        }
        return browser.driver();
    }

    public static synchronized void quit() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** Loads the page and asserts no axe-core violation (WCAG 2.0/2.1 A and AA). */
    public static void assertAccessible(String url) {
        WebDriver d = driver();
        browser.clearCookies();
        A11y.assertNoViolations(d, url);
    }

    /**
     * Loads the page in a 375 px wide window (a phone) and returns how wide the page's content
     * is; wider than the window means the reader has to scroll sideways.
     */
    public static long contentWidthAt375(String url) {
        WebDriver d = driver();
        browser.clearCookies();
        // a phone, as Chromium's device emulation has it: 375 CSS px wide, touch, mobile viewport
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        try {
            d.get(url);
            JavascriptExecutor js = (JavascriptExecutor) d;
            long viewport = ((Number) js.executeScript("return window.innerWidth")).longValue();
            long content = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
            if (viewport != 375) {
                throw new AssertionError("the page was not laid out 375 px wide but " + viewport);
            }
            return content - viewport;
        } finally {
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    /** A screenshot of the whole page at this width, for a human to look at (e.g. under target/). */
    public static void screenshot(String url, int width, java.nio.file.Path file) {
        WebDriver d = driver();
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
        try {
            d.get(url);
            Object shot = browser.driver().executeCdpCommand("Page.captureScreenshot",
                    java.util.Map.of("format", "png", "captureBeyondViewport", true)).get("data");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.write(file, java.util.Base64.getDecoder().decode(shot.toString()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }
}
