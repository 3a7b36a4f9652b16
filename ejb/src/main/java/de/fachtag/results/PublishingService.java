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
import de.fachtag.results.PublishedDocumentation.Part;
import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenant.EventSeries;
import de.fachtag.tenant.Funder;
import de.fachtag.tenant.LocalizedString;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * The publishing side of results and recommendations: the documentation of an event or of a
 * series in the one shape the series page, the PDF and the exports read
 * ({@link PublishedDocumentation}), and the publication of a series' documentation. A series'
 * recommendations may be written from results of several of its events; result labels carry the
 * event's edition ("4.A.2", "4.3"). Publishing refuses a documentation with a dangling
 * cross-reference or a keyword without a label, naming the place. Another tenant's slug is not
 * found.
 */
@Stateless
@TenantScoped
public class PublishingService {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @EJB
    ResultsService results;

    @Inject
    Clock clock;

    // --- events ------------------------------------------------------------------------------

    /** An event's documentation as the public sees it: a public event's, once published. */
    public Optional<PublishedDocumentation> publishedEvent(String eventSlug) {
        return results.published(eventSlug).map(d -> ofEvent(event(eventSlug), d));
    }

    /** An event's documentation as its organizers see it, published or not. */
    public PublishedDocumentation eventDocumentation(String eventSlug) {
        Event event = event(eventSlug);
        return ofEvent(event, results.documentation(eventSlug));
    }

    /** Whether an event's documentation was invented for the demo (its pages say so). */
    public boolean illustrativeEvent(String eventSlug) {
        return findEvent(eventSlug)
                .map(e -> em.createNamedQuery("RecommendationDocument.ofEvent", RecommendationDocument.class)
                        .setParameter("event", e.getId().toString())
                        .getResultStream()
                        .anyMatch(RecommendationDocument::isIllustrative))
                .orElse(false);
    }

    private PublishedDocumentation ofEvent(Event event, Documentation d) {
        boolean illustrative = em.createNamedQuery("RecommendationDocument.ofEvent", RecommendationDocument.class)
                .setParameter("event", event.getId().toString())
                .getResultStream()
                .anyMatch(RecommendationDocument::isIllustrative);
        List<Place> places = d.places().stream()
                .filter(p -> p.workshop() || !p.results().isEmpty())
                .toList();
        Part part = new Part(
                event.getId(),
                event.getSlug(),
                "",
                event.getTitle(),
                event.getDate(),
                event.getVenue() == null ? null : event.getVenue().getCity(),
                places);
        return new PublishedDocumentation(
                false,
                event.getSlug(),
                event.getTitle(),
                event.getGoal() != null ? event.getGoal() : event.getDescription(),
                d.prefix(),
                d.publishedAt(),
                illustrative,
                List.of(part),
                d.recommendations(),
                d.index(),
                d.unresolved(),
                notices(List.of(event)));
    }

    // --- reports ---------------------------------------------------------------------------

    /**
     * One row of the tenant's count of recommendations: a field of action (null: results without
     * one) and how many recommendations written from its results are in a published documentation
     * and how many in a draft. A recommendation from results of two fields counts in both rows.
     */
    public record RecommendationCount(String fieldOfAction, long published, long draft)
            implements java.io.Serializable {
        public long total() {
            return published + draft;
        }
    }

    /** The counts by field of action, and all recommendations counted once ({@code all.fieldOfAction} is null). */
    public record RecommendationCounts(List<RecommendationCount> byFieldOfAction, RecommendationCount all)
            implements java.io.Serializable {}

