package de.fachtag.results;

import de.fachtag.event.AgendaItem;
import de.fachtag.event.Event;
import de.fachtag.event.Workshop;
import de.fachtag.results.Documentation.IndexEntry;
import de.fachtag.results.Documentation.IndexPlace;
import de.fachtag.results.Documentation.KeywordView;
import de.fachtag.results.Documentation.Place;
import de.fachtag.results.Documentation.RecommendationRef;
import de.fachtag.results.Documentation.RecommendationView;
import de.fachtag.results.Documentation.ReferenceView;
import de.fachtag.results.Documentation.ResultView;
import de.fachtag.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Results, keywords and recommendations of the current tenant's events, and the documentation
 * built from them. The rules: a recommendation names at least one result of its event; a
 * cross-reference names a recommendation of the same document, or it is refused with a message
 * naming the place; a used result can be neither removed nor set aside; a recommendation's
 * number is taken once from its document and never reused, so its identifier survives any
 * reordering. An id of another tenant is not found.
 */
@Stateless
@TenantScoped
public class ResultsService {

    @jakarta.ejb.EJB
    de.fachtag.actors.ActorService actors;

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @Inject
    Clock clock;

    // --- keyword vocabulary ---------------------------------------------------------------

    public List<KeywordView> keywords() {
        return em.createNamedQuery("Keyword.all", Keyword.class)
                .getResultStream()
                .map(ResultsService::view)
                .toList();
    }

    /** Adds a keyword; a German label the vocabulary has already (case and spaces ignored) is refused. */
    public UUID addKeyword(String labelDe, String labelEn, String synonyms) {
        if (labelDe == null || labelDe.isBlank()) {
            throw new ResultsRuleException("results.keyword.labelMissing", "");
        }
        String key = labelDe.strip().toLowerCase(Locale.ROOT);
        boolean taken = em.createNamedQuery("Keyword.all", Keyword.class)
                .getResultStream()
                .anyMatch(k -> k.getLabelDe().toLowerCase(Locale.ROOT).equals(key));
        if (taken) {
            throw new ResultsRuleException("results.keyword.duplicate", labelDe.strip());
        }
        Keyword k = new Keyword(labelDe, labelEn, synonyms);
        em.persist(k);
        return k.getId();
    }

    // --- results ---------------------------------------------------------------------------

    public UUID addResult(String eventSlug, ResultInput input) {
        return addResult(eventSlug, input, null);
    }

    /**
     * Adds a result naming the actor of the tenant's directory responsible for it by its key
     * (blank: none). A key the directory does not have, an archived actor's or another tenant's is
     * refused and nothing is added.
     */
    public UUID addResult(String eventSlug, ResultInput input, String actorKey) {
        String key = linkableActor(actorKey);
        UUID id = addPlain(eventSlug, input);
        em.find(ResultItem.class, id).assignActor(key);
        em.flush();
        return id;
    }

    /** Changes a result and the actor responsible for it (blank: none); refused like {@link #addResult(String, ResultInput, String)}. */
    public void changeResult(String eventSlug, UUID id, ResultInput input, String actorKey) {
        String key = linkableActor(actorKey);
        changeResult(eventSlug, id, input);
        result(event(eventSlug), id).assignActor(key);
        em.flush();
    }

    /** The actor keys of these results of the tenant, by id (results without one left out). */
    public java.util.Map<UUID, String> resultActors(java.util.Collection<UUID> resultIds) {
        java.util.Map<UUID, String> byId = new java.util.LinkedHashMap<>();
        for (UUID id : resultIds) {
            ResultItem r = id == null ? null : em.find(ResultItem.class, id);
            if (r != null && r.getResponsibleActorKey() != null) {
                byId.put(id, r.getResponsibleActorKey());
            }
        }
        return byId;
    }

    private String linkableActor(String actorKey) {
        String key = actorKey == null || actorKey.isBlank() ? null : actorKey.strip();
        if (key != null && actors.linkableName(key).isEmpty()) {
            throw new ResultsRuleException("results.result.actorUnknown", key);
        }
        return key;
    }

