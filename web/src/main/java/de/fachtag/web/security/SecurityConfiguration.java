package de.fachtag.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * The application's authentication mechanism: form sign-in on our own Faces page at
 * {@code /login} ({@link FormSignIn}); a visitor who opens a staff page first is redirected
 * there and, once signed in, back to the page asked for.
 *
 * <p>Who signed in, with their roles, is kept in the HTTP session as a serializable
 * {@link SignedIn} and given to the container again on every request, before the sign-in form
 * is considered. The container's own "remember the caller in the session" keeps the caller's
 * groups in this JVM only: behind a load balancer, on another instance of the cluster, the caller
 * would arrive without roles (403). The session, with this attribute, lives in the cluster's
 * data grid (README, "Several instances, one cluster").
 */
@ApplicationScoped
public class SecurityConfiguration implements HttpAuthenticationMechanism {

    /** The session attribute holding the signed-in caller. */
    static final String SIGNED_IN = SecurityConfiguration.class.getName() + ".signedIn";

    /** The caller and their groups (role names), as the identity store answered at sign-in. */
    record SignedIn(StaffPrincipal principal, Set<String> groups) implements Serializable {}

    @Inject
    FormSignIn form;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        if (!context.isAuthenticationRequest()) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
                return context.notifyContainerAboutLogin(signedIn.principal(), signedIn.groups());
            }
        }
        return form.validateRequest(request, response, context);
    }

    @Override
    public AuthenticationStatus secureResponse(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        return form.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        form.cleanSubject(request, response, context);
    }
}
