package de.fachtag.web.results;

import de.fachtag.event.EventService;
import de.fachtag.event.EventView;
import de.fachtag.results.Documentation;
import de.fachtag.results.Drafts;
import de.fachtag.results.FollowUp;
import de.fachtag.results.FollowUpService;
import de.fachtag.results.RecommendationState;
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
 * {@code /organizer/{tenant}/events/{event}/results/{id}} and
 * {@code /organizer/{tenant}/series/{series}/results/{id}} (a recommendation of a series'
 * documentation, the same work): one recommendation's text, drafts and
 * follow-up. The change log lists every saved version with who saved it and when; two versions
 * are compared paragraph by paragraph ({@link DraftDiff}); staff comment on a paragraph of a
 * version; the follow-up sets the state (adopted with a link, rejected with a reason), names the
 * responsible person (who gets a personal link by mail) and shows the history. An id that is not
 * a recommendation of this event (or series) of this tenant answers 404. The text is changed
 * here too (title and text, German and English; its results, keywords and cross-references stay).
 */
@Named("recommendationView")
@ViewScoped
public class RecommendationBackofficeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ResultsService results;

    @EJB
    ResultsEditing editing;

    @EJB
    FollowUpService followUp;

    @EJB
    EventService events;

    @EJB
    de.fachtag.actors.ActorService actors;

    @EJB
    de.fachtag.results.PublishingService publishing;

    @EJB
    de.fachtag.tenant.SeriesService seriesService;

    @Inject
    EventBackoffice bo;

    @Inject
    LocaleSelection lang;

    @Inject
    StaffSession staff;

    private String slug;
    /** A recommendation of the series' documentation: {@code slug} is then the series' slug. */
    private boolean series;

    private de.fachtag.tenant.SeriesService.SeriesEntry seriesEntry;
    private List<FollowUp.LinkView> links = List.of();
    private UUID id;
    private EventView event;
    private Documentation.RecommendationView recommendation;
    private List<Drafts.VersionView> versions = List.of();
    private List<Drafts.CommentView> comments = List.of();
    private FollowUp.Standing standing;

    // the comparison
    private Integer from;
    private Integer to;

    // a comment
    private Integer commentVersion;
    private Integer commentParagraph;
    private String commentText;

    // the follow-up
    private RecommendationState state;
    private String conceptLink;
    private String reason;
    private String responsibleName;
    private String responsibleEmail;
    private Integer validDays = FollowUpService.DEFAULT_VALID_DAYS;
    private String actorKey;
    private java.util.LinkedHashMap<String, String> actorChoices = new java.util.LinkedHashMap<>();

    // the text
    private String titleDe;
    private String titleEn;
    private String textDe;
    private String textEn;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        java.util.Map<String, String> params =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String seriesSlug = params.get("series");
        series = seriesSlug != null;
        slug = series ? seriesSlug : bo.eventSlug();
        String raw = params.get("id");
        try {
            id = raw == null ? null : UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            id = null;
        }
        if (!read()) {
            EventBackoffice.notFound();
            return;
        }
        int last = versions.get(versions.size() - 1).version();
        to = last;
        from = Math.max(1, last - 1);
        commentVersion = last;
        state = standing.state();
        responsibleName = standing.responsibleName();
        responsibleEmail = standing.responsibleEmail();
        actorKey = standing.responsibleActorKey();
        fillText();
    }

    private void fillText() {
        titleDe = recommendation.titleDe();
        titleEn = recommendation.titleEn();
        textDe = recommendation.textDe();
        textEn = recommendation.textEn();
    }

    private boolean read() {
        if (slug == null || id == null) {
            return false;
        }
        if (series) {
            return readOfSeries();
        }
        event = events.event(slug).orElse(null);
        if (event == null) {
            return false;
        }
        try {
            recommendation = results.documentation(slug).recommendations().stream()
                    .filter(r -> r.id().equals(id))
                    .findFirst()
                    .orElse(null);
            if (recommendation == null) {
                return false;
            }
            versions = editing.versions(slug, id);
            comments = editing.comments(slug, id);
            standing = followUp.standing(slug, id);
            actorChoices = new java.util.LinkedHashMap<>(actors.linkable());
        } catch (ResultsNotFoundException e) {
            return false;
        }
        return true;
    }

    private boolean readOfSeries() {
        seriesEntry = seriesService.list().stream()
                .filter(s -> s.slug().equals(slug))
                .findFirst()
                .orElse(null);
        if (seriesEntry == null) {
            return false;
        }
        try {
            recommendation = publishing.seriesDocumentation(slug).recommendations().stream()
                    .filter(r -> r.id().equals(id))
                    .findFirst()
                    .orElse(null);
            if (recommendation == null) {
                return false;
            }
            versions = editing.seriesVersions(slug, id);
            comments = editing.seriesComments(slug, id);
            standing = followUp.seriesStanding(slug, id);
            String identifier = recommendation.identifier();
            links = followUp.seriesLinks(slug).stream()
                    .filter(l -> identifier.equals(l.target()))
                    .toList();
            actorChoices = new java.util.LinkedHashMap<>(actors.linkable());
        } catch (ResultsNotFoundException e) {
            return false;
        }
        return true;
    }

    /** Saves title and text (a new version when they changed); results, keywords and cross-references stay. */
    public void saveText() {
        de.fachtag.results.RecommendationInput input = new de.fachtag.results.RecommendationInput(
                titleDe,
                titleEn,
                textDe,
                textEn,
                recommendation.sources().stream()
                        .map(Documentation.ResultView::id)
                        .toList(),
                recommendation.keywords().stream()
                        .map(Documentation.KeywordView::id)
                        .toList(),
                recommendation.references().stream()
                        .map(r -> new de.fachtag.results.RecommendationInput.ReferenceInput(
                                r.kind(), r.targetIdentifier()))
                        .toList());
        act(
                () -> {
                    if (series) {
                        editing.saveSeriesRecommendation(slug, id, input, who());
                    } else {
                        editing.saveRecommendation(slug, id, input, who());
                    }
                },
                () -> {});
        if (recommendation != null && !versions.isEmpty()) {
            // a new version is compared with the one before, and comments go to it
            int last = versions.get(versions.size() - 1).version();
            to = last;
            from = Math.max(1, last - 1);
            commentVersion = last;
        }
    }

    /** Closes a personal link of this recommendation at once. */
    public void revokeLink(String accessId) {
        act(() -> followUp.revokeSeries(slug, UUID.fromString(accessId)), () -> {});
    }

    public void comment() {
        int version = commentVersion == null ? 0 : commentVersion;
        int paragraph = commentParagraph == null ? -1 : commentParagraph;
        act(
                () -> {
                    if (series) {
                        editing.commentSeries(slug, id, version, paragraph, commentText, who());
                    } else {
                        editing.comment(slug, id, version, paragraph, commentText, who());
                    }
                },
                () -> commentText = null);
    }

    public void removeComment(String commentId) {
        act(
                () -> {
                    if (series) {
                        editing.removeSeriesComment(slug, UUID.fromString(commentId));
                    } else {
                        editing.removeComment(slug, UUID.fromString(commentId));
                    }
                },
                () -> {});
    }

    public void changeState() {
        act(
                () -> {
                    if (series) {
                        followUp.changeSeriesState(slug, id, state, conceptLink, reason, who());
                    } else {
                        followUp.changeState(slug, id, state, conceptLink, reason, who());
                    }
                },
                () -> {
                    conceptLink = null;
                    reason = null;
                });
    }

    public void assign() {
        act(
                () -> {
                    if (series) {
                        followUp.assignSeries(slug, id, responsibleName, responsibleEmail, validDays, who());
                    } else {
                        followUp.assign(slug, id, responsibleName, responsibleEmail, validDays, who());
                    }
                },
                () -> {});
    }

    /** Names the responsible actor from the directory (or none). */
    public void assignActor() {
        act(
                () -> {
                    if (series) {
                        followUp.assignSeriesActor(slug, id, actorKey);
                    } else {
                        followUp.assignActor(slug, id, actorKey);
                    }
                },
                () -> {});
    }

    /** The actors that may be chosen: key to name, in directory order. */
    public java.util.Map<String, String> getActorChoices() {
        return actorChoices;
    }

    /** The chosen actor's name, or null; shown beside the choice. */
    public String getActorName() {
        return standing == null || standing.responsibleActorKey() == null
                ? null
                : actorChoices.getOrDefault(standing.responsibleActorKey(), standing.responsibleActorKey());
    }

    public String getActorKey() {
        return actorKey;
    }

    public void setActorKey(String actorKey) {
        this.actorKey = actorKey;
    }

    /** Shows the chosen comparison (nothing to change: the page renders it). */
    public void compare() {
        // the two versions are bound by the form; the rows are computed when the page renders
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

    // --- what the page shows -------------------------------------------------------------------

    private Drafts.VersionView version(Integer n) {
        return versions.stream()
                .filter(v -> n != null && v.version() == n)
                .findFirst()
                .orElse(versions.get(versions.size() - 1));
    }

    public Drafts.VersionView getCurrent() {
        return versions.get(versions.size() - 1);
    }

    public List<DraftDiff.Row> getDiff() {
        return DraftDiff.of(version(from).textDe(), version(to).textDe());
    }

    public DraftDiff.Row getTitleDiff() {
        return DraftDiff.line(version(from).titleDe(), version(to).titleDe());
    }

    public boolean isSameVersion() {
        return version(from).version() == version(to).version();
    }

    /** The paragraphs of a version with their comments, for the commented reading. */
    public List<Paragraph> paragraphs(int version) {
        List<String> texts = Drafts.paragraphs(version(version).textDe());
        List<Paragraph> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            int n = i;
            out.add(new Paragraph(
                    i,
                    texts.get(i),
                    comments.stream()
                            .filter(c -> c.version() == version && c.paragraph() == n)
                            .toList()));
        }
        return out;
    }

    public List<Paragraph> getCurrentParagraphs() {
        return paragraphs(getCurrent().version());
    }

    /** Comments on versions before the current one, listed with their version and paragraph. */
    public List<Drafts.CommentView> getEarlierComments() {
        int current = getCurrent().version();
        return comments.stream().filter(c -> c.version() != current).toList();
    }

    /** A paragraph (0-based index) with its comments. */
    public record Paragraph(int index, String text, List<Drafts.CommentView> comments) implements Serializable {
        public int number() {
            return index + 1;
        }
    }

    public RecommendationState[] getStates() {
        return RecommendationState.values();
    }

    /** A text of the bundle with one number in it ("Fassung 2"), for attributes where h:outputFormat cannot go. */
    public String label(String key, Object number) {
        return text(key, String.valueOf(number));
    }

    public String instant(java.time.Instant at) {
        return ResultTexts.instant(lang.getLocale(), at);
    }

    private String text(String key, Object... args) {
        return ResultTexts.text(lang.getLocale(), key, args);
    }

    private String who() {
        String name = staff.getDisplayName();
        String email = staff.getEmail();
        return name == null || name.isBlank() ? email : email == null ? name : name + " (" + email + ")";
    }

    public String getBackUrl() {
        return bo.getBase() + (series ? "/series/" : "/events/") + slug + "/results";
    }

    public boolean isSeries() {
        return series;
    }

    public de.fachtag.tenant.SeriesService.SeriesEntry getSeriesEntry() {
        return seriesEntry;
    }

    /** The personal links of this recommendation of a series, newest first. */
    public List<FollowUp.LinkView> getLinks() {
        return links;
    }

    public String getTitleDe() {
        return titleDe;
    }

    public void setTitleDe(String titleDe) {
        this.titleDe = titleDe;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
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

    public String getSlug() {
        return slug;
    }

    public EventView getEvent() {
        return event;
    }

    public Documentation.RecommendationView getRecommendation() {
        return recommendation;
    }

    public List<Drafts.VersionView> getVersions() {
        return versions;
    }

    public List<Drafts.CommentView> getComments() {
        return comments;
    }

    public FollowUp.Standing getStanding() {
        return standing;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public Integer getCommentVersion() {
        return commentVersion;
    }

    public void setCommentVersion(Integer commentVersion) {
        this.commentVersion = commentVersion;
    }

    public Integer getCommentParagraph() {
        return commentParagraph;
    }

    public void setCommentParagraph(Integer commentParagraph) {
        this.commentParagraph = commentParagraph;
    }

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
    }

    public RecommendationState getState() {
        return state;
    }

    public void setState(RecommendationState state) {
        this.state = state;
    }

    public String getConceptLink() {
        return conceptLink;
    }

    public void setConceptLink(String conceptLink) {
        this.conceptLink = conceptLink;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getResponsibleName() {
        return responsibleName;
    }

    public void setResponsibleName(String responsibleName) {
        this.responsibleName = responsibleName;
    }

    public String getResponsibleEmail() {
        return responsibleEmail;
    }

    public void setResponsibleEmail(String responsibleEmail) {
        this.responsibleEmail = responsibleEmail;
    }

    public Integer getValidDays() {
        return validDays;
    }

    public void setValidDays(Integer validDays) {
        this.validDays = validDays;
    }
}