    private UUID addPlain(String eventSlug, ResultInput input) {
        Event event = event(eventSlug);
        Place place = placeOf(event, input.placeId());
        int position = em.createNamedQuery("ResultItem.ofEvent", ResultItem.class)
                .setParameter("event", event.getId())
                .getResultList()
                .size();
        ResultItem r = new ResultItem(
                event.getId(),
                place.workshop() ? place.id() : null,
                place.workshop() ? null : place.id(),
                position,
                clock.instant());
        describe(r, input);
        em.persist(r);
        em.flush();
        keywordResult(r.getId(), input.keywordIds());
        return r.getId();
    }

    public void changeResult(String eventSlug, UUID id, ResultInput input) {
        Event event = event(eventSlug);
        ResultItem r = result(event, id);
        describe(r, input);
        em.createNamedQuery("KeywordUse.ofResult", KeywordUse.class)
                .setParameter("id", id.toString())
                .getResultList()
                .forEach(em::remove);
        em.flush();
        keywordResult(id, input.keywordIds());
    }

    /** Sets a result aside with a reason (blank reason: back in the pool); refused while a recommendation uses it. */
    public void setAside(String eventSlug, UUID id, String reason) {
        Event event = event(eventSlug);
        ResultItem r = result(event, id);
        if (reason != null && !reason.isBlank()) {
            List<String> users = usersOf(id);
            if (!users.isEmpty()) {
                throw new ResultsRuleException("results.result.usedCannotSetAside", String.join(", ", users));
            }
        }
        r.setAside(reason);
    }

    /** Removes a result no recommendation uses; a used one stays (provenance). */
    public void removeResult(String eventSlug, UUID id) {
        Event event = event(eventSlug);
        ResultItem r = result(event, id);
        List<String> users = usersOf(id);
        if (!users.isEmpty()) {
            throw new ResultsRuleException("results.result.usedCannotRemove", String.join(", ", users));
        }
        em.remove(r);
    }

    // --- recommendations ---------------------------------------------------------------------

    /** Writes a new recommendation at the end of the event's document; its number is the document's next. */
    public UUID addRecommendation(String eventSlug, RecommendationInput input) {
        Event event = event(eventSlug);
        RecommendationDocument doc = documentForWriting(event);
        int number = doc.takeNumber();
        String identifier = doc.identifier(number);
        checkSources(event, identifier, input.resultIds());
        List<Recommendation> existing = recommendations(doc);
        Recommendation r = new Recommendation(
                doc.getId(),
                number,
                existing.stream().mapToInt(Recommendation::getPosition).max().orElse(-1) + 1);
        write(r, identifier, input);
        em.persist(r);
        em.flush();
        link(doc, r, identifier, input);
        return r.getId();
    }

    public void changeRecommendation(String eventSlug, UUID id, RecommendationInput input) {
        Event event = event(eventSlug);
        RecommendationDocument doc = documentForWriting(event);
        Recommendation r = recommendation(doc, id);
        String identifier = doc.identifier(r.getNumber());
        checkSources(event, identifier, input.resultIds());
        write(r, identifier, input);
        new RecommendationEdits(em).unlink(id);
        link(doc, r, identifier, input);
    }

    /** Moves a recommendation up (-1) or down (+1) in its document; identifiers stay as they are. */
    public void move(String eventSlug, UUID id, int delta) {
        Event event = event(eventSlug);
        RecommendationDocument doc = documentForWriting(event);
        new RecommendationEdits(em).move(doc, recommendation(doc, id), delta);
    }

    /** Removes a recommendation no other one points at (its results stay); refused naming the ones that do. */
    public void removeRecommendation(String eventSlug, UUID id) {
        Event event = event(eventSlug);
        RecommendationDocument doc = documentForWriting(event);
        Recommendation r = recommendation(doc, id);
        new RecommendationEdits(em).refuseIfReferenced(doc, r);
        em.remove(r);
    }

    public void publish(String eventSlug) {
        Event event = event(eventSlug);
        Documentation d = build(event, documentForWriting(event));
        checkBuildable(d);
        documentForWriting(event).publish(clock.instant());
    }

    public void withdraw(String eventSlug) {
        documentForWriting(event(eventSlug)).withdraw();
    }

    // --- reading -------------------------------------------------------------------------------

    /** The event's documentation as the back office sees it, published or not. */
    public Documentation documentation(String eventSlug) {
        Event event = event(eventSlug);
        return build(event, document(event).orElse(null));
    }

