package de.fachtag.web.it.results;

import de.fachtag.mail.MailKind;
import de.fachtag.results.FollowUpService;
import de.fachtag.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;

/** What ResultsWorkIT needs and no service offers: a personal link's token as the mail delivery issues it, an expired link, outbox counts. */
@Stateless
@TenantScoped
public class ResultsWorkProbeBean {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    /** A new token of the link, exactly as OutboxDelivery issues one while it sends the link's mail. */
    public String token(UUID accessId) {
        return FollowUpService.issueToken(em, accessId, Instant.now());
    }

    /** The link expired yesterday. */
    public void expire(UUID accessId) {
        em.createQuery("UPDATE ResultsAccess a SET a.expiresAt = :past WHERE a.id = :id")
                .setParameter("past", Instant.now().minusSeconds(86_400))
                .setParameter("id", accessId)
                .executeUpdate();
    }

    /** How many mails of a kind the outbox holds for an address. */
    public long mails(MailKind kind, String recipient) {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.kind = :kind AND m.recipient = :r", Long.class)
                .setParameter("kind", kind)
                .setParameter("r", recipient)
                .getSingleResult();
    }

    /**
     * Whether no mail of a kind for an address stores a token: each waiting one carries the link
     * placeholder, each delivered one has lost its body (the outbox may deliver at any moment, so
     * a test cannot count on the mail still waiting).
     */
    public boolean placeholderOnly(MailKind kind, String recipient) {
        return em.createQuery(
                        "SELECT m.bodyText FROM OutboxMail m WHERE m.kind = :kind AND m.recipient = :r", String.class)
                .setParameter("kind", kind)
                .setParameter("r", recipient)
                .getResultStream()
                .allMatch(b -> b.isEmpty() || b.contains(de.fachtag.mail.Outbox.LINK_TOKEN));
    }

    /** The text of the newest mail of a kind for an address. */
    public String mailText(MailKind kind, String recipient) {
        return em.createQuery(
                        "SELECT m.bodyText FROM OutboxMail m WHERE m.kind = :kind AND m.recipient = :r", String.class)
                .setParameter("kind", kind)
                .setParameter("r", recipient)
                .getResultStream()
                .reduce((x, y) -> y)
                .orElse("");
    }
}
