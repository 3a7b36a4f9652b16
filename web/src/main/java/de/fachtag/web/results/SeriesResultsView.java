package de.fachtag.web.results;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.fachtag.event.EventService;
import de.fachtag.event.EventSummary;
import de.fachtag.results.Documentation;
import de.fachtag.results.FollowUp;
import de.fachtag.results.FollowUpService;
import de.fachtag.results.RecommendationState;
import de.fachtag.results.ResultsNotFoundException;
import de.fachtag.results.ResultsRuleException;
import de.fachtag.results.ResultsService;
import de.fachtag.tenant.SeriesService;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.organizer.EventBackoffice;

/**
 * {@code /organizer/{tenant}/series/{series}/results}: the results of every event of a series
 * on one page (the four regional conferences of seed 002): per event its workshops and results
 * with both directions of provenance, one drafting check over the whole series (set aside with a
 * reason or brought back right here), the keywords used across the series with every place, and
 * the recommendations of all events by follow-up state. A series the tenant does not have
 * answers 404.
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

    @Inject
    EventBackoffice bo;

    @Inject
    LocaleSelection lang;

    private String slug;
    private SeriesService.SeriesEntry entry;
    private List<EventResults> eventResults = List.of();
    private final Map<String, String> reasons = new java.util.HashMap<>();

    /** One event of the series with its documentation (published or not) and the follow-up of its recommendations. */
    public record EventResults(EventSummary event, Documentation documentation, List<FollowUp.Standing> standings)
            implements Serializable {
    }

    /** A keyword with every place of the series it is used at: "event title: A.2". */
    public record SeriesKeyword(String label, List<String> places) implements Serializable {
    }

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        slug = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("series");
        if (!read()) {
            EventBackoffice.notFound();
        }
    }

    private boolean read() {
        entry = slug == null ? null : series.list().stream().filter(s -> s.slug().equals(slug)).findFirst().orElse(null);
        if (entry == null) {
            return false;
        }
        List<EventResults> list = new ArrayList<>();
        for (EventSummary e : events.all().stream().filter(e -> slug.equals(e.seriesSlug()))
                .sorted(Comparator.comparing(EventSummary::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(EventSummary::slug)).toList()) {
            try {
                list.add(new EventResults(e, results.documentation(e.slug()), followUp.standings(e.slug())));
            } catch (ResultsNotFoundException ex) {
                // an event removed meanwhile: not part of the page
            }
        }
        eventResults = List.copyOf(list);
        return true;
    }

    public void setAside(String eventSlug, String resultId) {
        act(() -> results.setAside(eventSlug, UUID.fromString(resultId), reasons.get(resultId)), () -> reasons.remove(resultId));
    }

    public void restore(String eventSlug, String resultId) {
        act(() -> results.setAside(eventSlug, UUID.fromString(resultId), null), () -> { });
    }

    private void act(Runnable change, Runnable clear) {
        if (!bo.isEditable()) {
            return;
        }
        try {
            change.run();
            clear.run();
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, ResultTexts.text(lang.getLocale(), "bo.saved"), null));
        } catch (ResultsRuleException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    ResultTexts.text(lang.getLocale(), e.getMessageKey(), e.getPlace()), null));
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
        return eventResults.stream().mapToInt(r -> r.documentation().unresolved().size()).sum();
    }

    public int getResultCount() {
        return eventResults.stream().mapToInt(r -> r.documentation().results().size()).sum();
    }

    public int getRecommendationCount() {
        return eventResults.stream().mapToInt(r -> r.documentation().recommendations().size()).sum();
    }

    /** How many recommendations of the series are in each state, in the states' order; states without any left out. */
    public List<StateCount> getByState() {
        List<StateCount> counts = new ArrayList<>();
        for (RecommendationState s : RecommendationState.values()) {
            long n = eventResults.stream().flatMap(r -> r.standings().stream()).filter(st -> st.state() == s).count();
            if (n > 0) {
                counts.add(new StateCount(s, n));
            }
        }
        return counts;
    }

    /** How many recommendations of the series are in a state. */
    public record StateCount(RecommendationState state, long count) implements Serializable {
    }

    /** Every keyword used anywhere in the series, with every place, alphabetically. */
    public List<SeriesKeyword> getKeywords() {
        Map<String, List<String>> places = new java.util.TreeMap<>(java.text.Collator.getInstance(Locale.GERMAN));
        for (EventResults r : eventResults) {
            String title = bo.text(r.event().title());
            for (Documentation.IndexEntry entry : r.documentation().index()) {
                List<String> list = places.computeIfAbsent(entry.keyword().label(lang.getLocale()), k -> new ArrayList<>());
                entry.places().forEach(p -> list.add(title + ": " + p.label()));
            }
        }
        return places.entrySet().stream().map(e -> new SeriesKeyword(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    public String eventResultsUrl(String eventSlug) {
        return bo.getBase() + "/events/" + eventSlug + "/results";
    }

    /** The anchor of a result on this page: event slug and result id, unique across the series. */
    public String anchor(String eventSlug, Documentation.ResultView r) {
        return eventSlug + "-" + r.anchor();
    }

    public String getSlug() { return slug; }
    public SeriesService.SeriesEntry getEntry() { return entry; }
    public List<EventResults> getEventResults() { return eventResults; }
    public Map<String, String> getReasons() { return reasons; }
}
