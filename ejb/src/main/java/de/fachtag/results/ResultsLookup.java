package de.fachtag.results;

import de.fachtag.event.Event;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

/**
 * Lookups of the results services within the current tenant and a named event, over the
 * caller's entity manager (an EJB's no-interface view offers only public business methods, so
 * these live in a plain class). A missing id, or one of another event or tenant, is not found.
 */
final class ResultsLookup {

    private final EntityManager em;

    ResultsLookup(EntityManager em) {
        this.em = em;
    }

    Event event(String slug) {
        if (slug == null) {
            throw new ResultsNotFoundException("no event");
        }
        return em.createNamedQuery("Event.bySlug", Event.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ResultsNotFoundException(slug));
    }

    Optional<RecommendationDocument> document(Event event) {
        return em.createNamedQuery("RecommendationDocument.ofEvent", RecommendationDocument.class)
                .setParameter("event", event.getId().toString())
                .getResultStream()
                .findFirst();
    }

    Recommendation recommendation(String eventSlug, UUID id) {
        Event event = event(eventSlug);
        Recommendation r = id == null ? null : em.find(Recommendation.class, id);
        RecommendationDocument doc = document(event).orElse(null);
        if (r == null || doc == null || !r.getDocumentId().equals(doc.getId())) {
            throw new ResultsNotFoundException(id);
        }
        return r;
    }

    de.fachtag.tenant.EventSeries series(String slug) {
        if (slug == null) {
            throw new ResultsNotFoundException("no series");
        }
        return em.createNamedQuery("EventSeries.bySlug", de.fachtag.tenant.EventSeries.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ResultsNotFoundException(slug));
    }

    Optional<RecommendationDocument> document(de.fachtag.tenant.EventSeries series) {
        return em.createNamedQuery("RecommendationDocument.ofSeries", RecommendationDocument.class)
                .setParameter("series", series.getId().toString())
                .getResultStream()
                .findFirst();
    }

    /** A recommendation of the series' documentation; another series', an event's or another tenant's is not found. */
    Recommendation seriesRecommendation(String seriesSlug, UUID id) {
        de.fachtag.tenant.EventSeries series = series(seriesSlug);
        Recommendation r = id == null ? null : em.find(Recommendation.class, id);
        RecommendationDocument doc = document(series).orElse(null);
        if (r == null || doc == null || !r.getDocumentId().equals(doc.getId())) {
            throw new ResultsNotFoundException(id);
        }
        return r;
    }

    String identifier(Recommendation r) {
        return em.find(RecommendationDocument.class, r.getDocumentId()).identifier(r.getNumber());
    }

    ResultItem result(String eventSlug, UUID id) {
        Event event = event(eventSlug);
        ResultItem r = id == null ? null : em.find(ResultItem.class, id);
        if (r == null || !r.getEventId().equals(event.getId())) {
            throw new ResultsNotFoundException(id);
        }
        return r;
    }
}
