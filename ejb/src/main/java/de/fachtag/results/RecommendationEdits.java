package de.fachtag.results;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The steps an event's and a series' documentation share when a recommendation is changed, moved
 * or removed, over the caller's entity manager (as {@link ResultsLookup}: a plain class, since an
 * EJB's no-interface view offers only public business methods).
 */
final class RecommendationEdits {

    private final EntityManager em;

    RecommendationEdits(EntityManager em) {
        this.em = em;
    }

    /** Drops a recommendation's results, keywords and outgoing cross-references, to be linked anew. */
    void unlink(UUID id) {
        em.createNamedQuery("RecommendationSource.ofRecommendation", RecommendationSource.class)
                .setParameter("id", id)
                .getResultList()
                .forEach(em::remove);
        em.createNamedQuery("KeywordUse.ofRecommendation", KeywordUse.class)
                .setParameter("id", id.toString())
                .getResultList()
                .forEach(em::remove);
        em.createNamedQuery("RecommendationReference.fromOne", RecommendationReference.class)
                .setParameter("id", id)
                .getResultList()
                .forEach(em::remove);
        em.flush();
    }

    /** Moves a recommendation up (-1) or down (+1) within its document; identifiers stay as they are. */
    void move(RecommendationDocument doc, Recommendation r, int delta) {
        List<Recommendation> order =
                new ArrayList<>(em.createNamedQuery("Recommendation.ofDocument", Recommendation.class)
                        .setParameter("document", doc.getId())
                        .getResultList());
        int from = order.indexOf(r);
        int to = Math.max(0, Math.min(order.size() - 1, from + delta));
        order.remove(from);
        order.add(to, r);
        for (int i = 0; i < order.size(); i++) {
            order.get(i).moveTo(i);
        }
    }

    /** Refuses to remove a recommendation another one points at, naming each such reference. */
    void refuseIfReferenced(RecommendationDocument doc, Recommendation r) {
        List<String> from = em.createNamedQuery("RecommendationReference.to", RecommendationReference.class)
                .setParameter("id", r.getId())
                .getResultStream()
                .map(ref -> em.find(Recommendation.class, ref.getFromId()))
                .map(f -> doc.identifier(f.getNumber()) + " → " + doc.identifier(r.getNumber()))
                .toList();
        if (!from.isEmpty()) {
            throw new ResultsRuleException("results.recommendation.referenced", String.join(", ", from));
        }
    }
}
