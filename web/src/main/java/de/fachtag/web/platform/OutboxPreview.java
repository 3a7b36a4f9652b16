package de.fachtag.web.platform;

import de.fachtag.mail.MailDelivery;
import de.fachtag.mail.OutboxStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The operator's mail preview decides here whether it shows the outbox: only in demo mode (no
 * SMTP server configured), where no mail ever leaves and nobody could read them otherwise. With
 * a server, mails are sent and their bodies dropped, and the page says so.
 */
@ApplicationScoped
public class OutboxPreview {

    @EJB
    MailDelivery mail;

    /** Demo mode: no SMTP server, mails wait in the outbox. */
    public boolean isDemo() {
        return !mail.delivers();
    }

    /** Every tenant's unsent mails as they will read, newest first; none outside demo mode. */
    public List<OutboxStatus.Preview> mails(int maxPerTenant, String linkPlaceholder) {
        return isDemo() ? mail.previews(maxPerTenant, linkPlaceholder) : List.of();
    }
}