    /** The documentation as the public sees it: only a public event's, and only once published. */
    public Optional<Documentation> published(String eventSlug) {
        Optional<Event> event = findEvent(eventSlug).filter(Event::isPublic);
        if (event.isEmpty()) {
            return Optional.empty();
        }
        return document(event.get()).filter(RecommendationDocument::isPublished).map(d -> build(event.get(), d));
    }

    // --- rules and building blocks ----------------------------------------------------------

    /** A documentation that can be published: every keyword labelled and every cross-reference resolved. */
    static void checkBuildable(Documentation d) {
        for (IndexEntry e : d.index()) {
            if (e.keyword().labelDe() == null || e.keyword().labelDe().isBlank()) {
                throw new ResultsRuleException(
                        "results.keyword.labelMissing", e.places().get(0).label());
            }
        }
        Set<String> identifiers =
                d.recommendations().stream().map(RecommendationView::identifier).collect(Collectors.toSet());
        for (RecommendationView r : d.recommendations()) {
            for (ReferenceView ref : r.references()) {
                if (!identifiers.contains(ref.targetIdentifier())) {
                    throw new ResultsRuleException(
                            "results.reference.dangling", r.identifier() + " → " + ref.targetIdentifier());
                }
            }
        }
    }

    private void checkSources(Event event, String identifier, List<UUID> resultIds) {
        if (resultIds == null || resultIds.stream().noneMatch(Objects::nonNull)) {
            throw new ResultsRuleException("results.recommendation.noResult", identifier);
        }
        for (UUID id : new LinkedHashSet<>(resultIds)) {
            ResultItem r = result(event, id);
            if (r.getSetAsideReason() != null) {
                throw new ResultsRuleException(
                        "results.recommendation.setAsideResult", identifier + ": " + shorten(r.getTextDe()));
            }
        }
    }

    private void write(Recommendation r, String identifier, RecommendationInput input) {
        if (input.titleDe() == null || input.titleDe().isBlank()) {
            throw new ResultsRuleException("results.recommendation.titleMissing", identifier);
        }
        if (input.textDe() == null || input.textDe().isBlank()) {
            throw new ResultsRuleException("results.recommendation.textMissing", identifier);
        }
        r.write(input.titleDe(), input.titleEn(), input.textDe(), input.textEn());
    }

    private void link(RecommendationDocument doc, Recommendation r, String identifier, RecommendationInput input) {
        for (UUID resultId : new LinkedHashSet<>(input.resultIds())) {
            if (resultId != null) {
                em.persist(new RecommendationSource(r.getId(), resultId));
            }
        }
        for (UUID k : distinct(input.keywordIds())) {
            em.persist(KeywordUse.onRecommendation(keyword(k).getId(), r.getId()));
        }
        Map<String, Recommendation> byIdentifier = recommendations(doc).stream()
                .collect(Collectors.toMap(x -> doc.identifier(x.getNumber()), Function.identity()));
        Set<String> seen = new HashSet<>();
        for (RecommendationInput.ReferenceInput ref :
                input.references() == null ? List.<RecommendationInput.ReferenceInput>of() : input.references()) {
            if (ref == null || ref.target() == null || ref.target().isBlank()) {
                continue;
            }
            String target = ref.target().strip().toUpperCase(Locale.ROOT);
            Recommendation to = byIdentifier.get(target);
            if (to == null) {
                throw new ResultsRuleException("results.reference.dangling", identifier + " → " + target);
            }
            if (to.equals(r)) {
                throw new ResultsRuleException("results.reference.self", identifier);
            }
            ReferenceKind kind = ref.kind() == null ? ReferenceKind.SEE : ref.kind();
            if (seen.add(kind + target)) {
                em.persist(new RecommendationReference(r.getId(), to.getId(), kind));
            }
        }
    }

    private void describe(ResultItem r, ResultInput input) {
        if (input.type() == null) {
            throw new ResultsRuleException("results.result.typeMissing", "");
        }
        if (input.textDe() == null || input.textDe().isBlank()) {
            throw new ResultsRuleException("results.result.textMissing", "");
        }
        r.describe(input.type(), input.textDe(), input.textEn(), input.fieldOfAction(), input.responsibleActor());
    }

