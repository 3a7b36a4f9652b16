package de.fachtag.web.report;

import de.fachtag.identity.AccessToken;
import de.fachtag.identity.AccessTokens;
import de.fachtag.tenant.RejectedInputException;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.i18n.Messages;
import de.fachtag.web.security.StaffSession;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The analyst's personal access tokens on the ministry's page: make one (shown once, on this
 * answer only), see the own ones with their dates, revoke one. The routing filter has let only
 * the ministry's analysts in.
 */
@Named
@RequestScoped
public class AccessTokenView {

    @EJB
    AccessTokens tokens;

    @Inject
    StaffSession staff;

    @Inject
    LocaleSelection lang;

    @Inject
    Messages messages;

    private String label;
    private Integer days = 90;
    private String issued;
    private List<AccessToken> list;

    public void create() {
        try {
            AccessTokens.Issued made = tokens.create(staff.getEmail(), label, days == null ? 0 : days);
            issued = made.token();
            label = null;
            list = null;
            info(new ReportTexts(lang.getLocale()).get("token.created"));
        } catch (RejectedInputException r) {
            refuse(r);
        }
    }

    public void revoke(UUID id) {
        if (tokens.revoke(staff.getEmail(), id)) {
            info(new ReportTexts(lang.getLocale()).get("token.revoked"));
        }
        list = null;
    }

    private void refuse(RejectedInputException r) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Map.Entry<String, String> p : r.problems().entrySet()) {
            faces.addMessage(
                    "token-form:" + p.getKey(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(p.getValue()), null));
        }
        faces.validationFailed();
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public List<AccessToken> getTokens() {
        if (list == null) {
            list = tokens.of(staff.getEmail());
        }
        return list;
    }

    public String state(AccessToken t) {
        ReportTexts texts = new ReportTexts(lang.getLocale());
        if (t.getRevokedAt() != null) {
            return texts.get("token.state.revoked", texts.dataTime(t.getRevokedAt()));
        }
        if (!t.validAt(Instant.now())) {
            return texts.get("token.state.expired", texts.dataTime(t.getExpiresAt()));
        }
        return texts.get("token.state.valid", texts.dataTime(t.getExpiresAt()));
    }

    public String lastUsed(AccessToken t) {
        ReportTexts texts = new ReportTexts(lang.getLocale());
        return t.getLastUsedAt() == null ? texts.get("token.neverUsed") : texts.dataTime(t.getLastUsedAt());
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public String getIssued() {
        return issued;
    }
}
