package de.fachtag.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Bulkhead;

/**
 * Checking a password costs about half a second of one core (PBKDF2, 600,000 rounds), so a flood
 * of sign-ins from many addresses, each below the throttle, could still occupy every core. This
 * gate lets only two checks run at once per instance (MicroProfile Fault Tolerance's bulkhead,
 * part of Payara); one more is refused at once with {@code BulkheadException}, which the sign-in
 * page answers with "try again in a few seconds". Per instance on purpose: it protects this
 * instance's CPU, while the throttle's counters are shared by all instances.
 */
@ApplicationScoped
public class SignInGate {

    @Bulkhead(2)
    public AuthenticationStatus check(Supplier<AuthenticationStatus> authentication) {
        return authentication.get();
    }
}
