package de.fachtag.web.results;

import de.fachtag.event.EventService;
import de.fachtag.event.EventSummary;
import de.fachtag.results.Documentation;
import de.fachtag.results.FollowUp;
import de.fachtag.results.FollowUpService;
import de.fachtag.results.PublishedDocumentation;
import de.fachtag.results.PublishingService;
import de.fachtag.results.RecommendationInput;
import de.fachtag.results.RecommendationState;
import de.fachtag.results.ReferenceKind;
import de.fachtag.results.ResultsEditing;
import de.fachtag.results.ResultsNotFoundException;
import de.fachtag.results.ResultsRuleException;
import de.fachtag.results.ResultsService;
import de.fachtag.tenant.SeriesService;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.organizer.EventBackoffice;
import de.fachtag.web.security.StaffSession;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /organizer/{tenant}/series/{series}/results}: the results of every event of a series
 * on one page (the four regional conferences of seed 002): per event its workshops and results
 * with both directions of provenance, one drafting check over the whole series (set aside with a
 * reason or brought back right here), the keywords used across the series with every place, and
 * the recommendations of all events by follow-up state. Staff write recommendations of the
 * series' documentation here from results of any of its events (numbered within the series
 * document, "HE-2019-RK-03"); a result such a recommendation uses counts as used in the check.
 * A series the tenant does not have answers 404.
 */
