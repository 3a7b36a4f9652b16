package de.fachtag.web.platform;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import de.fachtag.mail.MailDelivery;
import de.fachtag.mail.OutboxStatus;
import de.fachtag.platform.PlatformHealth;
import de.fachtag.tenant.TenantDirectory;
import de.fachtag.tenant.TenantSummary;

/** The operator's overview: tenants, the database's health and the mails waiting in the outbox. */
@Named
@RequestScoped
public class PlatformView {

    @EJB
    TenantDirectory directory;

    @EJB
    PlatformHealth health;

    @EJB
    MailDelivery mail;

    private List<OutboxStatus.Waiting> waitingMail;

    public List<TenantSummary> getTenants() {
        return directory.all();
    }

    public boolean isMailDelivered() {
        return mail.delivers();
    }

    /** Unsent mails per tenant (counts only: no addresses on this page). */
    public List<OutboxStatus.Waiting> getWaitingMail() {
        if (waitingMail == null) {
            waitingMail = mail.waiting();
        }
        return waitingMail;
    }

    /** How many mails of all tenants may have arrived although their delivery was never recorded. */
    public long getUncertainMail() {
        return getWaitingMail().stream().mapToLong(OutboxStatus.Waiting::uncertain).sum();
    }

    /** When the oldest waiting mail was written, in the platform's time zone. */
    public String since(OutboxStatus.Waiting w) {
        return w.oldest() == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(w.oldest().atZone(java.time.ZoneId.of("Europe/Berlin")));
    }

    private List<OutboxStatus.Preview> outbox;

    /** Demo mode only: every tenant's unsent mails as they will read (no private link, short addresses). */
    public List<OutboxStatus.Preview> getOutbox() {
        if (outbox == null) {
            String placeholder = java.util.ResourceBundle.getBundle("de.fachtag.web.i18n.messages",
                    jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale())
                    .getString("platform.outbox.placeholder");
            outbox = mail.previews(50, placeholder);
        }
        return outbox;
    }

    public String at(java.time.Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(instant.atZone(java.time.ZoneId.of("Europe/Berlin")));
    }

    public boolean isDatabaseReachable() {
        return health.databaseReachable();
    }
}
