package de.fachtag.web.it.registration;

import de.fachtag.event.Event;
import de.fachtag.registration.Registration;
import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenant.TenantProfile;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Deployed with RegistrationPublicIT and RegistrationApiIT only: what they set up or look at and no service offers
 * (yet): a tenant's CORS origins (the lead's YAML support will set them from the tenant file)
 * and the registrations stored for an address.
 */
@Stateless
@TenantScoped
public class PublicRegistrationProbe {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    public void allowOrigins(List<String> origins) {
        TenantProfile p = em.createNamedQuery("TenantProfile.current", TenantProfile.class)
                .getSingleResult();
        p.changeRegistrationRules(p.getRetentionDays(), p.getSectorKeys(), origins);
        em.flush();
    }

    public boolean eventExists(String slug) {
        return !em.createNamedQuery("Event.bySlug", Event.class)
                .setParameter("slug", slug)
                .getResultList()
                .isEmpty();
    }

    /** Every registration of an event stored with this address, whatever its status. */
    public List<Registration> byEmail(String slug, String email) {
        Event event = em.createNamedQuery("Event.bySlug", Event.class)
                .setParameter("slug", slug)
                .getSingleResult();
        List<Registration> list = em.createNamedQuery("Registration.byEmail", Registration.class)
                .setParameter("event", event)
                .setParameter("emailKey", email.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultList();
        list.forEach(r -> r.getConsents().size());
        return list;
    }

    /** The workshop code of the one registration of an event with this address (null: none chosen). */
    public String workshopCode(String slug, String email) {
        List<Registration> list = byEmail(slug, email);
        if (list.size() != 1) {
            throw new IllegalStateException(list.size() + " registrations of " + email);
        }
        return list.get(0).getWorkshop() == null
                ? null
                : list.get(0).getWorkshop().getCode();
    }

    /** How many registrations an event has at all (the honeypot stores none). */
    public long count(String slug) {
        Event event = em.createNamedQuery("Event.bySlug", Event.class)
                .setParameter("slug", slug)
                .getSingleResult();
        return em.createNamedQuery("Registration.ofEvent", Registration.class)
                .setParameter("event", event)
                .getResultList()
                .size();
    }
}
