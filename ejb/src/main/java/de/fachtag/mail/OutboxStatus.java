package de.fachtag.mail;

import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What waits in the current tenant's outbox, for the platform operator: counts, the oldest
 * mail's age and the last delivery error, and how many mails may have arrived although their
 * delivery was never recorded ({@link OutboxDelivery}: uncertain, not sent again on their own);
 * never an address or a text (those are personal).
 */
@Stateless
@TenantScoped
public class OutboxStatus {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @Inject
    Clock clock;

    /** One tenant's unsent mails, and those whose delivery is uncertain. */
    public record Waiting(
            String tenant, long count, Instant oldest, int maxAttempts, String lastError, long uncertain) {}

    /**
     * One unsent mail as its recipient will see it, for the operator's mail preview in demo mode
     * (no SMTP server). No private link is in it: the stored body holds {@link Outbox#LINK_TOKEN},
     * and the token is only issued when a mail is sent; the preview shows a placeholder there.
     * The address is shortened to its first letter and its domain.
     */
    public record Preview(
            String tenant,
            MailKind kind,
            String recipient,
            String subject,
            String text,
            String html,
            Instant createdAt) {}

    /** The current tenant's unsent mails, newest first (at most {@code max}). */
    public List<Preview> previews(int max, String linkPlaceholder) {
        return em.createQuery(
                        "SELECT m FROM OutboxMail m WHERE m.sentAt IS NULL ORDER BY m.createdAt DESC", OutboxMail.class)
                .setMaxResults(max)
                .getResultStream()
                .map(m -> new Preview(
                        TenantContext.require(),
                        m.getKind(),
                        masked(m.getRecipient()),
                        m.getSubject(),
                        withoutToken(m.getBodyText(), linkPlaceholder),
                        withoutToken(m.getBodyHtml(), linkPlaceholder),
                        m.getCreatedAt()))
                .toList();
    }

    private static String withoutToken(String body, String placeholder) {
        return body == null ? null : body.replace(Outbox.LINK_TOKEN, placeholder);
    }

    /** "e…@teilnehmende.example": enough to tell mails apart, not the address. */
    static String masked(String address) {
        if (address == null) {
            return "";
        }
        int at = address.indexOf('@');
        return at <= 0 ? "…" : address.charAt(0) + "…" + address.substring(at);
    }

    public Waiting waiting() {
        List<OutboxMail> mails = em.createNamedQuery("OutboxMail.waiting", OutboxMail.class)
                .setMaxResults(500)
                .getResultList();
        Long count = em.createQuery(
                        "SELECT COUNT(m) FROM OutboxMail m WHERE m.sentAt IS NULL AND m.uncertainSince IS NULL",
                        Long.class)
                .getSingleResult();
        Long uncertain = em.createQuery(
                        "SELECT COUNT(m) FROM OutboxMail m WHERE m.sentAt IS NULL "
                                + "AND m.uncertainSince IS NOT NULL",
                        Long.class)
                .getSingleResult();
        return new Waiting(
                TenantContext.require(),
                count,
                mails.isEmpty() ? null : mails.get(0).getCreatedAt(),
                mails.stream().mapToInt(OutboxMail::getAttempts).max().orElse(0),
                mails.stream()
                        .map(OutboxMail::getLastError)
                        .filter(e -> e != null)
                        .reduce((a, b) -> b)
                        .orElse(null),
                uncertain);
    }

    /** A mail whose delivery is uncertain, as the operator's dashboard lists it: no address, no text. */
    public record Uncertain(
            String tenant, UUID id, MailKind kind, Instant createdAt, Instant uncertainSince, int attempts) {}

    /** The current tenant's mails whose delivery is uncertain, oldest first. */
    public List<Uncertain> uncertain() {
        return em.createQuery(
                        "SELECT m FROM OutboxMail m WHERE m.sentAt IS NULL AND m.uncertainSince IS NOT NULL "
                                + "ORDER BY m.uncertainSince",
                        OutboxMail.class)
                .setMaxResults(200)
                .getResultStream()
                .map(m -> new Uncertain(
                        TenantContext.require(),
                        m.getId(),
                        m.getKind(),
                        m.getCreatedAt(),
                        m.getUncertainSince(),
                        m.getAttempts()))
                .toList();
    }

    /**
     * The operator settles an uncertain mail of the current tenant: {@code arrived} closes it as
     * sent, otherwise it is sent again. A security log entry names the mail, the decision and who
     * made it, in the same transaction. False when the mail is not (or no longer) uncertain.
     */
    public boolean settle(UUID id, boolean arrived, String by) {
        OutboxMail mail = em.find(OutboxMail.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || mail.getSentAt() != null || mail.getUncertainSince() == null) {
            return false;
        }
        String detail = "tenant " + TenantContext.require() + ", " + mail.getKind() + ", uncertain since "
                + mail.getUncertainSince() + ", by " + (by == null ? "unknown" : by);
        if (arrived) {
            mail.settledAsSent();
        } else {
            mail.sendAgain(clock.instant());
        }
        em.createNativeQuery("INSERT INTO security_log (action, subject, detail) VALUES (?1, ?2, ?3)")
                .setHint(org.eclipse.persistence.config.QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, arrived ? "MAIL_SETTLED_AS_SENT" : "MAIL_SENT_AGAIN")
                .setParameter(2, "mail:" + id)
                .setParameter(3, detail.length() > 500 ? detail.substring(0, 500) : detail)
                .executeUpdate();
        return true;
    }
}
