package de.fachtag.event;

import de.fachtag.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The current tenant's events as the public sees them: published, closed or done; never drafts. */
@Stateless
@TenantScoped
public class EventCatalog {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    public List<EventSummary> publicEvents() {
        return em.createNamedQuery("Event.public", Event.class)
                .setParameter("states", Event.PUBLIC_STATES)
                .getResultStream()
                .map(EventSummary::of)
                .toList();
    }

    /** A public event by slug; a draft or an unknown slug is the same: empty. */
    public Optional<EventView> publicEvent(String slug) {
        return find(slug).filter(Event::isPublic).map(EventView::of);
    }

    Optional<Event> find(String slug) {
        return bySlug(em, slug);
    }

    /** The tenant's event with this slug; a malformed slug is simply not found. */
    public static Optional<Event> bySlug(EntityManager em, String slug) {
        if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 63) {
            return Optional.empty();
        }
        return em.createNamedQuery("Event.bySlug", Event.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }
}
