package de.fachtag.web.results;

import de.fachtag.event.EventService;
import de.fachtag.event.EventView;
import de.fachtag.results.Documentation;
import de.fachtag.results.Drafts;
import de.fachtag.results.FollowUp;
import de.fachtag.results.FollowUpService;
import de.fachtag.results.RecommendationInput;
import de.fachtag.results.ReferenceKind;
import de.fachtag.results.ResultInput;
import de.fachtag.results.ResultType;
import de.fachtag.results.ResultsEditing;
import de.fachtag.results.ResultsNotFoundException;
import de.fachtag.results.ResultsRuleException;
import de.fachtag.results.ResultsService;
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
import java.util.List;
import java.util.UUID;

/**
 * {@code /organizer/{tenant}/events/{event}/results}: the results of an event per workshop and
 * agenda item (record, set aside with a reason), the tenant's keywords, the recommendations
 * written from selected results (cross-references by identifier, reordering), both directions
 * of provenance, the drafting check and the documentation's publication. A refusal names its
 * place ("HE-2024-SLD-02 → HE-2024-SLD-09"). Another tenant's event answers 404.
 *
 * <p>The organizer's further work (h13b): a result is edited in the same form it was recorded
 * in, removed (refused, naming the recommendation, while one uses it), set aside or brought back;
 * pictures are attached to results with a text alternative; a recommendation is edited in its
 * form (each save kept as a version, {@link ResultsEditing}); workshop leads are invited by a
 * personal link ({@link FollowUpService}); the reminder period of the follow-up is set here.
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

    @EJB
    ResultsEditing editing;

    @EJB
    FollowUpService followUp;

    @EJB
    de.fachtag.actors.ActorService actors;

    @EJB
    de.fachtag.results.PublishingService publishing;

    /** The result's responsible actor of the directory, by key (blank: none), and the choice. */
    private String resultActor;

    private java.util.LinkedHashMap<String, String> resultActorChoices;

    @Inject
    StaffSession staff;

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

    // editing: the result or recommendation the forms hold (null: a new one)
    private String editResultId;
    private String editRecId;
    private String recTitleEn;
    private String recTextEn;
    private List<RefRow> recRefs = new ArrayList<>();

    // attachments
    private java.util.Map<UUID, List<Drafts.AttachmentView>> attachments = java.util.Map.of();
    private String attachResultId;
    private transient jakarta.servlet.http.Part attachFile;
    private String attachAltDe;
    private String attachAltEn;

    // workshop leads and the follow-up
    private List<FollowUp.LinkView> links = List.of();
    private java.util.Map<UUID, FollowUp.Standing> standings = java.util.Map.of();
    private String leadWorkshopId;
    private String leadName;
    private String leadEmail;
    private Integer leadDays = FollowUpService.DEFAULT_VALID_DAYS;
    private Integer reminderDays;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        slug = bo.eventSlug();
        if (!read()) {
            EventBackoffice.notFound();
        }
    }

    private java.util.Map<UUID, List<SeriesUse>> usedInSeries = java.util.Map.of();

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
        java.util.Map<UUID, List<SeriesUse>> inSeries = new java.util.HashMap<>();
        if (event.seriesSlug() != null) {
            try {
                for (Documentation.RecommendationView rec :
                        publishing.seriesDocumentation(event.seriesSlug()).recommendations()) {
                    SeriesUse use = new SeriesUse(
                            rec.identifier(), bo.getBase() + "/series/" + event.seriesSlug() + "/results/" + rec.id());
                    rec.sources()
                            .forEach(src -> inSeries.computeIfAbsent(src.id(), x -> new ArrayList<>())
                                    .add(use));
                }
            } catch (ResultsNotFoundException e) {
                // the series went away meanwhile: no series recommendations to list
            }
        }
        usedInSeries = inSeries;
        keywords = results.keywords();
        attachments = editing.attachments(slug);
        links = followUp.links(slug);
        java.util.Map<UUID, FollowUp.Standing> byId = new java.util.HashMap<>();
        followUp.standings(slug).forEach(st -> byId.put(st.recommendationId(), st));
        standings = byId;
        if (reminderDays == null) {
            reminderDays = followUp.reminderDays(slug);
        }
        if (recRefs.isEmpty()) {
            recRefs.add(new RefRow());
        }
        return true;
    }

    /** Saves the result form: a new result, or the one being edited. */
    public void addResult() {
        ResultInput input =
                new ResultInput(uuid(placeId), type, textDe, textEn, fieldOfAction, responsible, uuids(resultKeywords));
        UUID target = uuid(editResultId);
        act(
                () -> {
                    if (target == null) {
                        results.addResult(slug, input, resultActor);
                    } else {
                        results.changeResult(slug, target, input, resultActor);
                    }
                },
                () -> {
                    editResultId = null;
                    textDe = null;
                    textEn = null;
                    fieldOfAction = null;
                    responsible = null;
                    resultActor = null;
                    resultKeywords = new ArrayList<>();
                });
    }

    /** Puts a result into the form for editing. */
    public void editResult(String resultId) {
        Documentation.ResultView r = documentation.results().stream()
                .filter(x -> x.id().toString().equals(resultId))
                .findFirst()
                .orElse(null);
        if (r == null) {
            EventBackoffice.notFound();
            return;
        }
        editResultId = resultId;
        placeId = r.placeId().toString();
        type = r.type();
        textDe = r.textDe();
        textEn = r.textEn();
        fieldOfAction = r.fieldOfAction();
        responsible = r.responsibleActor();
        resultActor = results.resultActors(List.of(r.id())).get(r.id());
        resultKeywords = new ArrayList<>(
                r.keywords().stream().map(k -> k.id().toString()).toList());
    }

    public void cancelResult() {
        editResultId = null;
        textDe = null;
        textEn = null;
        fieldOfAction = null;
        responsible = null;
        resultActor = null;
        resultKeywords = new ArrayList<>();
    }

    /** Removes a result; refused, naming the recommendations, while any uses it. */
    public void removeResult(String resultId) {
        act(() -> results.removeResult(slug, UUID.fromString(resultId)), () -> {
            if (resultId.equals(editResultId)) {
                cancelResult();
            }
        });
    }

    /** Brings a result set aside back into the pool. */
    public void restore(String resultId) {
        act(() -> results.setAside(slug, UUID.fromString(resultId), null), () -> {});
    }

    public void setAside(String resultId) {
        act(
                () -> results.setAside(slug, UUID.fromString(resultId), reasons.get(resultId)),
                () -> reasons.remove(resultId));
    }

    public void addKeyword() {
        act(() -> results.addKeyword(labelDe, labelEn, synonyms), () -> {
            labelDe = null;
            labelEn = null;
            synonyms = null;
        });
    }

    /** Saves the recommendation form: a new recommendation, or the one being edited (a new version when its text changed). */
    public void addRecommendation() {
        List<RecommendationInput.ReferenceInput> refs = new ArrayList<>();
        for (RefRow row : recRefs) {
            if (row.getTarget() != null && !row.getTarget().isBlank()) {
                refs.add(new RecommendationInput.ReferenceInput(row.getKind(), row.getTarget()));
            }
        }
        if (refTarget != null && !refTarget.isBlank()) {
            refs.add(new RecommendationInput.ReferenceInput(refKind, refTarget));
        }
        RecommendationInput input = new RecommendationInput(
                recTitle, recTitleEn, recText, recTextEn, uuids(recResults), uuids(recKeywords), refs);
        UUID target = uuid(editRecId);
        act(() -> editing.saveRecommendation(slug, target, input, who()), this::cancelRecommendation);
    }

    /** Puts a recommendation into the form for editing: texts, sources, keywords, cross-references. */
    public void editRecommendation(String id) {
        Documentation.RecommendationView r = documentation.recommendations().stream()
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
        r.references().forEach(ref -> recRefs.add(new RefRow(ref.kind(), ref.targetIdentifier())));
        recRefs.add(new RefRow());
        refTarget = null;
    }

    public void cancelRecommendation() {
        editRecId = null;
        recTitle = null;
        recTitleEn = null;
        recText = null;
        recTextEn = null;
        recResults = new ArrayList<>();
        recKeywords = new ArrayList<>();
        recRefs = new ArrayList<>(List.of(new RefRow()));
        refTarget = null;
    }

    public void removeRecommendation(String id) {
        act(() -> results.removeRecommendation(slug, UUID.fromString(id)), () -> {
            if (id.equals(editRecId)) {
                cancelRecommendation();
            }
        });
    }

    // --- attachments ---------------------------------------------------------------------------

    /** Attaches the chosen picture to the chosen result; size, type and a missing text alternative are refused with a message. */
    public void attach() {
        if (!bo.isEditable()) {
            return;
        }
        byte[] content;
        String name;
        String contentType;
        if (attachFile == null || attachFile.getSize() == 0) {
            error("results.attachment.fileMissing", "");
            return;
        }
        name = attachFile.getSubmittedFileName();
        if (attachFile.getSize() > ResultsEditing.MAX_ATTACHMENT_BYTES) {
            error("results.attachment.size", name);
            return;
        }
        try (java.io.InputStream in = attachFile.getInputStream()) {
            content = in.readNBytes(ResultsEditing.MAX_ATTACHMENT_BYTES + 1);
            contentType = attachFile.getContentType();
        } catch (java.io.IOException e) {
            error("results.attachment.unreadable", name);
            return;
        }
        UUID result = uuid(attachResultId);
        if (result == null) {
            error("results.attachment.resultMissing", name);
            return;
        }
        act(() -> editing.attach(slug, result, name, contentType, content, attachAltDe, attachAltEn), () -> {
            attachAltDe = null;
            attachAltEn = null;
            attachFile = null;
        });
    }

    public void removeAttachment(String id) {
        act(() -> editing.removeAttachment(slug, UUID.fromString(id)), () -> {});
    }

    public List<Drafts.AttachmentView> attachmentsOf(UUID resultId) {
        return attachments.getOrDefault(resultId, List.of());
    }

    public String attachmentUrl(UUID attachmentId) {
        return bo.getBase() + "/events/" + slug + "/results/attachments/" + attachmentId;
    }

    // --- workshop leads and the follow-up ------------------------------------------------------

    /** Invites a workshop's lead by a personal link to enter its results. */
    public void inviteLead() {
        UUID workshop = uuid(leadWorkshopId);
        act(() -> followUp.inviteWorkshopLead(slug, workshop, leadName, leadEmail, leadDays, who()), () -> {
            leadName = null;
            leadEmail = null;
        });
    }

    public void revokeLink(String id) {
        act(() -> followUp.revoke(slug, UUID.fromString(id)), () -> {});
    }

    public void saveReminderDays() {
        act(() -> followUp.remindAfter(slug, reminderDays), () -> {});
    }

    /** A recommendation of the series' documentation a result went into: its identifier and its page. */
    public record SeriesUse(String identifier, String url) implements Serializable {}

    /** The recommendations of the series' documentation written from this result (the series of the event). */
    public List<SeriesUse> usedInSeries(Documentation.ResultView r) {
        return usedInSeries.getOrDefault(r.id(), List.of());
    }

    /**
     * The drafting check: the results still open, used neither by a recommendation of the event nor
     * by one of its series, nor set aside (as the series results page counts them).
     */
    public List<Documentation.ResultView> getOpenResults() {
        return documentation.unresolved().stream()
                .filter(r -> !usedInSeries.containsKey(r.id()))
                .toList();
    }

    public FollowUp.Standing standing(UUID recommendationId) {
        return standings.get(recommendationId);
    }

    public String recommendationUrl(UUID id) {
        return bo.getBase() + "/events/" + slug + "/results/" + id;
    }

    public String instant(java.time.Instant at) {
        return ResultTexts.instant(lang.getLocale(), at);
    }

    private String who() {
        String name = staff.getDisplayName();
        String email = staff.getEmail();
        return name == null || name.isBlank() ? email : email == null ? name : name + " (" + email + ")";
    }

    private void error(String key, String place) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, place), null));
    }

    /** One cross-reference row of the recommendation form. */
    public static class RefRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private ReferenceKind kind = ReferenceKind.SEE;
        private String target;

        public RefRow() {}

        RefRow(ReferenceKind kind, String target) {
            this.kind = kind;
            this.target = target;
        }

        public ReferenceKind getKind() {
            return kind;
        }

        public void setKind(ReferenceKind kind) {
            this.kind = kind;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }
    }

    public void move(String id, int delta) {
        act(() -> results.move(slug, UUID.fromString(id), delta), () -> {});
    }

    public void publish() {
        act(() -> results.publish(slug), () -> {});
    }

    public void withdraw() {
        act(() -> results.withdraw(slug), () -> {});
    }

    private void act(Runnable change, Runnable clear) {
        if (!bo.isEditable()) {
            return;
        }
        try {
            change.run();
            clear.run();
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text("bo.saved"), null));
        } catch (ResultsRuleException e) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, text(e.getMessageKey(), e.getPlace()), null));
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
        event.agenda()
                .forEach(a -> places.add(new Place(a.id().toString(), bo.time(a.start()) + " " + bo.text(a.title()))));
        return places;
    }

    /** A choice of a select: value and label. */
    public record Place(String id, String label) implements Serializable {}

    public ResultType[] getTypes() {
        return ResultType.values();
    }

    public ReferenceKind[] getReferenceKinds() {
        return ReferenceKind.values();
    }

    public String getSlug() {
        return slug;
    }

    public EventView getEvent() {
        return event;
    }

    public Documentation getDocumentation() {
        return documentation;
    }

    public List<Documentation.KeywordView> getKeywords() {
        return keywords;
    }

    public java.util.Map<String, String> getReasons() {
        return reasons;
    }

    public String getPlaceId() {
        return placeId;
    }

    public void setPlaceId(String placeId) {
        this.placeId = placeId;
    }

    public ResultType getType() {
        return type;
    }

    public void setType(ResultType type) {
        this.type = type;
    }

    public String getTextDe() {
        return textDe;
    }

    public void setTextDe(String textDe) {
        this.textDe = textDe;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getFieldOfAction() {
        return fieldOfAction;
    }

    public void setFieldOfAction(String fieldOfAction) {
        this.fieldOfAction = fieldOfAction;
    }

    public String getResponsible() {
        return responsible;
    }

    public String getResultActor() {
        return resultActor;
    }

    public void setResultActor(String resultActor) {
        this.resultActor = resultActor;
    }

    /** The actors of the directory a result may name, key to name (directory order). */
    public java.util.Map<String, String> getResultActorChoices() {
        if (resultActorChoices == null) {
            resultActorChoices = new java.util.LinkedHashMap<>(actors.linkable());
        }
        return resultActorChoices;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    public List<String> getResultKeywords() {
        return resultKeywords;
    }

    public void setResultKeywords(List<String> resultKeywords) {
        this.resultKeywords = resultKeywords;
    }

    public String getLabelDe() {
        return labelDe;
    }

    public void setLabelDe(String labelDe) {
        this.labelDe = labelDe;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getSynonyms() {
        return synonyms;
    }

    public void setSynonyms(String synonyms) {
        this.synonyms = synonyms;
    }

    public String getRecTitle() {
        return recTitle;
    }

    public void setRecTitle(String recTitle) {
        this.recTitle = recTitle;
    }

    public String getRecText() {
        return recText;
    }

    public void setRecText(String recText) {
        this.recText = recText;
    }

    public List<String> getRecResults() {
        return recResults;
    }

    public void setRecResults(List<String> recResults) {
        this.recResults = recResults;
    }

    public List<String> getRecKeywords() {
        return recKeywords;
    }

    public void setRecKeywords(List<String> recKeywords) {
        this.recKeywords = recKeywords;
    }

    public ReferenceKind getRefKind() {
        return refKind;
    }

    public void setRefKind(ReferenceKind refKind) {
        this.refKind = refKind;
    }

    public String getRefTarget() {
        return refTarget;
    }

    public void setRefTarget(String refTarget) {
        this.refTarget = refTarget;
    }

    public String getEditResultId() {
        return editResultId;
    }

    public void setEditResultId(String editResultId) {
        this.editResultId = editResultId;
    }

    public String getEditRecId() {
        return editRecId;
    }

    public void setEditRecId(String editRecId) {
        this.editRecId = editRecId;
    }

    public String getRecTitleEn() {
        return recTitleEn;
    }

    public void setRecTitleEn(String recTitleEn) {
        this.recTitleEn = recTitleEn;
    }

    public String getRecTextEn() {
        return recTextEn;
    }

    public void setRecTextEn(String recTextEn) {
        this.recTextEn = recTextEn;
    }

    public List<RefRow> getRecRefs() {
        return recRefs;
    }

    public String getAttachResultId() {
        return attachResultId;
    }

    public void setAttachResultId(String attachResultId) {
        this.attachResultId = attachResultId;
    }

    public jakarta.servlet.http.Part getAttachFile() {
        return attachFile;
    }

    public void setAttachFile(jakarta.servlet.http.Part attachFile) {
        this.attachFile = attachFile;
    }

    public String getAttachAltDe() {
        return attachAltDe;
    }

    public void setAttachAltDe(String attachAltDe) {
        this.attachAltDe = attachAltDe;
    }

    public String getAttachAltEn() {
        return attachAltEn;
    }

    public void setAttachAltEn(String attachAltEn) {
        this.attachAltEn = attachAltEn;
    }

    public List<FollowUp.LinkView> getLinks() {
        return links;
    }

    public String getLeadWorkshopId() {
        return leadWorkshopId;
    }

    public void setLeadWorkshopId(String leadWorkshopId) {
        this.leadWorkshopId = leadWorkshopId;
    }

    public String getLeadName() {
        return leadName;
    }

    public void setLeadName(String leadName) {
        this.leadName = leadName;
    }

    public String getLeadEmail() {
        return leadEmail;
    }

    public void setLeadEmail(String leadEmail) {
        this.leadEmail = leadEmail;
    }

    public Integer getLeadDays() {
        return leadDays;
    }

    public void setLeadDays(Integer leadDays) {
        this.leadDays = leadDays;
    }

    public Integer getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(Integer reminderDays) {
        this.reminderDays = reminderDays;
    }
}