    /** The tenant's recommendations by field of action (of their results) and by documentation state (published, draft). */
    public RecommendationCounts recommendationCounts() {
        Map<UUID, Boolean> published = new HashMap<>();
        em.createQuery("SELECT d FROM RecommendationDocument d", RecommendationDocument.class)
                .getResultStream()
                .forEach(d -> published.put(d.getId(), d.isPublished()));
        List<Recommendation> recs = em.createQuery("SELECT r FROM Recommendation r", Recommendation.class)
                .getResultList();
        if (recs.isEmpty()) {
            return new RecommendationCounts(List.of(), new RecommendationCount(null, 0, 0));
        }
        Map<UUID, String> fieldOf = new HashMap<>();
        em.createQuery("SELECT r FROM ResultItem r", ResultItem.class)
                .getResultStream()
                .forEach(r -> fieldOf.put(r.getId(), r.getFieldOfAction() == null ? "" : r.getFieldOfAction()));
        Map<UUID, Set<String>> fields = new HashMap<>();
        em.createNamedQuery("RecommendationSource.ofRecommendations", RecommendationSource.class)
                .setParameter("ids", recs.stream().map(Recommendation::getId).toList())
                .getResultStream()
                .forEach(s -> fields.computeIfAbsent(s.getRecommendationId(), x -> new java.util.TreeSet<>())
                        .add(fieldOf.getOrDefault(s.getResultId(), "")));
        Map<String, long[]> counts = new java.util.TreeMap<>(Comparator.comparing((String f) -> f.isEmpty() ? 1 : 0)
                .thenComparing(f -> f.toLowerCase(Locale.GERMAN)));
        long[] all = new long[2];
        for (Recommendation r : recs) {
            int column = Boolean.TRUE.equals(published.get(r.getDocumentId())) ? 0 : 1;
            all[column]++;
            for (String f : fields.getOrDefault(r.getId(), Set.of(""))) {
                counts.computeIfAbsent(f, x -> new long[2])[column]++;
            }
        }
        List<RecommendationCount> rows = new ArrayList<>();
        counts.forEach((f, c) -> rows.add(new RecommendationCount(f.isEmpty() ? null : f, c[0], c[1])));
        return new RecommendationCounts(List.copyOf(rows), new RecommendationCount(null, all[0], all[1]));
    }

