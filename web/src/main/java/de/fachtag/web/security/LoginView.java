package de.fachtag.web.security;

import de.fachtag.identity.SignInThrottle;
import de.fachtag.web.i18n.Messages;
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
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/**
 * The sign-in page. Every attempt passes the throttle first ({@link SignInThrottle}: counted per
 * account address and client address in the database, refused without a password check while the
 * subject waits) and then the gate that bounds concurrent password checks ({@link SignInGate}).
 */
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

    @Inject
    SignInGate gate;

    @Inject
    TrustedProxies proxies;

    @jakarta.ejb.EJB
    SignInThrottle throttle;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // behind the reverse proxy the connection is the proxy's: count the client it forwarded
        String client = proxies.clientAddress(request);
        Instant now = Instant.now();
        SignInThrottle.Verdict verdict = throttle.admit(email, client, now);
        if (!verdict.admitted()) {
            external.setResponseStatus(429);
            response.setHeader(
                    "Retry-After", String.valueOf(Math.max(1, verdict.waitFor().toSeconds())));
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            messages.get("login.throttled", wait(verdict.waitFor())),
                            null));
            return;
        }
        AuthenticationStatus status;
        try {
            // newAuthentication(false): a visitor sent here from a staff page returns to that page.
            status = gate.check(() -> security.authenticate(
                    request,
                    response,
                    AuthenticationParameters.withParams()
                            .newAuthentication(false)
                            .credential(new UsernamePasswordCredential(email, password))));
        } catch (BulkheadException busy) {
            external.setResponseStatus(503);
            response.setHeader("Retry-After", "5");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("login.busy"), null));
            return;
        }
        switch (status) {
            case SEND_CONTINUE -> {
                throttle.succeeded(email);
                renewSessionId(request);
                faces.responseComplete();
            }
            case SUCCESS -> {
                throttle.succeeded(email);
                renewSessionId(request);
                external.redirect(request.getContextPath() + staff.home());
            }
            default -> {
                throttle.failed(email, client, now);
                // A failed attempt leaves the security library's state in the session, which
                // would let protected pages answer empty instead of asking to sign in.
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                faces.addMessage(
                        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("login.failed"), null));
            }
        }
    }

    /** "12 Sekunden", "3 Minuten": a wait rounded up to whole seconds below two minutes, else to minutes. */
    private String wait(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return seconds < 120
                ? messages.get("login.wait.seconds", seconds)
                : messages.get("login.wait.minutes", (seconds + 59) / 60);
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
