package de.fachtag.web.it.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Owns the headless Chromium of a test class ({@code @ExtendWith(BrowserExtension.class)}):
 * starts it on first use ({@link #browser()}), resets it before every test (signed out, in
 * German, 1280 px wide), saves a screenshot and the HTML of the page into
 * {@code target/browser-failures/} when a test fails, and quits it after the class.
 *
 * <p>Test classes with in-container methods run their JUnit lifecycle inside Payara too, where
 * Selenium is not deployed: every callback does nothing there, and this class touches
 * {@link Browser} (and with it Selenium) only on the client.
 */
public final class BrowserExtension implements BeforeEachCallback, TestWatcher, AfterAllCallback {

    private static Browser current;

    /** The browser of the running test class, started on first use. */
    public static synchronized Browser browser() {
        if (current == null) {
            current = Browser.start();
        }
        return current;
    }

    /** True on the test client (Maven's JVM), false inside the container. */
    private static boolean onClient() {
        return System.getProperty("fachtag.war") != null;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (onClient()) {
            resetIfStarted();
        }
    }

    private static synchronized void resetIfStarted() {
        if (current != null) {
            current.reset();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (onClient()) {
            // the display name is the method's, with the arguments of a parameterized run
            keepEvidence(context.getRequiredTestClass().getSimpleName() + "."
                    + context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_+$", ""));
        }
    }

    private static synchronized void keepEvidence(String name) {
        if (current == null) {
            return;
        }
        Path dir = Path.of("target", "browser-failures");
        try {
            current.screenshot(dir.resolve(name + ".png"));
            Files.writeString(
                    dir.resolve(name + ".html"),
                    "<!-- " + current.driver().getCurrentUrl() + " -->\n"
                            + Optional.ofNullable(current.driver().getPageSource())
                                    .orElse(""));
        } catch (RuntimeException | java.io.IOException e) {
            System.err.println("No screenshot of the failed test " + name + ": " + e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (onClient()) {
            quit();
        }
    }

    private static synchronized void quit() {
        if (current != null) {
            try {
                current.quit();
            } finally {
                current = null;
            }
        }
    }
}
