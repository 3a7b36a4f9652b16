package de.fachtag.web.it.actors;

import de.fachtag.web.it.backoffice.BackofficeBrowser;
import de.fachtag.web.it.boot.TestSmtp;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What ActorsIT does with the browser and the delivered mails. Kept out of the test class: its
 * in-container methods make the server reflect on it, where Selenium's types are missing.
 */
public final class ActorsPages {

    private ActorsPages() {}

    /** Clicks the archive button of the actor with this name in the back office's list. */
    public static void archive(BackofficeBrowser bo, String name) {
        for (WebElement li : bo.driver().findElements(By.cssSelector("#actor-list li"))) {
            if (li.findElement(By.tagName("strong")).getText().equals(name)) {
                bo.submit(li.findElement(By.cssSelector("input[id$=':archive']")));
                return;
            }
        }
        throw new AssertionError("no actor " + name + " in the list");
    }

    /** Chooses the first option whose text contains {@code text}. */
    public static void chooseContaining(BackofficeBrowser bo, String id, String text) {
        Select select = new Select(bo.element(id));
        for (WebElement o : select.getOptions()) {
            if (o.getText().contains(text)) {
                select.selectByVisibleText(o.getText());
                return;
            }
        }
        throw new AssertionError("no option with " + text + " in " + id);
    }

    /** The texts of a select's options. */
    public static List<String> options(BackofficeBrowser bo, String id) {
        List<String> texts = new ArrayList<>();
        for (WebElement o : new Select(bo.element(id)).getOptions()) {
            texts.add(o.getText());
        }
        return texts;
    }

    /** The back office's row of the stale actor's entry in the responsibilities table. */
    public static String staleRow(BackofficeBrowser bo) {
        for (WebElement row : bo.driver().findElements(By.cssSelector("#responsibilities tbody tr"))) {
            if (row.getText().contains(ActorsFixtures.STALE_ACTOR_NAME)) {
                return row.getText();
            }
        }
        return "";
    }

    /** The mails the run's SMTP server received for this address, in order. */
    public static List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : TestSmtp.server().getReceivedMessages()) {
            Address[] to = m.getAllRecipients();
            if (to != null && to.length > 0 && to[0].toString().equals(address)) {
                found.add(m);
            }
        }
        return found;
    }

    /** A mail's plain text part. */
    public static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** The ids of the elements the CSS selector finds, in page order. */
    public static List<String> ids(BackofficeBrowser bo, String css) {
        return bo.driver().findElements(By.cssSelector(css)).stream()
                .map(e -> e.getAttribute("id"))
                .toList();
    }
}
