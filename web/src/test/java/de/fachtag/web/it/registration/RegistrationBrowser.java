package de.fachtag.web.it.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import de.fachtag.web.it.boot.TestSmtp;
import de.fachtag.web.it.browser.A11y;
import de.fachtag.web.it.browser.Browser;
import de.fachtag.web.it.browser.BrowserExtension;
import de.fachtag.web.it.browser.Keyboard;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The browser half of {@link de.fachtag.web.it.RegistrationPublicIT}, kept apart so that the IT
 * class loads in the container, where Selenium is not deployed. One headless Chromium for all.
 */
public final class RegistrationBrowser {

    static final String T = RegistrationFixtures.TENANT;
    static final String FORM = "/t/" + T + "/e/" + RegistrationFixtures.OPEN + "/register";

    private RegistrationBrowser() {}

    private static WebDriver driver() {
        return BrowserExtension.browser().driver();
    }

    /** A participant registers by keyboard alone, opens the private link, changes the workshop, decides consents, cancels. */
    /** The path of the private link in the confirmation mail to this address, once it arrives. */
    static String mailedPrivateLink(GreenMail smtp, String address) {
        long until = System.currentTimeMillis() + 60_000;
        Pattern link = Pattern.compile("/r/" + T + "\\.[A-Za-z0-9_-]{43}");
        while (System.currentTimeMillis() < until) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                try {
                    if (m.getAllRecipients() != null
                            && m.getAllRecipients()[0].toString().equals(address)
                            && m.getSubject().startsWith("Anmeldebestätigung")) {
                        Matcher found = link.matcher(plainText(m));
                        assertTrue(found.find(), "the confirmation mail has the private link");
                        return found.group();
                    }
                } catch (MessagingException | java.io.IOException e) {
                    throw new AssertionError("unreadable mail", e);
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no confirmation mail to " + address + " within 60 s");
    }

    private static String plainText(Part part) throws MessagingException, java.io.IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(plainText(multipart.getBodyPart(i)));
            }
            return all.toString();
        }
        return "";
    }

    // ---------------------------------------------------------------- a form that guides, at 1280 and 390 px

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)(?:, ([0-9.]+))?\\)");

    /**
     * The form as a participant meets it on a desk and on a phone: screenshots into
     * target/screenshots/, a filled primary button, focus rings of at least 3:1 against their
     * background (from the computed styles), touch targets of at least 44 px at 390 px, native
     * radios in fieldsets, free seats before a workshop is full, workshops off for the livestream,
     * one privacy link, and axe-core finds nothing.
     */
    public static void formGuidesOnDeskAndPhone(String base) {
        Browser browser = BrowserExtension.browser();
        WebDriver d = driver();
        JavascriptExecutor js = (JavascriptExecutor) d;
        try {
            for (int width : new int[] {1280, 390}) {
                browser.emulateWidth(width, 900);
                A11y.assertNoViolations(d, base + FORM);
                browser.screenshot(java.nio.file.Path.of("target", "screenshots", "register-" + width + ".jpg"));

                // the main button: filled, its text at least 4.5:1 on it
                WebElement submit = d.findElement(By.id("reg:submit"));
                String fill = submit.getCssValue("background-color");
                assertFalse(
                        fill.equals("rgb(255, 255, 255)") || fill.equals("rgba(0, 0, 0, 0)"),
                        "the main button is filled: " + fill);
                double text = contrast(rgb(submit.getCssValue("color")), rgb(fill));
                assertTrue(text >= 4.5, "the main button's text has " + text + ":1");

                // native radios without a role, each group in a fieldset with a legend
                assertTrue(d.findElements(By.cssSelector("input[role]")).isEmpty(), "no native input carries a role");
                assertEquals(
                        Boolean.TRUE,
                        js.executeScript(
                                "return Array.prototype.every.call(document.querySelectorAll("
                                        + "'input[type=radio]'), function (r) { var f = r.closest('fieldset'); return !!f && !!f.querySelector('legend'); });"),
                        "every radio sits in a fieldset with a legend");

                // touch targets: each radio and checkbox together with its label at least 44 × 44 px
                @SuppressWarnings("unchecked")
                List<List<Object>> targets = (List<List<Object>>)
                        js.executeScript(
                                "return Array.prototype.map.call("
                                        + "document.querySelectorAll('#reg input[type=radio], #reg input[type=checkbox]'), function (i) {"
                                        + " var a = i.getBoundingClientRect(); var l = document.querySelector('label[for=\"' + i.id + '\"]');"
                                        + " var b = l ? l.getBoundingClientRect() : a;"
                                        + " return [i.id, Math.max(a.right, b.right) - Math.min(a.left, b.left), Math.max(a.bottom, b.bottom) - Math.min(a.top, b.top)]; });");
                assertFalse(targets.isEmpty());
                for (List<Object> t : targets) {
                    double w = ((Number) t.get(1)).doubleValue();
                    double h = ((Number) t.get(2)).doubleValue();
                    assertTrue(
                            w >= 44 && h >= 44,
                            "touch target of " + t.get(0) + " at " + width + " px: " + w + " × " + h);
                }

                // focus rings: the name field, the first mode radio and the main button, reached by keyboard
                Keyboard k = new Keyboard(d);
                for (String id : List.of("reg:name", "reg:mode:0", "reg:submit")) {
                    k.tabUntil(id, Keyboard.id(id), 60);
                    @SuppressWarnings("unchecked")
                    List<String> ring = (List<String>)
                            js.executeScript(
                                    "var e = document.activeElement, cs = getComputedStyle(e), n = e.parentElement, bg = null;"
                                            + " while (n && !bg) { var c = getComputedStyle(n).backgroundColor; if (c && c !== 'transparent' && !/, 0\\)$/.test(c)) { bg = c; } n = n.parentElement; }"
                                            + " return [cs.outlineStyle, cs.outlineColor, cs.boxShadow, bg || 'rgb(255, 255, 255)'];");
                    int[] ground = rgb(ring.get(3));
                    double best = 0;
                    if (!"none".equals(ring.get(0))) {
                        best = contrast(rgb(ring.get(1)), ground);
                    }
                    if (ring.get(2) != null && !"none".equals(ring.get(2))) {
                        best = Math.max(best, contrast(rgb(ring.get(2)), ground));
                    }
                    assertTrue(
                            best >= 3,
                            "focus ring of " + id + " at " + width + " px has " + best + ":1 against " + ring);
                }
                d.findElement(By.tagName("body")).click();
            }

            // the W3C Nu HTML checker on the form and the event page as the server sends them
            de.fachtag.web.it.browser.Http http =
                    new de.fachtag.web.it.browser.Http(URI.create(base.endsWith("/") ? base : base + "/"));
            for (String path : List.of(FORM, "/t/" + T + "/e/" + RegistrationFixtures.OPEN)) {
                assertEquals(
                        List.of(),
                        de.fachtag.web.it.browser.NuChecker.errors(
                                http.get(path).body()),
                        "Nu checker on " + path);
            }

            browser.emulateWidth(390, 900);
            d.get(base + FORM);
            // free seats shown before a workshop is full; one privacy link
            assertTrue(
                    d.getPageSource().matches("(?s).*" + RegistrationFixtures.WORKSHOP_3 + " – noch \\d+ Plätze.*"),
                    "free seats before the workshop is full");
            assertEquals(
                    1,
                    d.findElements(By.linkText("Datenschutzerklärung lesen")).size(),
                    "the privacy statement is linked once");
            // the livestream needs no workshop: the choices are off and the page says why
            WebElement workshops = d.findElement(By.cssSelector("fieldset[data-onsite-only]"));
            WebElement why = d.findElement(By.id("workshop-livestream"));
            assertFalse(why.isDisplayed());
            d.findElement(By.cssSelector("label[for=\""
                            + d.findElement(By.cssSelector("input[name='reg:mode'][value=LIVESTREAM]"))
                                    .getAttribute("id")
                            + "\"]"))
                    .click();
            assertFalse(d.findElement(By.id("reg:workshop:0")).isEnabled(), "workshops are off for the livestream");
            assertTrue(why.isDisplayed(), "and the page says why");
            assertTrue(workshops.getAttribute("disabled") != null);
            browser.screenshot(java.nio.file.Path.of("target", "screenshots", "register-livestream-390.jpg"));
            A11y.assertNoViolations(d);
            d.findElement(By.cssSelector("label[for=\""
                            + d.findElement(By.cssSelector("input[name='reg:mode'][value=ON_SITE]"))
                                    .getAttribute("id") + "\"]"))
                    .click();
            assertTrue(d.findElement(By.id("reg:workshop:0")).isEnabled(), "on site, the workshops are back");
            assertFalse(why.isDisplayed());
        } finally {
            browser.emulateWidth(Browser.WIDTH, 1000);
        }
    }

    private static int[] rgb(String css) {
        Matcher m = RGB.matcher(css);
        assertTrue(m.find(), "a colour in " + css);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    /** WCAG 2.x contrast ratio. */
    private static double contrast(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] c) {
        double[] l = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255.0;
            l[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    }

    public static void registerByKeyboardAndChangeTheWorkshop(String base) {
        WebDriver d = driver();
        A11y.assertNoViolations(d, base + FORM);
        assertTrue(
                d.getPageSource().contains(RegistrationFixtures.WORKSHOP_2 + " – Warteliste"),
                "a full workshop says so");
        assertTrue(
                d.getPageSource().contains(RegistrationFixtures.RECORDING_NOTICE),
                "the recording notice as configured");
        WebElement photo = d.findElement(By.id("reg:consent-1"));
        assertFalse(photo.isSelected(), "the optional consent is not ticked");

        // the mail goes through a real SMTP server: the run's GreenMail, where the application's FACHTAG_SMTP_PORT
        // points
        GreenMail smtp = TestSmtp.server();
        String mailedLink;
        Keyboard k = new Keyboard(d);
        k.tabUntil("the name field", Keyboard.id("reg:name"), 40);
        k.type("Erika Tastatur");
        k.tab().type("erika.tastatur@teilnehmende.example");
        k.tab().type("Landratsamt Teststadt");
        k.tab().type("V"); // the sector list: Verwaltung
        k.tab().press(Keys.SPACE); // mode: the first radio, on site
        assertEquals("reg:mode:0", k.focused().getAttribute("id"));
        k.tab().press(Keys.SPACE); // workshop 1
        assertEquals("reg:workshop:0", k.focused().getAttribute("id"));
        k.tab().type("Rollstuhlplatz");
        k.tab().type("vegetarisch");
        k.tabUntil("the privacy acknowledgement", Keyboard.id("reg:consent-0"), 5);
        k.press(Keys.SPACE);
        k.tabUntil("the submit button", Keyboard.id("reg:submit"), 10);
        WebElement form = Browser.page(d);
        k.enter();

        Browser.waitForNewPage(d, form);
        assertFalse(d.findElements(By.id("result")).isEmpty(), "the answer page");
        assertEquals("result", k.focused().getAttribute("id"), "the answer takes the focus");
        assertTrue(d.findElement(By.id("result")).getText().contains("Ihre Anmeldung ist bestätigt"));
        String shown = d.findElement(By.id("self-service-link")).getAttribute("href");
        assertTrue(shown.contains("/r/" + T + "."));

        mailedLink = mailedPrivateLink(smtp, "erika.tastatur@teilnehmende.example");
        assertTrue(mailedLink.matches("/r/" + T + "\\.[A-Za-z0-9_-]{43}"), mailedLink);
        // the mail's link is issued when it is sent (no token waits in the outbox): another token
        // than the page showed; both open the registration (the page's below, the mail's next)
        assertNotEquals(URI.create(shown).getPath(), mailedLink, "a link of its own for the mail");
        d.get(shown);
        Browser.waitForPage(d, u -> u.contains("/r/" + T + "."));
        assertTrue(d.findElement(By.id("status")).getText().contains("Bestätigt"), "the page's link still opens it");

        // the participant follows the link from the mail
        d.get(base + mailedLink);
        Browser.waitForPage(d, u -> u.contains("/r/" + T + "."));
        assertTrue(d.findElement(By.id("workshop")).getText().contains(RegistrationFixtures.WORKSHOP_1));
        assertTrue(d.findElement(By.id("status")).getText().contains("Bestätigt"));
        A11y.assertNoViolations(d);

        k.tabUntil("the workshop choice", Keyboard.id("workshop-form:workshop:0"), 40);
        k.press(Keys.ARROW_DOWN).press(Keys.ARROW_DOWN); // past the full workshop 2, to 3
        assertEquals("workshop-form:workshop:2", k.focused().getAttribute("id"));
        k.tab();
        assertEquals("workshop-form:change-workshop", k.focused().getAttribute("id"));
        WebElement before = Browser.page(d);
        k.enter();
        Browser.waitForNewPage(d, before);
        assertTrue(d.findElement(By.id("workshop")).getText().contains(RegistrationFixtures.WORKSHOP_3));
        assertTrue(d.findElement(By.id("messages")).getText().contains("Ihr Workshop wurde geändert."));

        // the photo consent: given, then withdrawn, one step each
        Browser.clickAndLoad(d, d.findElement(By.cssSelector("input[id$='consent-form:grant']")));
        assertTrue(d.findElement(By.id("messages")).getText().contains("Ihre Einwilligung ist gespeichert."));
        assertTrue(d.findElement(By.id("consent-1-state")).getText().startsWith("Erteilt"));
        Browser.clickAndLoad(d, d.findElement(By.cssSelector("input[id$='consent-form:withdraw']")));
        assertTrue(d.findElement(By.id("messages")).getText().contains("Ihr Widerruf ist gespeichert."));
        assertTrue(d.findElement(By.id("consent-1-state")).getText().startsWith("Nicht erteilt"));

        // cancelling asks once more
        Browser.clickAndLoad(d, d.findElement(By.id("cancel-form:ask-cancel")));
        assertFalse(d.findElements(By.id("cancel-confirm")).isEmpty(), "the question");
        A11y.assertNoViolations(d);
        Browser.clickAndLoad(d, d.findElement(By.id("cancel-form:cancel-yes")));
        assertTrue(d.findElement(By.id("status")).getText().contains("Storniert"));
        assertTrue(d.findElements(By.id("workshop-form")).isEmpty(), "nothing left to change");
    }

    /** The empty form sent: the summary takes the focus, each field says what is wrong, axe finds nothing. */
    public static void errorStateIsLinkedAndFocused(String base) {
        WebDriver d = driver();
        d.get(base + FORM);
        Keyboard k = new Keyboard(d);
        k.tabUntil("the submit button", Keyboard.id("reg:submit"), 60);
        WebElement form = Browser.page(d);
        k.enter();
        Browser.waitForNewPage(d, form);
        assertFalse(d.findElements(By.id("error-summary")).isEmpty(), "the error summary");
        assertEquals("error-summary", k.focused().getAttribute("id"), "the summary takes the focus");
        String summary = d.findElement(By.id("error-summary")).getText();
        for (String s : List.of(
                "Name: Bitte ausfüllen.",
                "E-Mail-Adresse: Bitte ausfüllen.",
                "Arbeitsbereich:",
                "Wie nehmen Sie teil?:",
                "Bitte bestätigen Sie dies, um sich anzumelden.")) {
            assertTrue(summary.contains(s), s + " in " + summary);
        }
        WebElement name = d.findElement(By.id("reg:name"));
        assertEquals("true", name.getAttribute("aria-invalid"));
        assertTrue(name.getAttribute("aria-describedby").contains("reg:name-error"));
        assertEquals("Bitte ausfüllen.", d.findElement(By.id("reg:name-error")).getText());
        assertEquals(
                "#reg:name",
                URI.create(d.findElement(By.cssSelector("#error-summary a")).getAttribute("href"))
                        .getRawFragment()
                        .transform(f -> "#" + f));
        A11y.assertNoViolations(d);
    }

    /**
     * A link that opens nothing: the "not valid (any more)" page at 1280 and 390 px, axe-core
     * finds nothing, and its resend form is sent by keyboard alone.
     */
    public static void invalidLinkPageByKeyboard(String base) {
        Browser browser = BrowserExtension.browser();
        WebDriver d = driver();
        try {
            for (int width : new int[] {1280, 390}) {
                browser.emulateWidth(width, 900);
                d.get(base + "/r/" + T + ".NichtMehrGueltig-0123456789abcdefghijklmnop");
                assertEquals(
                        "Dieser Link ist nicht (mehr) gültig",
                        d.findElement(By.tagName("h1")).getText());
                A11y.assertNoViolations(d);
                browser.screenshot(java.nio.file.Path.of("target", "screenshots", "link-invalid-" + width + ".jpg"));
            }
            browser.emulateWidth(Browser.WIDTH, 900);
            Keyboard k = new Keyboard(d);
            k.tabUntil("the address field", Keyboard.id("resend:resend-email"), 60);
            k.focused().sendKeys("niemand@nirgends.example");
            k.tab();
            assertEquals("resend:resend-submit", k.focused().getAttribute("id"));
            WebElement before = Browser.page(d);
            k.enter();
            Browser.waitForNewPage(d, before);
            assertTrue(d.findElement(By.id("resend-done")).getText().startsWith("Wenn mit dieser Adresse"));
            assertTrue(d.getCurrentUrl().endsWith("/t/" + T + "/link"), d.getCurrentUrl());
            A11y.assertNoViolations(d);
        } finally {
            browser.emulateWidth(Browser.WIDTH, 1000);
        }
    }
}
