package de.fachtag.web.publicsite;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.fachtag.identity.StaffAccountService;
import de.fachtag.tenant.RejectedInputException;
import de.fachtag.web.i18n.Messages;

/** Sets a staff password through the one-time link a tenant admin handed out. */
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

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (password == null || !password.equals(repeated)) {
            faces.addMessage("password-form:repeated",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("password.mismatch"), null));
            faces.validationFailed();
            return;
        }
        try {
            if (accounts.setPassword(token, password)) {
                done = true;
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("password.set"), null));
            } else {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("password.linkInvalid"), null));
                faces.validationFailed();
            }
        } catch (RejectedInputException e) {
            faces.addMessage("password-form:password",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(e.problems().get("password")), null));
            faces.validationFailed();
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeated() { return repeated; }
    public void setRepeated(String repeated) { this.repeated = repeated; }
    public boolean isDone() { return done; }
}
