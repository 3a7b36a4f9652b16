package de.fachtag.web.results;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.fachtag.event.EventService;
import de.fachtag.event.EventView;
import de.fachtag.results.Documentation;
import de.fachtag.results.RecommendationInput;
import de.fachtag.results.ReferenceKind;
import de.fachtag.results.ResultInput;
import de.fachtag.results.ResultType;
import de.fachtag.results.ResultsNotFoundException;
import de.fachtag.results.ResultsRuleException;
import de.fachtag.results.ResultsService;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.organizer.EventBackoffice;

/**
 * {@code /organizer/{tenant}/events/{event}/results}: the results of an event per workshop and
 * agenda item (record, set aside with a reason), the tenant's keywords, the recommendations
 * written from selected results (cross-references by identifier, reordering), both directions
 * of provenance, the drafting check and the documentation's publication. A refusal names its
 * place ("HE-2024-SLD-02 → HE-2024-SLD-09"). Another tenant's event answers 404.
 */
@Named("resultsView")
@ViewScoped
public class ResultsBackofficeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ResultsService results;

    @EJB
    EventService events;

    @Inject
    EventBackoffice bo;

    @Inject
    LocaleSelection lang;

    private String slug;
    private EventView event;
    private Documentation documentation;
    private List<Documentation.KeywordView> keywords = List.of();

    // the result form
    private String placeId;
    private ResultType type;
    private String textDe;
    private String textEn;
    private String fieldOfAction;
    private String responsible;
    private List<String> resultKeywords = new ArrayList<>();

    // the keyword form
    private String labelDe;
    private String labelEn;
    private String synonyms;

    // the recommendation form
    private String recTitle;
    private String recText;
    private List<String> recResults = new ArrayList<>();
    private List<String> recKeywords = new ArrayList<>();
    private ReferenceKind refKind = ReferenceKind.SEE;
    private String refTarget;

    // set aside: one reason field per result, filled by id
    private final java.util.Map<String, String> reasons = new java.util.HashMap<>();

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        slug = bo.eventSlug();
        if (!read()) {
            EventBackoffice.notFound();
        }
    }

    private boolean read() {
        if (slug == null) {
            return false;
        }
        event = events.event(slug).orElse(null);
        if (event == null) {
            return false;
        }
        try {
            documentation = results.documentation(slug);
        } catch (ResultsNotFoundException e) {
            return false;
        }
        keywords = results.keywords();
        return true;
    }

    public void addResult() {
        act(() -> results.addResult(slug, new ResultInput(uuid(placeId), type, textDe, textEn, fieldOfAction, responsible,
                uuids(resultKeywords))), () -> {
                    textDe = null;
                    textEn = null;
                    fieldOfAction = null;
                    responsible = null;
                    resultKeywords = new ArrayList<>();
                });
    }

    public void setAside(String resultId) {
        act(() -> results.setAside(slug, UUID.fromString(resultId), reasons.get(resultId)), () -> reasons.remove(resultId));
    }

    public void addKeyword() {
        act(() -> results.addKeyword(labelDe, labelEn, synonyms), () -> {
            labelDe = null;
            labelEn = null;
            synonyms = null;
        });
    }

    public void addRecommendation() {
        List<RecommendationInput.ReferenceInput> refs = refTarget == null || refTarget.isBlank() ? List.of()
                : List.of(new RecommendationInput.ReferenceInput(refKind, refTarget));
        act(() -> results.addRecommendation(slug, new RecommendationInput(recTitle, null, recText, null, uuids(recResults),
                uuids(recKeywords), refs)), () -> {
                    recTitle = null;
                    recText = null;
                    recResults = new ArrayList<>();
                    recKeywords = new ArrayList<>();
                    refTarget = null;
                });
    }

    public void move(String id, int delta) {
        act(() -> results.move(slug, UUID.fromString(id), delta), () -> { });
    }

    public void publish() {
        act(() -> results.publish(slug), () -> { });
    }

    public void withdraw() {
        act(() -> results.withdraw(slug), () -> { });
    }

    private void act(Runnable change, Runnable clear) {
        if (!bo.isEditable()) {
            return;
        }
        try {
            change.run();
            clear.run();
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, text("bo.saved"), null));
        } catch (ResultsRuleException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    text(e.getMessageKey(), e.getPlace()), null));
        } catch (ResultsNotFoundException | IllegalArgumentException e) {
            EventBackoffice.notFound();
            return;
        }
        if (!read()) {
            EventBackoffice.notFound();
        }
    }

    private String text(String key, Object... args) {
        return ResultTexts.text(lang.getLocale(), key, args);
    }

    private static UUID uuid(String id) {
        return id == null || id.isBlank() ? null : UUID.fromString(id);
    }

    private static List<UUID> uuids(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(UUID::fromString).toList();
    }

    public String documentationUrl() {
        return bo.publicUrl(slug) + "/documentation";
    }

    /** The places a result can be recorded at: workshops, then agenda items. */
    public List<Place> getPlaceChoices() {
        List<Place> places = new ArrayList<>();
        event.workshops().forEach(w -> places.add(new Place(w.id().toString(), w.code() + " – " + bo.text(w.title()))));
        event.agenda().forEach(a -> places.add(new Place(a.id().toString(), bo.time(a.start()) + " " + bo.text(a.title()))));
        return places;
    }

    /** A choice of a select: value and label. */
    public record Place(String id, String label) implements Serializable {
    }

    public ResultType[] getTypes() {
        return ResultType.values();
    }

    public ReferenceKind[] getReferenceKinds() {
        return ReferenceKind.values();
    }

    public String getSlug() { return slug; }
    public EventView getEvent() { return event; }
    public Documentation getDocumentation() { return documentation; }
    public List<Documentation.KeywordView> getKeywords() { return keywords; }
    public java.util.Map<String, String> getReasons() { return reasons; }
    public String getPlaceId() { return placeId; }
    public void setPlaceId(String placeId) { this.placeId = placeId; }
    public ResultType getType() { return type; }
    public void setType(ResultType type) { this.type = type; }
    public String getTextDe() { return textDe; }
    public void setTextDe(String textDe) { this.textDe = textDe; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public String getFieldOfAction() { return fieldOfAction; }
    public void setFieldOfAction(String fieldOfAction) { this.fieldOfAction = fieldOfAction; }
    public String getResponsible() { return responsible; }
    public void setResponsible(String responsible) { this.responsible = responsible; }
    public List<String> getResultKeywords() { return resultKeywords; }
    public void setResultKeywords(List<String> resultKeywords) { this.resultKeywords = resultKeywords; }
    public String getLabelDe() { return labelDe; }
    public void setLabelDe(String labelDe) { this.labelDe = labelDe; }
    public String getLabelEn() { return labelEn; }
    public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
    public String getSynonyms() { return synonyms; }
    public void setSynonyms(String synonyms) { this.synonyms = synonyms; }
    public String getRecTitle() { return recTitle; }
    public void setRecTitle(String recTitle) { this.recTitle = recTitle; }
    public String getRecText() { return recText; }
    public void setRecText(String recText) { this.recText = recText; }
    public List<String> getRecResults() { return recResults; }
    public void setRecResults(List<String> recResults) { this.recResults = recResults; }
    public List<String> getRecKeywords() { return recKeywords; }
    public void setRecKeywords(List<String> recKeywords) { this.recKeywords = recKeywords; }
    public ReferenceKind getRefKind() { return refKind; }
    public void setRefKind(ReferenceKind refKind) { this.refKind = refKind; }
    public String getRefTarget() { return refTarget; }
    public void setRefTarget(String refTarget) { this.refTarget = refTarget; }
}
