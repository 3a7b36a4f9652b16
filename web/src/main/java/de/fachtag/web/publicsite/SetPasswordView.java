package de.fachtag.web.publicsite;

import de.fachtag.identity.StaffAccountService;
import de.fachtag.tenant.RejectedInputException;
import de.fachtag.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Sets a staff password through a one-time link (mailed on request, or handed out by a tenant
 * admin); without a link, the page mails one to an account's address on request.
 */
@Named
@ViewScoped
public class SetPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffAccountService accounts;

    @Inject
    Messages messages;

    private String token;
    private String password;
    private String repeated;
    private boolean done;
    private String requestEmail;
    private boolean requested;

    /**
     * Mails a new link to the address, if it belongs to an active account of this tenant; the
     * answer is the same either way, and the service limits how often one address is mailed.
     */
    public void requestLink() {
        FacesContext faces = FacesContext.getCurrentInstance();
        accounts.requestPasswordLink(requestEmail);
        requested = true;
        requestEmail = null;
        faces.addMessage(
                null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("password.request.sent"), null));
    }

    /** The set-password form needs a link's token; without one the page offers to mail a link. */
    public boolean isWithToken() {
        return token != null && !token.isBlank();
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (password == null || !password.equals(repeated)) {
            faces.addMessage(
                    "password-form:repeated",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("password.mismatch"), null));
            faces.validationFailed();
            return;
        }
        try {
            if (accounts.setPassword(token, password)) {
                done = true;
                faces.addMessage(
                        null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("password.set"), null));
            } else {
                faces.addMessage(
                        null,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("password.linkInvalid"), null));
                faces.validationFailed();
            }
        } catch (RejectedInputException e) {
            faces.addMessage(
                    "password-form:password",
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            messages.get(e.problems().get("password")),
                            null));
            faces.validationFailed();
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    public boolean isDone() {
        return done;
    }

    public String getRequestEmail() {
        return requestEmail;
    }

    public void setRequestEmail(String requestEmail) {
        this.requestEmail = requestEmail;
    }

    public boolean isRequested() {
        return requested;
    }
}
