package de.fachtag.web.platform;

import de.fachtag.mail.MailDelivery;
import de.fachtag.mail.OutboxStatus;
import de.fachtag.platform.PlatformHealth;
import de.fachtag.tenant.TenantDirectory;
import de.fachtag.tenant.TenantSummary;
import de.fachtag.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/**
 * The operator's overview: tenants, the database's health and the mails waiting in the outbox,
 * and the mails whose delivery is uncertain, each with the operator's two decisions ("has
 * arrived", "send again"), which {@link MailDelivery#settle} records in the security log.
 */
@Named
@RequestScoped
public class PlatformView {

    @EJB
    TenantDirectory directory;

    @EJB
    PlatformHealth health;

    @EJB
    MailDelivery mail;

    @Inject
    Messages messages;

    @Inject
    OutboxPreview preview;

    private List<OutboxStatus.Waiting> waitingMail;
    private List<OutboxStatus.Uncertain> uncertainMails;

    public List<TenantSummary> getTenants() {
        return directory.all();
    }

    public boolean isMailDelivered() {
        return !preview.isDemo();
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
        return getWaitingMail().stream()
                .mapToLong(OutboxStatus.Waiting::uncertain)
                .sum();
    }

    /** When the oldest waiting mail was written, in the platform's time zone. */
    public String since(OutboxStatus.Waiting w) {
        return w.oldest() == null
                ? ""
                : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(w.oldest().atZone(java.time.ZoneId.of("Europe/Berlin")));
    }

    private List<OutboxStatus.Preview> outbox;

    /** Demo mode only: every tenant's unsent mails as they will read (no private link, short addresses). */
    public List<OutboxStatus.Preview> getOutbox() {
        if (outbox == null) {
            String placeholder = java.util.ResourceBundle.getBundle(
                            "de.fachtag.web.i18n.messages",
                            jakarta.faces.context.FacesContext.getCurrentInstance()
                                    .getViewRoot()
                                    .getLocale())
                    .getString("platform.outbox.placeholder");
            outbox = preview.mails(50, placeholder);
        }
        return outbox;
    }

    public String at(java.time.Instant instant) {
        return instant == null
                ? ""
                : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(instant.atZone(java.time.ZoneId.of("Europe/Berlin")));
    }

    public boolean isDatabaseReachable() {
        return health.databaseReachable();
    }

    /** Every tenant's mails whose delivery is uncertain (no addresses, no texts). */
    public List<OutboxStatus.Uncertain> getUncertainMails() {
        if (uncertainMails == null) {
            uncertainMails = mail.uncertain();
        }
        return uncertainMails;
    }

    /** The key a row's form posts in its hidden field {@code mail}: tenant and id. */
    public String key(OutboxStatus.Uncertain u) {
        return u.tenant() + "/" + u.id();
    }

    public String messageId(OutboxStatus.Uncertain u) {
        return mail.messageId(u.id());
    }

    public String time(java.time.Instant at) {
        return at == null
                ? ""
                : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                        .format(at.atZone(java.time.ZoneId.of("Europe/Berlin")));
    }

    /** "Has arrived": the posted mail is closed as sent. */
    public void settleAsSent() {
        settle(true);
    }

    /** "Send again": the posted mail is delivered once more. */
    public void sendAgain() {
        settle(false);
    }

    /** Acts on the mail the form names in its field (not on a row index, which may have moved since the page was shown). */
    private void settle(boolean arrived) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String key = faces.getExternalContext().getRequestParameterMap().get("mail");
        boolean settled = false;
        int slash = key == null ? -1 : key.indexOf('/');
        if (slash > 0) {
            try {
                UUID id = UUID.fromString(key.substring(slash + 1));
                settled = mail.settle(
                        key.substring(0, slash),
                        id,
                        arrived,
                        faces.getExternalContext().getRemoteUser());
            } catch (IllegalArgumentException e) {
                settled = false;
            }
        }
        faces.addMessage(
                null,
                new FacesMessage(
                        settled ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                        messages.get(
                                !settled
                                        ? "platform.uncertain.gone"
                                        : arrived
                                                ? "platform.uncertain.settledSent"
                                                : "platform.uncertain.settledAgain"),
                        null));
        waitingMail = null;
        uncertainMails = null;
    }
}