    private void keywordResult(UUID resultId, List<UUID> keywordIds) {
        for (UUID k : distinct(keywordIds)) {
            em.persist(KeywordUse.onResult(keyword(k).getId(), resultId));
        }
    }

    private List<String> usersOf(UUID resultId) {
        return em.createNamedQuery("RecommendationSource.ofResult", RecommendationSource.class)
                .setParameter("id", resultId)
                .getResultStream()
                .map(s -> em.find(Recommendation.class, s.getRecommendationId()))
                .map(rec -> em.find(RecommendationDocument.class, rec.getDocumentId())
                        .identifier(rec.getNumber()))
                .sorted()
                .toList();
    }

    private Documentation build(Event event, RecommendationDocument doc) {
        Map<UUID, KeywordView> keywords =
                keywords().stream().collect(Collectors.toMap(KeywordView::id, Function.identity()));
        List<ResultItem> items = em.createNamedQuery("ResultItem.ofEvent", ResultItem.class)
                .setParameter("event", event.getId())
                .getResultList();
        List<Recommendation> recs = doc == null ? List.of() : recommendations(doc);
        Map<UUID, String> identifiers = new HashMap<>();
        recs.forEach(r -> identifiers.put(r.getId(), doc.identifier(r.getNumber())));
        List<UUID> resultIds = items.stream().map(ResultItem::getId).toList();
        List<UUID> recIds = recs.stream().map(Recommendation::getId).toList();

        Map<UUID, List<KeywordView>> resultKeywords = new HashMap<>();
        Map<UUID, List<KeywordView>> recKeywords = new HashMap<>();
        if (!resultIds.isEmpty()) {
            em.createNamedQuery("KeywordUse.ofResults", KeywordUse.class)
                    .setParameter("ids", strings(resultIds))
                    .getResultStream()
                    .forEach(u -> resultKeywords
                            .computeIfAbsent(u.getResultId(), x -> new ArrayList<>())
                            .add(keywords.get(u.getKeywordId())));
        }
        List<RecommendationSource> sources = List.of();
        List<RecommendationReference> references = List.of();
        if (!recIds.isEmpty()) {
            em.createNamedQuery("KeywordUse.ofRecommendations", KeywordUse.class)
                    .setParameter("ids", strings(recIds))
                    .getResultStream()
                    .forEach(u -> recKeywords
                            .computeIfAbsent(u.getRecommendationId(), x -> new ArrayList<>())
                            .add(keywords.get(u.getKeywordId())));
            sources = em.createNamedQuery("RecommendationSource.ofRecommendations", RecommendationSource.class)
                    .setParameter("ids", recIds)
                    .getResultList();
            references = em.createNamedQuery("RecommendationReference.from", RecommendationReference.class)
                    .setParameter("ids", recIds)
                    .getResultList();
        }
        Comparator<KeywordView> byLabel = Comparator.comparing(k -> k.labelDe().toLowerCase(Locale.GERMAN));
        resultKeywords.values().forEach(l -> l.sort(byLabel));
        recKeywords.values().forEach(l -> l.sort(byLabel));

        Map<UUID, List<RecommendationRef>> usedBy = new HashMap<>();
        Map<UUID, Integer> recPosition = new HashMap<>();
        for (int i = 0; i < recs.size(); i++) {
            recPosition.put(recs.get(i).getId(), i);
        }
        for (RecommendationSource s : sources) {
            usedBy.computeIfAbsent(s.getResultId(), x -> new ArrayList<>())
                    .add(new RecommendationRef(s.getRecommendationId(), identifiers.get(s.getRecommendationId())));
        }
        usedBy.values().forEach(l -> l.sort(Comparator.comparing(ref -> recPosition.get(ref.id()))));

        // places: workshops in their order, then agenda items that have results
        List<Place> places = new ArrayList<>();
        Map<UUID, ResultView> resultViews = new LinkedHashMap<>();
        List<Workshop> workshops = event.getWorkshops().stream()
                .sorted(Comparator.comparingInt(Workshop::getPosition).thenComparing(Workshop::getCode))
                .toList();
        for (Workshop w : workshops) {
            places.add(place(w.getId(), true, w.getCode(), w.getTitle(), items, resultKeywords, usedBy, resultViews));
        }
        int n = 0;
        for (AgendaItem a : event.getAgenda()) {
            n++;
            UUID aid = a.getId();
            if (items.stream().anyMatch(i -> aid.equals(i.getAgendaItemId()))) {
                places.add(place(aid, false, "P" + n, a.getTitle(), items, resultKeywords, usedBy, resultViews));
            }
        }

        Map<UUID, List<ReferenceView>> refsFrom = new HashMap<>();
        Map<UUID, List<ReferenceView>> refsTo = new HashMap<>();
        for (RecommendationReference ref : references) {
            refsFrom.computeIfAbsent(ref.getFromId(), x -> new ArrayList<>())
                    .add(new ReferenceView(ref.getKind(), ref.getToId(), identifiers.get(ref.getToId())));
            refsTo.computeIfAbsent(ref.getToId(), x -> new ArrayList<>())
                    .add(new ReferenceView(ref.getKind(), ref.getFromId(), identifiers.get(ref.getFromId())));
        }
        Comparator<ReferenceView> refOrder = Comparator.comparing(rv -> recPosition.getOrDefault(rv.targetId(), -1));
        refsFrom.values().forEach(l -> l.sort(refOrder));
        refsTo.values().forEach(l -> l.sort(refOrder));
        Map<UUID, List<ResultView>> sourcesOf = new HashMap<>();
        List<UUID> resultOrder = new ArrayList<>(resultViews.keySet());
        for (RecommendationSource s : sources) {
            sourcesOf
                    .computeIfAbsent(s.getRecommendationId(), x -> new ArrayList<>())
                    .add(resultViews.get(s.getResultId()));
        }
        sourcesOf.values().forEach(l -> l.sort(Comparator.comparing(rv -> resultOrder.indexOf(rv.id()))));
        List<RecommendationView> recViews = recs.stream()
                .map(r -> new RecommendationView(
                        r.getId(),
                        identifiers.get(r.getId()),
                        r.getNumber(),
                        r.getTitleDe(),
                        r.getTitleEn(),
                        r.getTextDe(),
                        r.getTextEn(),
                        List.copyOf(sourcesOf.getOrDefault(r.getId(), List.of())),
                        List.copyOf(recKeywords.getOrDefault(r.getId(), List.of())),
                        List.copyOf(refsFrom.getOrDefault(r.getId(), List.of())),
                        List.copyOf(refsTo.getOrDefault(r.getId(), List.of()))))
                .toList();

        // the index: every keyword used, with every place, results in page order then recommendations
        Map<UUID, List<IndexPlace>> index = new LinkedHashMap<>();
        for (ResultView rv : resultViews.values()) {
            for (KeywordView k : rv.keywords()) {
                index.computeIfAbsent(k.id(), x -> new ArrayList<>()).add(new IndexPlace(rv.anchor(), rv.label()));
            }
        }
        for (RecommendationView rv : recViews) {
            for (KeywordView k : rv.keywords()) {
                index.computeIfAbsent(k.id(), x -> new ArrayList<>()).add(new IndexPlace(rv.anchor(), rv.identifier()));
            }
        }
        List<IndexEntry> entries = index.entrySet().stream()
                .map(e -> new IndexEntry(keywords.get(e.getKey()), List.copyOf(e.getValue())))
                .sorted(Comparator.comparing(e -> e.keyword().labelDe().toLowerCase(Locale.GERMAN)))
                .toList();
        List<ResultView> unresolved = resultViews.values().stream()
                .filter(rv -> rv.usedBy().isEmpty() && !rv.setAside())
                .toList();
        return new Documentation(
                event.getId(),
                event.getSlug(),
                doc == null ? defaultPrefix(event) : doc.getPrefix(),
                doc == null ? null : doc.getPublishedAt(),
                List.copyOf(places),
                recViews,
                entries,
                unresolved);
    }