    /** The tenant's recommendations by follow-up state, every state in its order (zero where none is in it). */
    public Map<RecommendationState, Long> recommendationsByState() {
        Map<RecommendationState, Long> counts = new java.util.EnumMap<>(RecommendationState.class);
        for (RecommendationState state : RecommendationState.values()) {
            counts.put(state, 0L);
        }
        em.createQuery("SELECT r.state, COUNT(r) FROM Recommendation r GROUP BY r.state", Object[].class)
                .getResultStream()
                .forEach(row -> counts.put((RecommendationState) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    // --- series ------------------------------------------------------------------------------

    /** A series' documentation as the public sees it: once published, with the series' public events. */
    public Optional<PublishedDocumentation> publishedSeries(String seriesSlug) {
        Optional<EventSeries> series = findSeries(seriesSlug);
        if (series.isEmpty()) {
            return Optional.empty();
        }
        return seriesDocument(series.get())
                .filter(RecommendationDocument::isPublished)
                .map(doc -> build(series.get(), doc, true));
    }

    /** A series' documentation as its organizers see it, published or not. */
    public PublishedDocumentation seriesDocumentation(String seriesSlug) {
        EventSeries series = findSeries(seriesSlug).orElseThrow(() -> new ResultsNotFoundException(seriesSlug));
        return build(series, seriesDocument(series).orElse(null), false);
    }

    /** Publishes a series' documentation; refused naming the place when it cannot be built. */
    public void publishSeries(String seriesSlug) {
        EventSeries series = findSeries(seriesSlug).orElseThrow(() -> new ResultsNotFoundException(seriesSlug));
        RecommendationDocument doc = seriesDocument(series).orElseThrow(() -> new ResultsNotFoundException(seriesSlug));
        em.lock(doc, LockModeType.PESSIMISTIC_WRITE);
        check(build(series, doc, false));
        doc.publish(clock.instant());
    }

    public void withdrawSeries(String seriesSlug) {
        EventSeries series = findSeries(seriesSlug).orElseThrow(() -> new ResultsNotFoundException(seriesSlug));
        seriesDocument(series).ifPresent(RecommendationDocument::withdraw);
    }

    /**
     * Writes a recommendation of the series' documentation from results of any of its events (the
     * documentation is created on first use). The same rules as for one event: at least one
     * result, none set aside, a result of an event outside the series (or of another tenant) is
     * not found; the number is the series document's next ("HE-2019-RK-03") and never reused;
     * cross-references name recommendations of this same document. The text is kept as version 1
     * and the follow-up starts open. {@code who} names the staff member.
     */
    public UUID addSeriesRecommendation(String seriesSlug, RecommendationInput input, String who) {
        EventSeries series = findSeries(seriesSlug).orElseThrow(() -> new ResultsNotFoundException(seriesSlug));
        List<Event> events = eventsOf(series);
        RecommendationDocument doc = seriesDocument(series).orElse(null);
        if (doc == null) {
            doc = RecommendationDocument.ofSeries(series.getId(), defaultPrefix(series, events));
            em.persist(doc);
            em.flush();
        } else {
            em.lock(doc, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(doc);
        }
        int number = doc.takeNumber();
        String identifier = doc.identifier(number);
        List<UUID> resultIds = checkSeriesInput(events, identifier, input);
        List<Recommendation> existing = em.createNamedQuery("Recommendation.ofDocument", Recommendation.class)
                .setParameter("document", doc.getId())
                .getResultList();
        Recommendation r = new Recommendation(
                doc.getId(),
                number,
                existing.stream().mapToInt(Recommendation::getPosition).max().orElse(-1) + 1);
        r.write(input.titleDe(), input.titleEn(), input.textDe(), input.textEn());
        em.persist(r);
        em.flush();
        linkSeries(doc, r, identifier, resultIds, input);
        String by = who == null || who.isBlank() ? "–" : who.strip();
        em.persist(new RecommendationVersion(r, 1, by, clock.instant()));
        em.persist(new StateChange(r.getId(), r.getState(), false, null, null, by, clock.instant()));
        return r.getId();
    }

    /**
     * Changes a recommendation of the series' documentation: text, results, keywords and
     * cross-references, by the same rules as writing it; its identifier stays. (Versions are kept
     * by {@link ResultsEditing#saveSeriesRecommendation}.) Another series' or tenant's is not found.
     */
    public void changeSeriesRecommendation(String seriesSlug, UUID id, RecommendationInput input) {
        EventSeries series = findSeries(seriesSlug).orElseThrow(() -> new ResultsNotFoundException(seriesSlug));
        RecommendationDocument doc = lockedSeriesDocument(series, id);
        Recommendation r = seriesRecommendation(doc, id);
        String identifier = doc.identifier(r.getNumber());
        List<UUID> resultIds = checkSeriesInput(eventsOf(series), identifier, input);
        r.write(input.titleDe(), input.titleEn(), input.textDe(), input.textEn());
        new RecommendationEdits(em).unlink(id);
        linkSeries(doc, r, identifier, resultIds, input);
    }

    /** Moves a recommendation of the series' documentation up (-1) or down (+1); identifiers stay as they are. */
    public void moveSeriesRecommendation(String seriesSlug, UUID id, int delta) {
        EventSeries series = findSeries(seriesSlug).orElseThrow(() -> new ResultsNotFoundException(seriesSlug));
        RecommendationDocument doc = lockedSeriesDocument(series, id);
        new RecommendationEdits(em).move(doc, seriesRecommendation(doc, id), delta);
    }

    /**
     * Removes a recommendation of the series' draft documentation: refused while the documentation
     * is published (withdraw it first) and while another recommendation points at it. Its results
     * stay and are unused again (unless another recommendation uses them); its number is not
     * handed out again.
     */
    public void removeSeriesRecommendation(String seriesSlug, UUID id) {
        EventSeries series = findSeries(seriesSlug).orElseThrow(() -> new ResultsNotFoundException(seriesSlug));
        RecommendationDocument doc = lockedSeriesDocument(series, id);
        Recommendation r = seriesRecommendation(doc, id);
        new RecommendationEdits(em).refuseIfReferenced(doc, r);
        if (doc.isPublished()) {
            throw new ResultsRuleException(
                    "results.recommendation.publishedCannotRemove", doc.identifier(r.getNumber()));
        }
        em.remove(r);
        em.flush();
    }

    private RecommendationDocument lockedSeriesDocument(EventSeries series, UUID id) {
        RecommendationDocument doc = seriesDocument(series).orElseThrow(() -> new ResultsNotFoundException(id));
        em.lock(doc, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(doc);
        return doc;
    }

    private Recommendation seriesRecommendation(RecommendationDocument doc, UUID id) {
        Recommendation r = id == null ? null : em.find(Recommendation.class, id);
        if (r == null || !r.getDocumentId().equals(doc.getId())) {
            throw new ResultsNotFoundException(id);
        }
        return r;
    }

    /** The rules of a series recommendation's input; answers its distinct results. */
    private List<UUID> checkSeriesInput(List<Event> events, String identifier, RecommendationInput input) {
        Set<UUID> eventIds = events.stream().map(Event::getId).collect(Collectors.toSet());
        List<UUID> resultIds = input.resultIds() == null
                ? List.of()
                : input.resultIds().stream().filter(Objects::nonNull).distinct().toList();
        if (resultIds.isEmpty()) {
            throw new ResultsRuleException("results.recommendation.noResult", identifier);
        }
        for (UUID id : resultIds) {
            ResultItem r = em.find(ResultItem.class, id);
            if (r == null || !eventIds.contains(r.getEventId())) {
                throw new ResultsNotFoundException(id);
            }
            if (r.getSetAsideReason() != null) {
                throw new ResultsRuleException(
                        "results.recommendation.setAsideResult",
                        identifier + ": "
                                + (r.getTextDe().length() <= 60
                                        ? r.getTextDe()
                                        : r.getTextDe().substring(0, 59) + "…"));
            }
        }
        if (input.titleDe() == null || input.titleDe().isBlank()) {
            throw new ResultsRuleException("results.recommendation.titleMissing", identifier);
        }
        if (input.textDe() == null || input.textDe().isBlank()) {
            throw new ResultsRuleException("results.recommendation.textMissing", identifier);
        }
        return resultIds;
    }

    /** The results, keywords and cross-references (to recommendations of this same document) of a series recommendation. */
    private void linkSeries(
            RecommendationDocument doc,
            Recommendation r,
            String identifier,
            List<UUID> resultIds,
            RecommendationInput input) {
        for (UUID id : resultIds) {
            em.persist(new RecommendationSource(r.getId(), id));
        }
        Set<UUID> known = results.keywords().stream().map(KeywordView::id).collect(Collectors.toSet());
        for (UUID k : input.keywordIds() == null
                ? List.<UUID>of()
                : input.keywordIds().stream()
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList()) {
            if (!known.contains(k)) {
                throw new ResultsNotFoundException(k);
            }
            em.persist(KeywordUse.onRecommendation(k, r.getId()));
        }
        Map<String, Recommendation> byIdentifier = em.createNamedQuery(
                        "Recommendation.ofDocument", Recommendation.class)
                .setParameter("document", doc.getId())
                .getResultStream()
                .filter(x -> !x.getId().equals(r.getId()))
                .collect(Collectors.toMap(x -> doc.identifier(x.getNumber()), Function.identity()));
        Set<String> seen = new java.util.HashSet<>();
        for (RecommendationInput.ReferenceInput ref :
                input.references() == null ? List.<RecommendationInput.ReferenceInput>of() : input.references()) {
            if (ref == null || ref.target() == null || ref.target().isBlank()) {
                continue;
            }
            String target = ref.target().strip().toUpperCase(Locale.ROOT);
            if (target.equals(identifier)) {
                throw new ResultsRuleException("results.reference.self", identifier);
            }
            Recommendation to = byIdentifier.get(target);
            if (to == null) {
                throw new ResultsRuleException("results.reference.dangling", identifier + " → " + target);
            }
            ReferenceKind kind = ref.kind() == null ? ReferenceKind.SEE : ref.kind();
            if (seen.add(kind + target)) {
                em.persist(new RecommendationReference(r.getId(), to.getId(), kind));
            }
        }
    }

    /** "HE-2019-INR" for "it-nachbereitung-reihe" whose first event is of 2019: as an event's default prefix. */
    static String defaultPrefix(EventSeries series, List<Event> events) {
        String initials = java.util.Arrays.stream(series.getSlug().split("-"))
                .filter(w -> !w.isEmpty())
                .filter(w -> !w.chars().allMatch(Character::isDigit))
                .map(w -> w.substring(0, 1))
                .collect(Collectors.joining())
                .toUpperCase(Locale.ROOT);
        if (initials.length() > 6) {
            initials = initials.substring(0, 6);
        }
        String year = events.stream()
                .map(Event::getDate)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .map(date -> "-" + date.getYear())
                .orElse("");
        return "HE" + year + (initials.isEmpty() ? "" : "-" + initials);
    }

    private List<Event> eventsOf(EventSeries series) {
        return em.createQuery("SELECT e FROM Event e WHERE e.series = :series", Event.class)
                .setParameter("series", series)
                .getResultList();
    }

    /**
     * A documentation that can be built: every keyword of its index labelled, and every
     * cross-reference pointing at a recommendation of this same documentation (a reference to a
     * recommendation elsewhere would be a link into nothing). The refusal names the place.
     */
    public static void check(PublishedDocumentation d) {
        for (IndexEntry e : d.index()) {
            if (e.keyword() == null
                    || e.keyword().labelDe() == null
                    || e.keyword().labelDe().isBlank()) {
                throw new ResultsRuleException(
                        "results.keyword.labelMissing",
                        e.places().isEmpty() ? "" : e.places().get(0).label());
            }
        }
        Set<UUID> ids = d.recommendations().stream().map(RecommendationView::id).collect(Collectors.toSet());
        for (RecommendationView r : d.recommendations()) {
            for (ReferenceView ref : r.references()) {
                if (!ids.contains(ref.targetId())) {
                    throw new ResultsRuleException(
                            "results.reference.dangling",
                            r.identifier() + " → " + (ref.targetIdentifier() == null ? "?" : ref.targetIdentifier()));
                }
            }
        }
    }

    private PublishedDocumentation build(EventSeries series, RecommendationDocument doc, boolean publicOnly) {
        List<Event> events = em.createQuery("SELECT e FROM Event e WHERE e.series = :series", Event.class)
                .setParameter("series", series)
                .getResultStream()
                .filter(e -> !publicOnly || e.isPublic())
                .sorted(Comparator.comparing((Event e) -> e.getEdition() == null ? Integer.MAX_VALUE : e.getEdition())
                        .thenComparing(e -> e.getDate() == null ? java.time.LocalDate.MAX : e.getDate())
                        .thenComparing(Event::getSlug))
                .toList();
        Map<UUID, KeywordView> keywords =
                results.keywords().stream().collect(Collectors.toMap(KeywordView::id, Function.identity()));
        List<Recommendation> recs = doc == null
                ? List.of()
                : em.createNamedQuery("Recommendation.ofDocument", Recommendation.class)
                        .setParameter("document", doc.getId())
                        .getResultList();
        Map<UUID, String> identifiers = new HashMap<>();
        recs.forEach(r -> identifiers.put(r.getId(), doc.identifier(r.getNumber())));
        Map<UUID, Integer> recPosition = new HashMap<>();
        for (int i = 0; i < recs.size(); i++) {
            recPosition.put(recs.get(i).getId(), i);
        }
        List<UUID> recIds = recs.stream().map(Recommendation::getId).toList();

        Map<Event, List<ResultItem>> itemsOf = new LinkedHashMap<>();
        List<UUID> resultIds = new ArrayList<>();
        for (Event e : events) {
            List<ResultItem> items = em.createNamedQuery("ResultItem.ofEvent", ResultItem.class)
                    .setParameter("event", e.getId())
                    .getResultList();
            itemsOf.put(e, items);
            items.forEach(i -> resultIds.add(i.getId()));
        }
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
        Comparator<KeywordView> byLabel = Comparator.comparing(
                k -> k == null || k.labelDe() == null ? "" : k.labelDe().toLowerCase(Locale.GERMAN));
        resultKeywords.values().forEach(l -> l.sort(byLabel));
        recKeywords.values().forEach(l -> l.sort(byLabel));
        Map<UUID, List<RecommendationRef>> usedBy = new HashMap<>();
        for (RecommendationSource s : sources) {
            usedBy.computeIfAbsent(s.getResultId(), x -> new ArrayList<>())
                    .add(new RecommendationRef(s.getRecommendationId(), identifiers.get(s.getRecommendationId())));
        }
        usedBy.values().forEach(l -> l.sort(Comparator.comparing(ref -> recPosition.get(ref.id()))));

        List<Part> parts = new ArrayList<>();
        Map<UUID, ResultView> resultViews = new LinkedHashMap<>();
        int index = 0;
        for (Map.Entry<Event, List<ResultItem>> entry : itemsOf.entrySet()) {
            Event e = entry.getKey();
            List<ResultItem> items = entry.getValue();
            index++;
            String label = String.valueOf(e.getEdition() == null ? index : e.getEdition());
            List<Place> places = new ArrayList<>();
            for (Workshop w : e.getWorkshops().stream()
                    .sorted(Comparator.comparingInt(Workshop::getPosition).thenComparing(Workshop::getCode))
                    .toList()) {
                places.add(place(
                        w.getId(),
                        true,
                        label + "." + w.getCode(),
                        w.getTitle(),
                        items,
                        i -> w.getId().equals(i.getWorkshopId()),
                        resultKeywords,
                        usedBy,
                        resultViews));
            }
            int n = 0;
            for (AgendaItem a : e.getAgenda()) {
                n++;
                UUID aid = a.getId();
                if (items.stream().anyMatch(i -> aid.equals(i.getAgendaItemId()))) {
                    places.add(place(
                            aid,
                            false,
                            label + ".P" + n,
                            a.getTitle(),
                            items,
                            i -> aid.equals(i.getAgendaItemId()),
                            resultKeywords,
                            usedBy,
                            resultViews));
                }
            }
            if (items.stream().anyMatch(i -> i.getWorkshopId() == null && i.getAgendaItemId() == null)) {
                // the event as a whole (a conference's discussion): the place is the event itself
                places.add(place(
                        e.getId(),
                        false,
                        label,
                        null,
                        items,
                        i -> i.getWorkshopId() == null && i.getAgendaItemId() == null,
                        resultKeywords,
                        usedBy,
                        resultViews));
            }
            parts.add(new Part(
                    e.getId(),
                    e.getSlug(),
                    label,
                    e.getTitle(),
                    e.getDate(),
                    e.getVenue() == null ? null : e.getVenue().getCity(),
                    List.copyOf(places)));
        }

        Map<UUID, List<ReferenceView>> refsFrom = new HashMap<>();
        Map<UUID, List<ReferenceView>> refsTo = new HashMap<>();
        for (RecommendationReference ref : references) {
            // a target outside this documentation keeps its own identifier, so the check can name it
            refsFrom.computeIfAbsent(ref.getFromId(), x -> new ArrayList<>())
                    .add(new ReferenceView(
                            ref.getKind(),
                            ref.getToId(),
                            identifiers.containsKey(ref.getToId())
                                    ? identifiers.get(ref.getToId())
                                    : identifierElsewhere(ref.getToId())));
            if (identifiers.containsKey(ref.getToId())) {
                refsTo.computeIfAbsent(ref.getToId(), x -> new ArrayList<>())
                        .add(new ReferenceView(ref.getKind(), ref.getFromId(), identifiers.get(ref.getFromId())));
            }
        }
        Comparator<ReferenceView> refOrder = Comparator.comparing(rv -> recPosition.getOrDefault(rv.targetId(), -1));
        refsFrom.values().forEach(l -> l.sort(refOrder));
        refsTo.values().forEach(l -> l.sort(refOrder));
        List<UUID> resultOrder = new ArrayList<>(resultViews.keySet());
        Map<UUID, List<ResultView>> sourcesOf = new HashMap<>();
        for (RecommendationSource s : sources) {
            ResultView rv = resultViews.get(s.getResultId());
            if (rv != null) { // a result of an event not shown (not public) is not listed
                sourcesOf
                        .computeIfAbsent(s.getRecommendationId(), x -> new ArrayList<>())
                        .add(rv);
            }
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

        Map<UUID, List<IndexPlace>> byKeyword = new LinkedHashMap<>();
        Map<UUID, KeywordView> used = new HashMap<>();
        for (ResultView rv : resultViews.values()) {
            for (KeywordView k : rv.keywords()) {
                if (k != null) {
                    used.put(k.id(), k);
                    byKeyword
                            .computeIfAbsent(k.id(), x -> new ArrayList<>())
                            .add(new IndexPlace(rv.anchor(), rv.label()));
                }
            }
        }
        for (RecommendationView rv : recViews) {
            for (KeywordView k : rv.keywords()) {
                if (k != null) {
                    used.put(k.id(), k);
                    byKeyword
                            .computeIfAbsent(k.id(), x -> new ArrayList<>())
                            .add(new IndexPlace(rv.anchor(), rv.identifier()));
                }
            }
        }
        List<IndexEntry> entries = byKeyword.entrySet().stream()
                .map(e -> new IndexEntry(used.get(e.getKey()), List.copyOf(e.getValue())))
                .sorted(Comparator.comparing(e -> e.keyword().labelDe() == null
                        ? ""
                        : e.keyword().labelDe().toLowerCase(Locale.GERMAN)))
                .toList();
        List<ResultView> unresolved = resultViews.values().stream()
                .filter(rv -> rv.usedBy().isEmpty() && !rv.setAside())
                .toList();
        return new PublishedDocumentation(
                true,
                series.getSlug(),
                series.getTitle(),
                series.getDescription(),
                doc == null ? defaultPrefix(series, events) : doc.getPrefix(),
                doc == null ? null : doc.getPublishedAt(),
                doc != null && doc.isIllustrative(),
                List.copyOf(parts),
                recViews,
                entries,
                unresolved,
                notices(events));
    }

    /** The identifier of a recommendation of another documentation; null when there is none. */
    private String identifierElsewhere(UUID id) {
        Recommendation r = em.find(Recommendation.class, id);
        RecommendationDocument d = r == null ? null : em.find(RecommendationDocument.class, r.getDocumentId());
        return d == null ? null : d.identifier(r.getNumber());
    }

    private static Place place(
            UUID id,
            boolean workshop,
            String code,
            LocalizedString title,
            List<ResultItem> items,
            java.util.function.Predicate<ResultItem> here,
            Map<UUID, List<KeywordView>> keywords,
            Map<UUID, List<RecommendationRef>> usedBy,
            Map<UUID, ResultView> collect) {
        List<ResultView> list = new ArrayList<>();
        int n = 0;
        for (ResultItem i : items) {
            if (here.test(i)) {
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
                        List.copyOf(keywords.getOrDefault(i.getId(), List.of()).stream()
                                .filter(Objects::nonNull)
                                .toList()),
                        List.copyOf(usedBy.getOrDefault(i.getId(), List.of())));
                list.add(rv);
                collect.put(i.getId(), rv);
            }
        }
        return new Place(id, workshop, code, title, List.copyOf(list));
    }

    /** The funders' notices of the events, each once, in the order of the events. */
    private static List<LocalizedString> notices(List<Event> events) {
        Set<String> seen = new LinkedHashSet<>();
        List<LocalizedString> notices = new ArrayList<>();
        for (Event e : events) {
            for (Funder f : e.getFunders()) {
                if (f.getNotice() != null && f.getNotice().getDe() != null && seen.add(f.getKey())) {
                    notices.add(f.getNotice());
                }
            }
        }
        return List.copyOf(notices);
    }

    private Optional<EventSeries> findSeries(String slug) {
        return slug == null
                ? Optional.empty()
                : em.createNamedQuery("EventSeries.bySlug", EventSeries.class)
                        .setParameter("slug", slug)
                        .getResultStream()
                        .findFirst();
    }

    private Optional<RecommendationDocument> seriesDocument(EventSeries series) {
        return em.createNamedQuery("RecommendationDocument.ofSeries", RecommendationDocument.class)
                .setParameter("series", series.getId().toString())
                .getResultStream()
                .findFirst();
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

    private static List<String> strings(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }
}
