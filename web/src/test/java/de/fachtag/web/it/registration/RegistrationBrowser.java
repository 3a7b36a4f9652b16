package de.fachtag.web.it.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import de.fachtag.web.it.boot.TestSmtp;
import de.fachtag.web.it.browser.A11y;
import de.fachtag.web.it.browser.Browser;
import de.fachtag.web.it.browser.BrowserExtension;
import de.fachtag.web.it.browser.Keyboard;

/**
 * The browser half of {@link de.fachtag.web.it.RegistrationPublicIT}, kept apart so that the IT
 * class loads in the container, where Selenium is not deployed. One headless Chromium for all.
 */
public final class RegistrationBrowser {

    static final String T = RegistrationFixtures.TENANT;
    static final String FORM = "/t/" + T + "/e/" + RegistrationFixtures.OPEN + "/register";

    private RegistrationBrowser() {
    }

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
                    if (m.getAllRecipients() != null && m.getAllRecipients()[0].toString().equals(address)
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

    public static void registerByKeyboardAndChangeTheWorkshop(String base) {
        WebDriver d = driver();
        A11y.assertNoViolations(d, base + FORM);
        assertTrue(d.getPageSource().contains(RegistrationFixtures.WORKSHOP_2 + " – Warteliste"), "a full workshop says so");
        assertTrue(d.getPageSource().contains(RegistrationFixtures.RECORDING_NOTICE), "the recording notice as configured");
        WebElement photo = d.findElement(By.id("reg:consent-1"));
        assertFalse(photo.isSelected(), "the optional consent is not ticked");

        // the mail goes through a real SMTP server: the run's GreenMail, where the application's FACHTAG_SMTP_PORT points
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
        for (String s : List.of("Name: Bitte ausfüllen.", "E-Mail-Adresse: Bitte ausfüllen.", "Arbeitsbereich:",
                "Wie nehmen Sie teil?:", "Bitte bestätigen Sie dies, um sich anzumelden.")) {
            assertTrue(summary.contains(s), s + " in " + summary);
        }
        WebElement name = d.findElement(By.id("reg:name"));
        assertEquals("true", name.getAttribute("aria-invalid"));
        assertTrue(name.getAttribute("aria-describedby").contains("reg:name-error"));
        assertEquals("Bitte ausfüllen.", d.findElement(By.id("reg:name-error")).getText());
        assertEquals("#reg:name", URI.create(d.findElement(By.cssSelector("#error-summary a")).getAttribute("href")).getRawFragment()
                .transform(f -> "#" + f));
        A11y.assertNoViolations(d);
    }
}