    private static Place place(
            UUID id,
            boolean workshop,
            String code,
            de.fachtag.tenant.LocalizedString title,
            List<ResultItem> items,
            Map<UUID, List<KeywordView>> keywords,
            Map<UUID, List<RecommendationRef>> usedBy,
            Map<UUID, ResultView> collect) {
        List<ResultView> results = new ArrayList<>();
        int n = 0;
        for (ResultItem i : items) {
            if (id.equals(workshop ? i.getWorkshopId() : i.getAgendaItemId())) {
                ResultView rv = new ResultView(
                        i.getId(),
                        id,
                        code,
                        ++n,
                        i.getType(),
                        i.getTextDe(),
                        i.getTextEn(),
                        i.getFieldOfAction(),
                        i.getResponsibleActor(),
                        i.getSetAsideReason(),
                        List.copyOf(keywords.getOrDefault(i.getId(), List.of())),
                        List.copyOf(usedBy.getOrDefault(i.getId(), List.of())));
                results.add(rv);
                collect.put(i.getId(), rv);
            }
        }
        return new Place(id, workshop, code, title, List.copyOf(results));
    }

    /** "HE-2024-SLD" for "stadt-land-dorf-2024" held in 2024: Handlungsempfehlung, year, initials of the slug's words. */
    static String defaultPrefix(Event event) {
        String initials = java.util.Arrays.stream(event.getSlug().split("-"))
                .filter(w -> !w.isEmpty())
                .filter(w -> !w.chars().allMatch(Character::isDigit))
                .map(w -> w.substring(0, 1))
                .collect(Collectors.joining())
                .toUpperCase(Locale.ROOT);
        if (initials.length() > 6) {
            initials = initials.substring(0, 6);
        }
        String year = event.getDate() == null ? "" : "-" + event.getDate().getYear();
        return "HE" + year + (initials.isEmpty() ? "" : "-" + initials);
    }

