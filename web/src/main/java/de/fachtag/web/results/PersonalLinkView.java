package de.fachtag.web.results;

import de.fachtag.results.AccessPurpose;
import de.fachtag.results.FollowUp;
import de.fachtag.results.FollowUpService;
import de.fachtag.results.LinkClosedException;
import de.fachtag.results.RecommendationState;
import de.fachtag.results.ResultType;
import de.fachtag.results.ResultsNotFoundException;
import de.fachtag.results.ResultsRuleException;
import de.fachtag.tenant.LocalizedString;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.routing.TenantRoutingFilter;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;

/**
 * The pages behind a personal link of results, for people without a staff account:
 * {@code /t/{tenant}/follow-up/{token}} (the responsible person sets or confirms a
 * recommendation's state) and {@code /t/{tenant}/workshop-results/{token}} (a workshop's lead
 * enters, edits and removes the results of that workshop only, and picks keywords from the
 * tenant's controlled vocabulary for them as staff can). A token the tenant does not
 * know, another tenant's included, answers 404; an expired or revoked link answers 410 with a
 * page that says so and offers nothing. The routing filter keeps these pages out of caches and
 * Referers.
 */
@Named("personalLink")
@ViewScoped
public class PersonalLinkView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    FollowUpService followUp;

    @Inject
    LocaleSelection lang;

    @Inject
    HttpServletRequest request;

    private String token;
    private FollowUp.Opened opened;

    // the follow-up form
    private RecommendationState state;
    private String conceptLink;
    private String reason;

    // the result form of a workshop lead
    private String editResultId;
    private ResultType type;
    private String textDe;
    private String textEn;
    private java.util.List<String> keywordIds = new java.util.ArrayList<>();
    private java.util.List<de.fachtag.results.Documentation.KeywordView> vocabulary = java.util.List.of();

    /** {@code f:viewAction} of the follow-up page. */
    public void loadFollowUp() throws IOException {
        load(AccessPurpose.FOLLOW_UP);
    }

    /** {@code f:viewAction} of the workshop lead's page. */
    public void loadWorkshop() throws IOException {
        load(AccessPurpose.WORKSHOP_LEAD);
    }

    private void load(AccessPurpose purpose) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Object t = request.getAttribute(TenantRoutingFilter.TOKEN);
        token = t == null ? null : t.toString();
        opened = token == null
                ? null
                : followUp.open(token).filter(o -> o.purpose() == purpose).orElse(null);
        if (opened == null) {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        if (!opened.open()) {
            // 410 Gone: the page renders and says that the link expired
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_GONE);
            return;
        }
        if (opened.standing() != null) {
            state = opened.standing().state();
        }
        readVocabulary();
    }

    private void readVocabulary() {
        vocabulary = opened != null && opened.open() && opened.purpose() == AccessPurpose.WORKSHOP_LEAD
                ? followUp.keywordsByLink(token)
                : java.util.List.of();
    }

    public void changeState() {
        act(() -> followUp.changeStateByLink(token, state, conceptLink, reason), "link.followUp.saved", () -> {
            conceptLink = null;
            reason = null;
        });
    }

    public void saveResult() {
        UUID target = editResultId == null || editResultId.isBlank() ? null : UUID.fromString(editResultId);
        act(
                () -> {
                    java.util.List<UUID> keywords =
                            keywordIds.stream().map(UUID::fromString).toList();
                    if (target == null) {
                        followUp.addResultByLink(token, type, textDe, textEn, keywords);
                    } else {
                        followUp.changeResultByLink(token, target, type, textDe, textEn, keywords);
                    }
                },
                "link.lead.saved",
                this::cancel);
    }

    public void editResult(String resultId) {
        opened.results().stream()
                .filter(r -> r.id().toString().equals(resultId))
                .findFirst()
                .ifPresent(r -> {
                    editResultId = resultId;
                    type = r.type();
                    textDe = r.textDe();
                    textEn = r.textEn();
                    keywordIds = new java.util.ArrayList<>(
                            r.keywords().stream().map(k -> k.id().toString()).toList());
                });
    }

    public void removeResult(String resultId) {
        act(() -> followUp.removeResultByLink(token, UUID.fromString(resultId)), "link.lead.removed", () -> {
            if (resultId.equals(editResultId)) {
                cancel();
            }
        });
    }

    public void cancel() {
        editResultId = null;
        type = null;
        textDe = null;
        textEn = null;
        keywordIds = new java.util.ArrayList<>();
    }

    private void act(Runnable change, String doneKey, Runnable clear) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            change.run();
            clear.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(doneKey), null));
        } catch (ResultsRuleException e) {
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(e.getMessageKey(), e.getPlace()), null));
        } catch (LinkClosedException e) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_GONE);
        } catch (ResultsNotFoundException | IllegalArgumentException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("link.lead.notYours"), null));
        }
        opened = followUp.open(token).orElse(null);
        if (opened == null) {
            try {
                faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            faces.responseComplete();
        } else if (!opened.open()) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_GONE);
        }
        if (opened != null) {
            readVocabulary();
        }
    }

    public String text(LocalizedString text) {
        return text == null ? null : text.in(lang.getLocale());
    }

    public String instant(java.time.Instant at) {
        return ResultTexts.instant(lang.getLocale(), at);
    }

    private String text(String key, Object... args) {
        return ResultTexts.text(lang.getLocale(), key, args);
    }

    public RecommendationState[] getStates() {
        return RecommendationState.values();
    }

    public ResultType[] getTypes() {
        return ResultType.values();
    }

    public FollowUp.Opened getOpened() {
        return opened;
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

    public String getEditResultId() {
        return editResultId;
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

    public java.util.List<String> getKeywordIds() {
        return keywordIds;
    }

    public void setKeywordIds(java.util.List<String> ids) {
        keywordIds = ids == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(ids);
    }

    public java.util.List<de.fachtag.results.Documentation.KeywordView> getVocabulary() {
        return vocabulary;
    }

    /** A keyword's label in the page's language (German when there is no English one). */
    public String label(de.fachtag.results.Documentation.KeywordView k) {
        return k.label(lang.getLocale());
    }
}
