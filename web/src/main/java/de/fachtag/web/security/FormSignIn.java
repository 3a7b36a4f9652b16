package de.fachtag.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;

/**
 * The form sign-in itself, as the built-in custom form mechanism does it: {@code /login} posts the
 * credential through {@code SecurityContext.authenticate}, the identity stores check it, and
 * {@link LoginToContinue} sends a visitor of a staff page to {@code /login} and back. A valid
 * sign-in is kept in the session ({@link SecurityConfiguration.SignedIn}).
 *
 * <p>{@code @Typed}: not itself a bean of type {@link HttpAuthenticationMechanism} (the
 * application has one, {@link SecurityConfiguration}, which calls this one through its CDI
 * proxy, so that the LoginToContinue interceptor runs).
 */
@ApplicationScoped
@Typed(FormSignIn.class)
@LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false)
public class FormSignIn implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential =
                context.isAuthenticationRequest() ? context.getAuthParameters().getCredential() : null;
        if (credential == null) {
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID
                && result.getCallerPrincipal() instanceof StaffPrincipal staff) {
            request.getSession(true)
                    .setAttribute(
                            SecurityConfiguration.SIGNED_IN,
                            new SecurityConfiguration.SignedIn(staff, Set.copyOf(result.getCallerGroups())));
        }
        return context.notifyContainerAboutLogin(result);
    }
}
