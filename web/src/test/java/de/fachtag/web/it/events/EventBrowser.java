package de.fachtag.web.it.events;

import de.fachtag.web.it.browser.A11y;
import de.fachtag.web.it.browser.Browser;
import de.fachtag.web.it.browser.BrowserExtension;
import java.nio.file.Path;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The client-side checks of {@link de.fachtag.web.it.EventPublicIT} in the class's Chromium
 * ({@link BrowserExtension}). Kept apart because the test class also runs in the container
 * (its in-container methods), and it refers to this class only inside method bodies, so no
 * Selenium type has to load there.
 */
public final class EventBrowser {

    private EventBrowser() {}

    /** Loads the page and asserts no axe-core violation (WCAG 2.0/2.1 A and AA). */
    public static void assertAccessible(String url) {
        A11y.assertNoViolations(BrowserExtension.browser().driver(), url);
    }

    /**
     * Loads the page in a 375 px wide window (a phone) and returns how wide the page's content
     * is; wider than the window means the reader has to scroll sideways.
     */
    public static long contentWidthAt375(String url) {
        Browser browser = BrowserExtension.browser();
        WebDriver d = browser.driver();
        // a phone, as Chromium's device emulation has it: 375 CSS px wide, touch, mobile viewport
        browser.emulateWidth(375, 812);
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
            browser.reset();
        }
    }

    /** A screenshot of the whole page at this width, for a human to look at (e.g. under target/). */
    public static void screenshot(String url, int width, Path file) {
        Browser browser = BrowserExtension.browser();
        browser.emulateWidth(width, 900);
        try {
            browser.driver().get(url);
            browser.screenshot(file);
        } finally {
            browser.reset();
        }
    }
}
