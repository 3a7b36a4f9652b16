package de.fachtag.web.security;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.fachtag.web.i18n.Messages;

/** The sign-in page. */
@Named
@RequestScoped
public class LoginView {

    @NotBlank(message = "{fachtag.required}")
    @Size(max = 254, message = "{fachtag.text.tooLong}")
    private String email;

    @NotBlank(message = "{fachtag.required}")
    @Size(max = 200, message = "{fachtag.text.tooLong}")
    private String password;

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    StaffSession staff;

    @Inject
    Messages messages;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // newAuthentication(false): a visitor sent here from a staff page returns to that page.
        AuthenticationStatus status = security.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(false)
                        .credential(new UsernamePasswordCredential(email, password)));
        switch (status) {
            case SEND_CONTINUE -> {
                renewSessionId(request);
                faces.responseComplete();
            }
            case SUCCESS -> {
                renewSessionId(request);
                external.redirect(request.getContextPath() + staff.home());
            }
            default -> {
                // A failed attempt leaves the security library's state in the session, which
                // would let protected pages answer empty instead of asking to sign in.
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("login.failed"), null));
            }
        }
    }

    /** A new session id after sign-in, so a planted id is worth nothing. */
    private static void renewSessionId(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