    private Optional<Event> findEvent(String slug) {
        return slug == null
                ? Optional.empty()
                : em.createNamedQuery("Event.bySlug", Event.class)
                        .setParameter("slug", slug)
                        .getResultStream()
                        .findFirst();
    }

    private Event event(String slug) {
        return findEvent(slug).orElseThrow(() -> new ResultsNotFoundException(slug));
    }

    private Optional<RecommendationDocument> document(Event event) {
        return em.createNamedQuery("RecommendationDocument.ofEvent", RecommendationDocument.class)
                .setParameter("event", event.getId().toString())
                .getResultStream()
                .findFirst();
    }

    /** The event's document, created on first use, read under a row lock: numbers are handed out one after the other. */
    private RecommendationDocument documentForWriting(Event event) {
        Optional<RecommendationDocument> doc = document(event);
        if (doc.isEmpty()) {
            RecommendationDocument created = new RecommendationDocument(event.getId(), defaultPrefix(event));
            em.persist(created);
            em.flush();
            return created;
        }
        em.lock(doc.get(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(doc.get());
        return doc.get();
    }

    private List<Recommendation> recommendations(RecommendationDocument doc) {
        return em.createNamedQuery("Recommendation.ofDocument", Recommendation.class)
                .setParameter("document", doc.getId())
                .getResultList();
    }

    private Recommendation recommendation(RecommendationDocument doc, UUID id) {
        Recommendation r = id == null ? null : em.find(Recommendation.class, id);
        if (r == null || !r.getDocumentId().equals(doc.getId())) {
            throw new ResultsNotFoundException(id);
        }
        return r;
    }

    private ResultItem result(Event event, UUID id) {
        ResultItem r = id == null ? null : em.find(ResultItem.class, id);
        if (r == null || !r.getEventId().equals(event.getId())) {
            throw new ResultsNotFoundException(id);
        }
        return r;
    }

    private Keyword keyword(UUID id) {
        Keyword k = id == null ? null : em.find(Keyword.class, id);
        if (k == null) {
            throw new ResultsNotFoundException(id);
        }
        return k;
    }

    private static Place placeOf(Event event, UUID placeId) {
        for (Workshop w : event.getWorkshops()) {
            if (w.getId().equals(placeId)) {
                return new Place(w.getId(), true, w.getCode(), w.getTitle(), List.of());
            }
        }
        for (AgendaItem a : event.getAgenda()) {
            if (a.getId().equals(placeId)) {
                return new Place(a.getId(), false, "", a.getTitle(), List.of());
            }
        }
        throw new ResultsNotFoundException(placeId);
    }

    private static Collection<UUID> distinct(List<UUID> ids) {
        return ids == null
                ? List.of()
                : ids.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<String> strings(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    private static KeywordView view(Keyword k) {
        return new KeywordView(k.getId(), k.getLabelDe(), k.getLabelEn(), k.synonymList());
    }
}
