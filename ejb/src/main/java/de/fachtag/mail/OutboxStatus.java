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
