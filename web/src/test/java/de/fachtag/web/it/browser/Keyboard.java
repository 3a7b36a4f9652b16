package de.fachtag.web.it.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Drives a page the way a keyboard user does: keys go to whatever has focus; nothing is
 * clicked and no element is focused by script.
 */
public final class Keyboard {

    private final WebDriver driver;

    public Keyboard(WebDriver driver) {
        this.driver = driver;
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    public Keyboard tab() {
        return press(Keys.TAB);
    }

    public Keyboard enter() {
        return press(Keys.ENTER);
    }

    public Keyboard press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        return this;
    }

    /** Types into the focused element. */
    public Keyboard type(String text) {
        new Actions(driver).sendKeys(text).perform();
        return this;
    }

    /**
     * Presses Tab until the focused element matches, at most {@code maxTabs} times; fails with
     * the focus order seen so far when it never does.
     */
    public WebElement tabUntil(String what, Predicate<WebElement> target, int maxTabs) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < maxTabs; i++) {
            tab();
            WebElement focused = focused();
            if (target.test(focused)) {
                return focused;
            }
            seen.add(describe(focused));
        }
        throw new AssertionError("After " + maxTabs + " × Tab the focus never reached " + what
                + "; focus order was:\n  " + String.join("\n  ", seen));
    }

    public static Predicate<WebElement> id(String id) {
        return e -> id.equals(e.getAttribute("id"));
    }

    public static Predicate<WebElement> linkText(String text) {
        return e -> "a".equals(e.getTagName()) && text.equals(e.getText().strip());
    }

    public static String describe(WebElement e) {
        String id = e.getAttribute("id");
        String text = e.getText() == null ? "" : e.getText().strip().replaceAll("\\s+", " ");
        return "<" + e.getTagName() + (id == null || id.isEmpty() ? "" : " id=\"" + id + "\"") + "> "
                + (text.length() > 60 ? text.substring(0, 60) + "…" : text);
    }
}
