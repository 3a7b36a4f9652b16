package de.fachtag.mail;

import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.fachtag.registration.Registration;
import de.fachtag.tenancy.TenantScoped;

/**
 * Writes mails into the outbox, in the caller's transaction: a registration that rolls back
 * leaves no mail behind, and one that commits always has its mail.
 */
@Stateless
@TenantScoped
public class Outbox {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    /**
     * Queues the mail of a kind for a registration.
     *
     * @param token the registration's private-link token, when this mail carries the link (it
     *              exists only at the moment it is issued; the database holds its hash)
     */
    public void registrationMail(Registration registration, MailKind kind, Optional<String> token) {
        // Minimal rendering; replaced by the composer with tenant texts, branding and calendar file.
        var mail = new OutboxMail(registration.getId(), kind, null, registration.getEmail(), registration.getLanguage(),
                kind.name(), token.map(t -> "/r/" + t).orElse(kind.name()), null);
        em.persist(mail);
    }
}
