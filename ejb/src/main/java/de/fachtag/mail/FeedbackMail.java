package de.fachtag.mail;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * Renders the mail that forwards a feedback message to the tenant's accessibility feedback
 * contact: what was written, from which page, by whom (if they said), when, the reply deadline
 * and the link to the message in the back office's inbox. Plain text only (the visitor's text is
 * never put into HTML), in German, the tenant's language; every value from outside the bundle is
 * stripped of control characters, the subject of line breaks. Stateless; a pure function.
 */
public final class FeedbackMail {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /** What the mail says, read from the stored message and the tenant. */
    public record Facts(
            UUID id,
            String tenant,
            String tenantName,
            String page,
            String message,
            String name,
            String email,
            Instant receivedAt,
            Instant replyDue) {}

    private FeedbackMail() {}

    /** Renders the mail; {@code baseUrl} without a trailing slash. */
    public static ComposedMail compose(Facts f, String baseUrl) {
        ResourceBundle texts = MailComposer.bundle(Locale.GERMAN);
        String base = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
        String tenantName = MailComposer.line(f.tenantName());
        String due = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN)
                .format(f.replyDue().atZone(ZONE));
        String received = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm", Locale.GERMAN)
                .format(f.receivedAt().atZone(ZONE));
        String notGiven = texts.getString("feedback.notGiven");

        StringBuilder text = new StringBuilder();
        text.append(texts.getString("feedback.greeting"))
                .append("\n\n")
                .append(format(texts, "feedback.intro", tenantName, due))
                .append('\n')
                .append(base)
                .append("/organizer/")
                .append(f.tenant())
                .append("/feedback/")
                .append(f.id())
                .append("\n\n")
                .append(texts.getString("feedback.message"))
                .append("\n\n");
        for (String line : MailComposer.plain(f.message()).split("\n", -1)) {
            text.append("> ").append(line).append('\n');
        }
        text.append('\n')
                .append(format(texts, "feedback.page", page(f.page(), base)))
                .append('\n')
                .append(format(texts, "feedback.name", blank(f.name()) ? notGiven : MailComposer.line(f.name())))
                .append('\n')
                .append(format(texts, "feedback.email", blank(f.email()) ? notGiven : MailComposer.line(f.email())))
                .append('\n')
                .append(format(texts, "feedback.received", received))
                .append("\n\n")
                .append(
                        blank(f.email())
                                ? texts.getString("feedback.noReply")
                                : format(texts, "feedback.replyTo", MailComposer.line(f.email())))
                .append("\n\n")
                .append("-- \n")
                .append(texts.getString("feedback.footer"))
                .append('\n');
        String subject = MailComposer.line(format(texts, "feedback.subject", tenantName, due));
        return new ComposedMail(subject, text.toString(), null, null, null, null);
    }

    /** A path of this site as a full address; anything else a visitor typed as it is, on one line. */
    static String page(String page, String base) {
        String p = MailComposer.line(page);
        if (p == null || p.isEmpty()) {
            return "/";
        }
        return p.startsWith("/") && !p.startsWith("//") && !p.contains(" ") ? base + p : p;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String format(ResourceBundle texts, String key, Object... args) {
        return new MessageFormat(texts.getString(key), Locale.GERMAN).format(args);
    }
}
