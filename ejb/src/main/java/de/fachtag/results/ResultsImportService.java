package de.fachtag.results;

import de.fachtag.event.AgendaItem;
import de.fachtag.event.Event;
import de.fachtag.event.Workshop;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenant.EventSeries;
import de.fachtag.tenantconfig.DocumentationDefinition;
import de.fachtag.tenantconfig.EventDefinition;
import de.fachtag.tenantconfig.KeywordDefinition;
import de.fachtag.tenantconfig.RecommendationDefinition;
import de.fachtag.tenantconfig.ResultDefinition;
import de.fachtag.tenantconfig.SeriesDefinition;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.persistence.config.QueryHints;

/**
 * Imports the results, keywords and documentations that tenant and event files carry (the
 * demo's "Stadt – Land – Dorf" and the 2019 regional conferences), checked by the loader before:
 * places, keywords with labels, results of recommendations, cross-references.
 *
 * <p>Like events, what the back office changed survives restarts: the vocabulary only gains
 * keywords whose German label it lacks; an event's results and documentation are imported while
 * the event has neither results nor a documentation; a series' documentation while it has none.
 * An event rebuilt from a changed file first loses its results and every documentation written
 * from them ({@link #forgetEvent}), which the same start then imports again from the files.
 */
@Stateless
@TenantScoped
public class ResultsImportService {

    private static final Logger LOG = Logger.getLogger(ResultsImportService.class.getName());

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @Inject
    Clock clock;

    /** Adds the keywords whose German label the vocabulary lacks; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int importVocabulary(List<KeywordDefinition> definitions) {
        Map<String, Keyword> existing = vocabulary();
        int added = 0;
        for (KeywordDefinition d : definitions) {
            if (!existing.containsKey(norm(d.getLabel().getDe()))) {
                Keyword k = new Keyword(d.getLabel().getDe(), d.getLabel().getEn(), String.join("\n", d.getSynonyms()));
                em.persist(k);
                existing.put(norm(k.getLabelDe()), k);
                added++;
            }
        }
        return added;
    }

    /** The event file's results and documentation, if the event has neither yet; whether anything was imported. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean importEventResults(EventDefinition file, List<KeywordDefinition> definitions) {
        if (file.getResults().isEmpty() && file.getDocumentation() == null) {
            return false;
        }
        Event event = em.createNamedQuery("Event.bySlug", Event.class)
                .setParameter("slug", file.getSlug())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (event == null || !results(event).isEmpty() || document(event).isPresent()) {
            return false;
        }
        Map<String, UUID> keywords = keywordIds(definitions);
        Map<String, UUID> byKey = new HashMap<>();
        List<ResultDefinition> defs = file.getResults();
        List<AgendaItem> agenda = event.getAgenda();
        for (int i = 0; i < defs.size(); i++) {
            ResultDefinition d = defs.get(i);
            UUID workshop = null;
            UUID item = null;
            if (d.getPlace() != null) {
                Optional<Workshop> w = event.getWorkshops().stream()
                        .filter(x -> x.getCode().equals(d.getPlace()))
                        .findFirst();
                if (w.isPresent()) {
                    workshop = w.get().getId();
                } else {
                    int n = Integer.parseInt(d.getPlace().replaceAll("[^0-9]", ""));
                    item = agenda.get(n).getId();
                }
            }
            ResultItem r = new ResultItem(event.getId(), workshop, item, i, clock.instant());
            r.describe(
                    ResultType.valueOf(d.getType().name()),
                    d.getText().getDe(),
                    d.getText().getEn(),
                    d.getFieldOfAction(),
                    d.getResponsibleActor());
            em.persist(r);
            byKey.put(d.getKey(), r.getId());
        }
        em.flush();
        for (ResultDefinition d : defs) {
            for (String k : new LinkedHashSet<>(d.getKeywords())) {
                em.persist(KeywordUse.onResult(keywords.get(k), byKey.get(d.getKey())));
            }
        }
        if (file.getDocumentation() != null) {
            RecommendationDocument doc = new RecommendationDocument(
                    event.getId(), file.getDocumentation().getPrefix());
            write(doc, file.getDocumentation(), byKey, keywords);
        }
        return true;
    }

    /**
     * A series' documentation, if the series has none yet: its recommendations name results as
     * {@code event-slug/KEY} of the series' event files, found again by the result's German text.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean importSeriesDocumentation(
            SeriesDefinition file, List<EventDefinition> events, List<KeywordDefinition> definitions) {
        if (file.getDocumentation() == null) {
            return false;
        }
        EventSeries series = em.createNamedQuery("EventSeries.bySlug", EventSeries.class)
                .setParameter("slug", file.getSlug())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (series == null
                || em.createNamedQuery("RecommendationDocument.ofSeries", RecommendationDocument.class)
                        .setParameter("series", series.getId().toString())
                        .getResultStream()
                        .findFirst()
                        .isPresent()) {
            return false;
        }
        Map<String, UUID> byKey = new HashMap<>();
        for (EventDefinition e : events) {
            Event event = em.createNamedQuery("Event.bySlug", Event.class)
                    .setParameter("slug", e.getSlug())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (event == null) {
                continue;
            }
            Map<String, UUID> byText = new HashMap<>();
            results(event).forEach(r -> byText.putIfAbsent(r.getTextDe(), r.getId()));
            for (ResultDefinition d : e.getResults()) {
                UUID id = byText.get(d.getText().getDe().strip());
                if (id != null) {
                    byKey.put(e.getSlug() + "/" + d.getKey(), id);
                }
            }
        }
        RecommendationDocument doc = RecommendationDocument.ofSeries(
                series.getId(), file.getDocumentation().getPrefix());
        write(doc, file.getDocumentation(), byKey, keywordIds(definitions));
        return true;
    }

    /**
     * Removes an event's results, its documentation and every series documentation written from
     * its results, before the event is rebuilt from a changed file (the keys refuse to lose a
     * result a recommendation uses). In the caller's transaction and entity manager.
     */
    public static void forgetEvent(EntityManager em, UUID eventId) {
        String tenant = TenantContext.require();
        @SuppressWarnings("unchecked")
        List<String> docs = native_(
                        em,
                        "SELECT CAST(id AS text) FROM recommendation_document WHERE tenant_id = ?1 AND event_id = ?2"
                                + " UNION SELECT CAST(r.document_id AS text) FROM recommendation r"
                                + " JOIN recommendation_source s ON s.tenant_id = r.tenant_id AND s.recommendation_id = r.id"
                                + " JOIN result_item i ON i.tenant_id = s.tenant_id AND i.id = s.result_id"
                                + " WHERE r.tenant_id = ?1 AND i.event_id = ?2",
                        tenant,
                        eventId)
                .getResultList();
        for (String doc : docs) {
            UUID id = UUID.fromString(doc);
            native_(
                            em,
                            "DELETE FROM recommendation_reference WHERE tenant_id = ?1 AND (from_id IN"
                                    + " (SELECT id FROM recommendation WHERE tenant_id = ?1 AND document_id = ?2) OR to_id IN"
                                    + " (SELECT id FROM recommendation WHERE tenant_id = ?1 AND document_id = ?2))",
                            tenant,
                            id)
                    .executeUpdate();
            native_(em, "DELETE FROM recommendation WHERE tenant_id = ?1 AND document_id = ?2", tenant, id)
                    .executeUpdate();
            native_(em, "DELETE FROM recommendation_document WHERE tenant_id = ?1 AND id = ?2", tenant, id)
                    .executeUpdate();
        }
        int removed = native_(em, "DELETE FROM result_item WHERE tenant_id = ?1 AND event_id = ?2", tenant, eventId)
                .executeUpdate();
        if (removed > 0 || !docs.isEmpty()) {
            LOG.info(() -> "Event " + eventId + " is rebuilt from its file: " + removed + " results and " + docs.size()
                    + " documentations removed, imported again from the files");
        }
    }

