package de.fachtag.web.it.mail;

import de.fachtag.event.Event;
import de.fachtag.mail.OutboxMail;
import de.fachtag.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Deployed with MailIT only: what the test needs and no service offers (yet). */
@Stateless
@TenantScoped
public class MailProbeBean {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    /** Gives the event a livestream address whose link goes out {@code leadMinutes} before the start. */
    public void stream(String slug, String url, int leadMinutes) {
        Event e = em.createNamedQuery("Event.bySlug", Event.class)
                .setParameter("slug", slug)
                .getSingleResult();
        e.streamTo(null, url, leadMinutes);
        em.flush();
    }

    /**
     * How many of the tenant's mails the delivery job would try now: unsent, due, not being sent
     * and not uncertain. MailIT waits for none before it stops the SMTP server, so that only its
     * own mails meet the outage.
     */
    public long due() {
        return em.createQuery(
                        "SELECT COUNT(m) FROM OutboxMail m WHERE m.sentAt IS NULL AND m.sendingSince IS NULL "
                                + "AND m.uncertainSince IS NULL AND m.nextAttemptAt <= :now",
                        Long.class)
                .setParameter("now", java.time.Instant.now())
                .getSingleResult();
    }

    /**
     * As if the process had died right after the SMTP server took the recipient's waiting mail:
     * its attempt started three minutes ago and never recorded an outcome. Only a mail no
     * delivery has claimed right now; answers how many (0: try again).
     */
    public int loseOutcome(String recipient) {
        return em.createQuery("UPDATE OutboxMail m SET m.sendingSince = :then WHERE m.recipient = :r "
                        + "AND m.sentAt IS NULL AND m.sendingSince IS NULL")
                .setParameter("then", java.time.Instant.now().minus(java.time.Duration.ofMinutes(3)))
                .setParameter("r", recipient)
                .executeUpdate();
    }

    @jakarta.ejb.EJB
    de.fachtag.registration.RegistrationService registrations;

    @jakarta.ejb.EJB
    de.fachtag.registration.ConsentTexts consents;

    /**
     * Registers on the form's channel and, in the same transaction, holds the mails this causes
     * for an hour: the delivery job (every second in the tests) leaves them in the outbox, where
     * the operator's preview shows them. {@link #release} lets them go.
     */
    public String registerHeld(String slug, de.fachtag.registration.RegistrationForm form) {
        Event e = em.createNamedQuery("Event.bySlug", Event.class)
                .setParameter("slug", slug)
                .getSingleResult();
        for (de.fachtag.registration.ConsentText text : consents.forEvent(e.getId())) {
            if (!text.isOptional()) {
                form.getConsents().put(text.getKey(), true);
            }
        }
        var outcome = registrations.register(slug, form, de.fachtag.registration.Channel.FORM);
        em.flush();
        int held = em.createQuery(
                        "UPDATE OutboxMail m SET m.nextAttemptAt = :later WHERE m.recipient = :r AND m.sentAt IS NULL")
                .setParameter("later", java.time.Instant.now().plus(java.time.Duration.ofHours(1)))
                .setParameter("r", form.getEmail())
                .executeUpdate();
        return outcome.status() + " " + held;
    }

    /** The held mails of these recipients are due now (and go to the run's SMTP server). */
    public int release(List<String> recipients) {
        return em.createQuery(
                        "UPDATE OutboxMail m SET m.nextAttemptAt = :now WHERE m.recipient IN :r AND m.sentAt IS NULL")
                .setParameter("now", java.time.Instant.now())
                .setParameter("r", recipients)
                .executeUpdate();
    }

    /** A private link's token, as {@code Tokens} makes them. */
    static final java.util.regex.Pattern TOKEN =
            java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.[A-Za-z0-9_-]{43}");

    /**
     * "waiting attempts" of the recipient's outbox rows: how many are unsent, and how often delivery
     * was tried; "tokens": how many stored rows hold a private link's token anywhere.
     */
    public String outbox(String recipient) {
        List<OutboxMail> mails = em.createQuery("SELECT m FROM OutboxMail m WHERE m.recipient = :r", OutboxMail.class)
                .setParameter("r", recipient)
                .getResultList();
        long waiting = mails.stream().filter(m -> m.getSentAt() == null).count();
        long uncertain = mails.stream()
                .filter(m -> m.getSentAt() == null && m.getUncertainSince() != null)
                .count();
        int attempts = mails.stream().mapToInt(OutboxMail::getAttempts).sum();
        String error = mails.stream()
                .map(OutboxMail::getLastError)
                .filter(e -> e != null)
                .findFirst()
                .orElse("");
        long tokens = mails.stream()
                .filter(m -> TOKEN.matcher(m.getSubject() + "\n" + m.getBodyText() + "\n"
                                + m.getBodyHtml() + "\n"
                                + (m.getAttachment() == null
                                        ? ""
                                        : new String(m.getAttachment(), java.nio.charset.StandardCharsets.UTF_8)))
                        .find())
                .count();
        String uncertainIds = mails.stream()
                .filter(m -> m.getSentAt() == null && m.getUncertainSince() != null)
                .map(m -> m.getId().toString())
                .collect(java.util.stream.Collectors.joining(","));
        return "total=" + mails.size() + "\nwaiting=" + waiting + "\nattempts=" + attempts + "\nlastError=" + error
                + "\ntokens=" + tokens + "\nuncertain=" + uncertain + "\nuncertainIds=" + uncertainIds + "\n";
    }
}