@Named("seriesResults")
@ViewScoped
public class SeriesResultsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ResultsService results;

    @EJB
    FollowUpService followUp;

    @EJB
    EventService events;

    @EJB
    SeriesService series;

    @EJB
    PublishingService publishing;

    @EJB
    ResultsEditing editing;

    @EJB
    de.fachtag.actors.ActorService actors;

    @Inject
    EventBackoffice bo;

    @Inject
    StaffSession staff;

    @Inject
    LocaleSelection lang;

    private String slug;
    private SeriesService.SeriesEntry entry;
    private List<EventResults> eventResults = List.of();
    private final Map<String, String> reasons = new java.util.HashMap<>();
    /** The actors a series recommendation can name (key to name) and the key each names now (by recommendation id). */
    private Map<String, String> actorChoices = Map.of();

    private final Map<String, String> recActors = new java.util.HashMap<>();
    private PublishedDocumentation seriesDocumentation;
    /** The identifiers of the series' recommendations that use a result, by result id. */
    private Map<UUID, List<String>> usedInSeries = Map.of();

    /** Where each recommendation of the series' documentation stands, by id. */
    private Map<UUID, FollowUp.Standing> seriesStandings = Map.of();

    private List<Documentation.KeywordView> keywords = List.of();
    private String recTitle;
    private String recTitleEn;
    private String recText;
    private String recTextEn;
    private List<String> recResults = new ArrayList<>();
    private List<String> recKeywords = new ArrayList<>();
    private ReferenceKind refKind = ReferenceKind.SEE;
    private String refTarget;
    /** The recommendation the form holds (null: a new one) and, while editing, its cross-references. */
    private String editRecId;

    private List<ResultsBackofficeView.RefRow> recRefs = new ArrayList<>();

    /** One event of the series with its documentation (published or not) and the follow-up of its recommendations. */
    public record EventResults(EventSummary event, Documentation documentation, List<FollowUp.Standing> standings)
            implements Serializable {}

    /** A keyword with every place of the series it is used at: "event title: A.2". */
    public record SeriesKeyword(String label, List<String> places) implements Serializable {}

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        slug = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("series");
        if (!read()) {
            EventBackoffice.notFound();
        }
    }

    private boolean read() {
        entry = slug == null
                ? null
                : series.list().stream()
                        .filter(s -> s.slug().equals(slug))
                        .findFirst()
                        .orElse(null);
        if (entry == null) {
            return false;
        }
        List<EventResults> list = new ArrayList<>();
        for (EventSummary e : events.all().stream()
                .filter(e -> slug.equals(e.seriesSlug()))
                .sorted(Comparator.comparing(EventSummary::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(EventSummary::slug))
                .toList()) {
            try {
                list.add(new EventResults(e, results.documentation(e.slug()), followUp.standings(e.slug())));
            } catch (ResultsNotFoundException ex) {
                // an event removed meanwhile: not part of the page
            }
        }
        eventResults = List.copyOf(list);
        try {
            seriesDocumentation = publishing.seriesDocumentation(slug);
        } catch (ResultsNotFoundException ex) {
            return false;
        }
        Map<UUID, List<String>> used = new java.util.HashMap<>();
        for (Documentation.RecommendationView rec : seriesDocumentation.recommendations()) {
            rec.sources()
                    .forEach(src -> used.computeIfAbsent(src.id(), x -> new ArrayList<>())
                            .add(rec.identifier()));
        }
        usedInSeries = used;
        Map<UUID, FollowUp.Standing> standings = new java.util.HashMap<>();
        followUp.seriesStandings(slug).forEach(st -> standings.put(st.recommendationId(), st));
        seriesStandings = standings;
        keywords = results.keywords();
        actorChoices = new java.util.LinkedHashMap<>(actors.linkable());
        recActors.clear();
        followUp.responsibles(seriesDocumentation.recommendations().stream()
                        .map(Documentation.RecommendationView::id)
                        .toList())
                .forEach((id, r) -> recActors.put(id.toString(), r.actorKey() == null ? "" : r.actorKey()));
        return true;
    }

    /**
     * Saves the recommendation form: writes a recommendation of the series' documentation from the
     * chosen results of any of its events, or changes the one being edited (title, texts, results,
     * keywords, cross-references; a new version when its text changed; the identifier stays).
     */
    public void addRecommendation() {
        List<RecommendationInput.ReferenceInput> refs = new ArrayList<>();
        for (ResultsBackofficeView.RefRow row : recRefs) {
            if (row.getTarget() != null && !row.getTarget().isBlank()) {
                refs.add(new RecommendationInput.ReferenceInput(row.getKind(), row.getTarget()));
            }
        }
        if (refTarget != null && !refTarget.isBlank()) {
            refs.add(new RecommendationInput.ReferenceInput(refKind, refTarget));
        }
        RecommendationInput input = new RecommendationInput(
                recTitle, recTitleEn, recText, recTextEn, uuids(recResults), uuids(recKeywords), refs);
        UUID target = editRecId == null ? null : UUID.fromString(editRecId);
        act(() -> editing.saveSeriesRecommendation(slug, target, input, who()), this::cancelRecommendation);
    }

    /** Puts a recommendation of the series' documentation into the form: texts, results, keywords, cross-references. */
    public void editRecommendation(String id) {
        Documentation.RecommendationView r = seriesDocumentation == null
                ? null
                : seriesDocumentation.recommendations().stream()
                        .filter(x -> x.id().toString().equals(id))
                        .findFirst()
                        .orElse(null);
        if (r == null) {
            EventBackoffice.notFound();
            return;
        }
        editRecId = id;
        recTitle = r.titleDe();
        recTitleEn = r.titleEn();
        recText = r.textDe();
        recTextEn = r.textEn();
        recResults =
                new ArrayList<>(r.sources().stream().map(x -> x.id().toString()).toList());
        recKeywords = new ArrayList<>(
                r.keywords().stream().map(k -> k.id().toString()).toList());
        recRefs = new ArrayList<>();
        r.references()
                .forEach(ref -> recRefs.add(new ResultsBackofficeView.RefRow(ref.kind(), ref.targetIdentifier())));
        refKind = ReferenceKind.SEE;
        refTarget = null;
    }

    /** Leaves edit mode: the form is empty again, for a new recommendation. */
    public void cancelRecommendation() {
        editRecId = null;
        recTitle = null;
        recTitleEn = null;
        recText = null;
        recTextEn = null;
        recResults = new ArrayList<>();
        recKeywords = new ArrayList<>();
        recRefs = new ArrayList<>();
        refKind = ReferenceKind.SEE;
        refTarget = null;
    }

    /** The identifier of the recommendation the form holds, or null for a new one. */
    public String getEditIdentifier() {
        if (editRecId == null || seriesDocumentation == null) {
            return null;
        }
        return seriesDocumentation.recommendations().stream()
                .filter(x -> x.id().toString().equals(editRecId))
                .map(Documentation.RecommendationView::identifier)
                .findFirst()
                .orElse(null);
    }

    public String getEditRecId() {
        return editRecId;
    }

    public List<ResultsBackofficeView.RefRow> getRecRefs() {
        return recRefs;
    }

    private String who() {
        String name = staff.getDisplayName();
        String email = staff.getEmail();
        return name == null || name.isBlank() ? email : email == null ? name : name + " (" + email + ")";
    }

    private static List<UUID> uuids(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(UUID::fromString).toList();
    }

    /** The identifiers of the series' recommendations written from a result (empty: none). */
    public List<String> usedInSeries(Documentation.ResultView r) {
        return usedInSeries.getOrDefault(r.id(), List.of());
    }

    /** The results of an event still open: used neither by the event's nor by the series' recommendations, nor set aside. */
    public List<Documentation.ResultView> open(EventResults er) {
        return er.documentation().unresolved().stream()
                .filter(r -> !usedInSeries.containsKey(r.id()))
                .toList();
    }

    /** Every result of the series that a recommendation can be written from (not set aside), with its event's title. */
    public List<Choice> getResultChoices() {
        List<Choice> choices = new ArrayList<>();
        for (EventResults er : eventResults) {
            String title = bo.text(er.event().title());
            for (Documentation.ResultView r : er.documentation().results()) {
                if (!r.setAside()) {
                    choices.add(new Choice(r.id().toString(), title + ": " + r.label() + " " + r.textDe()));
                }
            }
        }
        return choices;
    }

    /** A result to choose in the recommendation form. */
    public record Choice(String value, String label) implements Serializable {}

    public ReferenceKind[] getReferenceKinds() {
        return ReferenceKind.values();
    }

    public void setAside(String eventSlug, String resultId) {
        act(
                () -> results.setAside(eventSlug, UUID.fromString(resultId), reasons.get(resultId)),
                () -> reasons.remove(resultId));
    }

    /** Names the actor of the directory (or none) that answers for a recommendation of the series document. */
    public void assignActor(String recommendationId) {
        act(
                () -> followUp.assignSeriesActor(
                        slug, UUID.fromString(recommendationId), recActors.get(recommendationId)),
                () -> {});
    }

    public Map<String, String> getActorChoices() {
        return actorChoices;
    }

    public Map<String, String> getRecActors() {
        return recActors;
    }

    /** The name of the actor a series recommendation names, or null. */
    public String actorOf(UUID recommendationId) {
        String key = recActors.get(recommendationId.toString());
        return key == null || key.isEmpty() ? null : actorChoices.getOrDefault(key, key);
    }

    /** Moves a recommendation of the series' documentation up (-1) or down (+1); identifiers stay. */
    public void move(String recommendationId, int delta) {
        act(() -> publishing.moveSeriesRecommendation(slug, UUID.fromString(recommendationId), delta), () -> {});
    }

    /** Removes a recommendation of the series' draft documentation; its results stay and are unused again. */
    public void removeRecommendation(String recommendationId) {
        act(() -> publishing.removeSeriesRecommendation(slug, UUID.fromString(recommendationId)), () -> {
            if (recommendationId.equals(editRecId)) {
                cancelRecommendation();
            }
        });
    }

    /** Where a recommendation of the series' documentation stands. */
    public FollowUp.Standing standing(UUID recommendationId) {
        return seriesStandings.get(recommendationId);
    }

    /** The page of a recommendation of the series' documentation: text, versions, comments, follow-up. */
    public String recommendationUrl(UUID recommendationId) {
        return bo.getBase() + "/series/" + slug + "/results/" + recommendationId;
    }

    public void restore(String eventSlug, String resultId) {
        act(() -> results.setAside(eventSlug, UUID.fromString(resultId), null), () -> {});
    }

    private void act(Runnable change, Runnable clear) {
        if (!bo.isEditable()) {
            return;
        }
        try {
            change.run();
            clear.run();
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_INFO, ResultTexts.text(lang.getLocale(), "bo.saved"), null));
        } catch (ResultsRuleException e) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    ResultTexts.text(lang.getLocale(), e.getMessageKey(), e.getPlace()),
                                    null));
        } catch (ResultsNotFoundException | IllegalArgumentException e) {
            EventBackoffice.notFound();
            return;
        }
        if (!read()) {
            EventBackoffice.notFound();
        }
    }

    /** The results of the whole series neither used by a recommendation nor set aside. */
    public int getOpenCount() {
        return eventResults.stream().mapToInt(r -> open(r).size()).sum();
    }

    public int getResultCount() {
        return eventResults.stream()
                .mapToInt(r -> r.documentation().results().size())
                .sum();
    }

    public int getRecommendationCount() {
        return eventResults.stream()
                        .mapToInt(r -> r.documentation().recommendations().size())
                        .sum()
                + (seriesDocumentation == null
                        ? 0
                        : seriesDocumentation.recommendations().size());
    }

    /** How many recommendations of the series are in each state, in the states' order; states without any left out. */
    public List<StateCount> getByState() {
        List<StateCount> counts = new ArrayList<>();
        for (RecommendationState s : RecommendationState.values()) {
            long n = eventResults.stream()
                    .flatMap(r -> r.standings().stream())
                    .filter(st -> st.state() == s)
                    .count();
            if (n > 0) {
                counts.add(new StateCount(s, n));
            }
        }
        return counts;
    }

    /** How many recommendations of the series are in a state. */
    public record StateCount(RecommendationState state, long count) implements Serializable {}

    /** Every keyword used anywhere in the series, with every place, alphabetically. */
    public List<SeriesKeyword> getKeywords() {
        Map<String, List<String>> places = new java.util.TreeMap<>(java.text.Collator.getInstance(Locale.GERMAN));
        for (EventResults r : eventResults) {
            String title = bo.text(r.event().title());
            for (Documentation.IndexEntry entry : r.documentation().index()) {
                List<String> list =
                        places.computeIfAbsent(entry.keyword().label(lang.getLocale()), k -> new ArrayList<>());
                entry.places().forEach(p -> list.add(title + ": " + p.label()));
            }
        }
        return places.entrySet().stream()
                .map(e -> new SeriesKeyword(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    public String eventResultsUrl(String eventSlug) {
        return bo.getBase() + "/events/" + eventSlug + "/results";
    }

    /** The anchor of a result on this page: event slug and result id, unique across the series. */
    public String anchor(String eventSlug, Documentation.ResultView r) {
        return eventSlug + "-" + r.anchor();
    }

    public String getSlug() {
        return slug;
    }

    public SeriesService.SeriesEntry getEntry() {
        return entry;
    }

    public List<EventResults> getEventResults() {
        return eventResults;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public PublishedDocumentation getSeriesDocumentation() {
        return seriesDocumentation;
    }

    public List<Documentation.KeywordView> getKeywordChoices() {
        return keywords;
    }

    public String getRecTitle() {
        return recTitle;
    }

    public void setRecTitle(String v) {
        recTitle = v;
    }

    public String getRecTitleEn() {
        return recTitleEn;
    }

    public void setRecTitleEn(String v) {
        recTitleEn = v;
    }

    public String getRecText() {
        return recText;
    }

    public void setRecText(String v) {
        recText = v;
    }

    public String getRecTextEn() {
        return recTextEn;
    }

    public void setRecTextEn(String v) {
        recTextEn = v;
    }

    public List<String> getRecResults() {
        return recResults;
    }

    public void setRecResults(List<String> v) {
        recResults = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    public List<String> getRecKeywords() {
        return recKeywords;
    }

    public void setRecKeywords(List<String> v) {
        recKeywords = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    public ReferenceKind getRefKind() {
        return refKind;
    }

    public void setRefKind(ReferenceKind v) {
        refKind = v == null ? ReferenceKind.SEE : v;
    }

    public String getRefTarget() {
        return refTarget;
    }

    public void setRefTarget(String v) {
        refTarget = v;
    }

    public String seriesDocumentationUrl() {
        return bo.getBase() + "/series/" + slug + "/documentation";
    }
}
