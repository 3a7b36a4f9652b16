package de.fachtag.mail;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenancy.TenantScoped;

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

    /** One tenant's unsent mails, and those whose delivery is uncertain. */
    public record Waiting(String tenant, long count, Instant oldest, int maxAttempts, String lastError, long uncertain) {
    }

    /**
     * One unsent mail as its recipient will see it, for the operator's mail preview in demo mode
     * (no SMTP server). No private link is in it: the stored body holds {@link Outbox#LINK_TOKEN},
     * and the token is only issued when a mail is sent; the preview shows a placeholder there.
     * The address is shortened to its first letter and its domain.
     */
    public record Preview(String tenant, MailKind kind, String recipient, String subject, String text, String html,
            Instant createdAt) {
    }

    /** The current tenant's unsent mails, newest first (at most {@code max}). */
    public List<Preview> previews(int max, String linkPlaceholder) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.sentAt IS NULL ORDER BY m.createdAt DESC", OutboxMail.class)
                .setMaxResults(max).getResultStream()
                .map(m -> new Preview(TenantContext.require(), m.getKind(), masked(m.getRecipient()), m.getSubject(),
                        withoutToken(m.getBodyText(), linkPlaceholder), withoutToken(m.getBodyHtml(), linkPlaceholder),
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
        List<OutboxMail> mails = em.createNamedQuery("OutboxMail.waiting", OutboxMail.class).setMaxResults(500).getResultList();
        Long count = em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.sentAt IS NULL AND m.uncertainSince IS NULL",
                Long.class).getSingleResult();
        Long uncertain = em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.sentAt IS NULL "
                + "AND m.uncertainSince IS NOT NULL", Long.class).getSingleResult();
        return new Waiting(TenantContext.require(), count, mails.isEmpty() ? null : mails.get(0).getCreatedAt(),
                mails.stream().mapToInt(OutboxMail::getAttempts).max().orElse(0),
                mails.stream().map(OutboxMail::getLastError).filter(e -> e != null).reduce((a, b) -> b).orElse(null),
                uncertain);
    }
}