    /** The recommendations in the file's order, numbered 1, 2, …; then their cross-references by identifier. */
    private void write(
            RecommendationDocument doc,
            DocumentationDefinition def,
            Map<String, UUID> results,
            Map<String, UUID> keywords) {
        doc.markIllustrative(def.isIllustrative());
        em.persist(doc);
        em.flush();
        Map<String, Recommendation> byIdentifier = new HashMap<>();
        List<Recommendation> written = new ArrayList<>();
        int position = 0;
        for (RecommendationDefinition d : def.getRecommendations()) {
            int number = doc.takeNumber();
            Recommendation r = new Recommendation(doc.getId(), number, position++);
            r.write(
                    d.getTitle().getDe(),
                    d.getTitle().getEn(),
                    d.getText().getDe(),
                    d.getText().getEn());
            em.persist(r);
            byIdentifier.put(doc.identifier(number), r);
            written.add(r);
        }
        em.flush();
        for (int i = 0; i < written.size(); i++) {
            RecommendationDefinition d = def.getRecommendations().get(i);
            Recommendation r = written.get(i);
            for (String key : new LinkedHashSet<>(d.getResults())) {
                UUID result = results.get(key);
                if (result == null) {
                    throw new ResultsRuleException(
                            "results.recommendation.noResult", doc.identifier(r.getNumber()) + ": " + key);
                }
                em.persist(new RecommendationSource(r.getId(), result));
            }
            for (String k : new LinkedHashSet<>(d.getKeywords())) {
                em.persist(KeywordUse.onRecommendation(keywords.get(k), r.getId()));
            }
            for (RecommendationDefinition.Reference ref : d.getReferences()) {
                Recommendation to = byIdentifier.get(ref.getTarget());
                if (to == null) {
                    throw new ResultsRuleException(
                            "results.reference.dangling", doc.identifier(r.getNumber()) + " → " + ref.getTarget());
                }
                em.persist(new RecommendationReference(
                        r.getId(),
                        to.getId(),
                        ReferenceKind.valueOf(ref.getKind().name())));
            }
        }
        if (def.isPublished()) {
            doc.publish(clock.instant());
        }
    }

    /** Keyword key of the files → id, through the German label. */
    private Map<String, UUID> keywordIds(List<KeywordDefinition> definitions) {
        Map<String, Keyword> existing = vocabulary();
        Map<String, UUID> ids = new HashMap<>();
        for (KeywordDefinition d : definitions) {
            Keyword k = existing.get(norm(d.getLabel().getDe()));
            if (k != null) {
                ids.put(d.getKey(), k.getId());
            }
        }
        return ids;
    }

    private Map<String, Keyword> vocabulary() {
        Map<String, Keyword> byLabel = new HashMap<>();
        em.createNamedQuery("Keyword.all", Keyword.class)
                .getResultStream()
                .forEach(k -> byLabel.put(norm(k.getLabelDe()), k));
        return byLabel;
    }

    private List<ResultItem> results(Event event) {
        return em.createNamedQuery("ResultItem.ofEvent", ResultItem.class)
                .setParameter("event", event.getId())
                .getResultList();
    }

    private Optional<RecommendationDocument> document(Event event) {
        return em.createNamedQuery("RecommendationDocument.ofEvent", RecommendationDocument.class)
                .setParameter("event", event.getId().toString())
                .getResultStream()
                .findFirst();
    }

    private static Query native_(EntityManager em, String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    private static String norm(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }
}
