package de.fachtag.web.it.events;

import de.fachtag.event.ContributionRole;
import de.fachtag.event.ContributionStatus;
import de.fachtag.event.Event;
import de.fachtag.event.EventState;
import de.fachtag.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Deployed with {@link de.fachtag.web.it.EventPublicIT} only: what the fixture needs and
 * {@link de.fachtag.event.EventService} does not offer (yet): a contribution to the whole day
 * (its moderation), the list of illustrative fields a demo file would carry, and an undated
 * event that is done.
 */
@Stateless
@TenantScoped
public class EventProbe {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    public void addDayContribution(
            String slug,
            String person,
            String organisation,
            String function,
            ContributionRole role,
            ContributionStatus status) {
        event(slug).addContribution(person, organisation, function, role, status);
        em.flush();
    }

    public void markIllustrative(String slug, List<String> fields) {
        event(slug).markIllustrative(fields);
        em.flush();
    }

    /** As a demo file may: a past event its source does not date, marked done without being published first. */
    public void markDone(String slug) {
        event(slug).changeState(EventState.DONE);
        em.flush();
    }

    public boolean exists(String slug) {
        return !em.createNamedQuery("Event.bySlug", Event.class)
                .setParameter("slug", slug)
                .getResultList()
                .isEmpty();
    }

    private Event event(String slug) {
        return em.createNamedQuery("Event.bySlug", Event.class)
                .setParameter("slug", slug)
                .getSingleResult();
    }
}
