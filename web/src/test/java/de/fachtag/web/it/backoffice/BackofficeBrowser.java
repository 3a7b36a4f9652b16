package de.fachtag.web.it.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.web.it.browser.Browser;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * One signed-in browser in the back office: fills the forms by the pages' ids (kebab-case,
 * {@code form:field}), submits and waits for the answer page, reads the messages next to the
 * fields ({@code form:field-error}) and at the top ({@code #messages}).
 */
public final class BackofficeBrowser {

    public static final String PASSWORD = "demo-password-for-tests";

    private final WebDriver driver;
    private final Function<String, String> url;

    /** @param url turns a path such as {@code /login} into the deployment's URL */
    public BackofficeBrowser(WebDriver driver, Function<String, String> url) {
        this.driver = driver;
        this.url = url;
    }

    /**
     * The class's browser ({@link de.fachtag.web.it.browser.BrowserExtension}) signed in afresh as
     * {@code email} on the deployment at {@code base}: a second sign-in in one test first forgets
     * the first one's cookies.
     */
    public static BackofficeBrowser signedIn(String base, String email) {
        de.fachtag.web.it.browser.Browser browser = de.fachtag.web.it.browser.BrowserExtension.browser();
        browser.reset();
        String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        BackofficeBrowser bo = new BackofficeBrowser(browser.driver(), path -> root + path);
        bo.signIn(email);
        return bo;
    }

    public WebDriver driver() {
        return driver;
    }

    /** The value of the signed-in session's cookie, for requests outside the browser. */
    public String sessionCookie() {
        return driver.manage().getCookieNamed("FACHTAG_SESSION").getValue();
    }

    public String url(String path) {
        return url.apply(path);
    }

    public void signIn(String email) {
        driver.get(url("/login"));
        driver.findElement(By.id("login-form:email")).sendKeys(email);
        driver.findElement(By.id("login-form:password")).sendKeys(PASSWORD);
        Browser.clickAndLoad(driver, driver.findElement(By.id("login-form:submit")));
        assertThat(driver.getCurrentUrl())
                .as("sign-in of %s (page says: %s)", email, text("body"))
                .containsAnyOf("/organizer/", "/ministry/");
    }

    /** Opens a back office page and checks it is the one asked for (not the sign-in page or a 404). */
    public void open(String path) {
        driver.get(url(path));
        Browser.waitForPage(driver, u -> true);
        assertThat(driver.getCurrentUrl()).as("opening %s", path).startsWith(url(path));
    }

    public WebElement element(String id) {
        return driver.findElement(By.id(id));
    }

    public boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** Replaces a text field's content by typing. */
    public BackofficeBrowser type(String id, String text) {
        WebElement field = element(id);
        field.clear();
        if (text != null && !text.isEmpty()) {
            field.sendKeys(text);
        }
        return this;
    }

    /**
     * Sets a native date, time or date-time field ({@code 2027-10-07}, {@code 09:15},
     * {@code 2027-09-24T12:00}); typing into them depends on the browser's locale.
     */
    public BackofficeBrowser set(String id, String value) {
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        element(id),
                        value == null ? "" : value);
        return this;
    }

    public BackofficeBrowser choose(String id, String visibleText) {
        new Select(element(id)).selectByVisibleText(visibleText);
        return this;
    }

    public String chosen(String id) {
        return new Select(element(id)).getFirstSelectedOption().getText();
    }

    public String value(String id) {
        return element(id).getAttribute("value");
    }

    /** Clicks a button that posts the page and waits for the answer. */
    public void submit(WebElement button) {
        Browser.waitForAjax(driver);
        Browser.clickAndLoad(driver, button);
    }

    public void submit(String buttonId) {
        Browser.waitForAjax(driver);
        submit(element(buttonId));
    }

    /** Presses Enter in a field, as a keyboard user sends a form, and waits for the answer. */
    public void pressEnter(String fieldId) {
        Browser.waitForAjax(driver);
        WebElement page = Browser.page(driver);
        element(fieldId).sendKeys(Keys.ENTER);
        Browser.waitForNewPage(driver, page);
    }

    /** The message next to a field ({@code event-form:date} → {@code event-form:date-error}). */
    public String fieldMessage(String fieldId) {
        return element(fieldId + "-error").getText().strip();
    }

    /** The messages at the top of the page. */
    public String messages() {
        return element("messages").getText().strip();
    }

    public String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    public List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    /** The item of the agenda timeline whose title is {@code title}. */
    public WebElement timelineItem(String title) {
        return driver.findElement(By.xpath("//ol[@id='timeline']/li[.//h3[normalize-space()='" + title + "']]"));
    }

    /** The card of the workshop list whose title (after the code) is {@code title}. */
    public WebElement workshop(String title) {
        return driver.findElement(
                By.xpath("//ul[@id='workshops']/li[.//h3[contains(normalize-space(), '" + title + "')]]"));
    }

    /** The row of the events table for an event slug. */
    public WebElement eventRow(String slug) {
        return driver.findElement(By.cssSelector("tr.bo-row--" + slug));
    }

    /** A button in a part of the page, by its visible label. */
    public static WebElement button(WebElement within, String label) {
        return within.findElement(By.xpath(".//input[@type='submit' and @value='" + label + "']"));
    }
}
