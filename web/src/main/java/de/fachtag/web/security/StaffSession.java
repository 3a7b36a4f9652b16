package de.fachtag.web.security;

import de.fachtag.identity.StaffRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;

/** Who is signed in for this request, read from the container's security context. */
@Named("staff")
@RequestScoped
public class StaffSession {

    @Inject
    SecurityContext security;

    public Optional<StaffPrincipal> principal() {
        return security.getPrincipalsByType(StaffPrincipal.class).stream().findFirst();
    }

    public boolean isSignedIn() {
        return principal().isPresent();
    }

    /** Whether the signed-in account belongs to this tenant. Operators belong to none. */
    public boolean belongsTo(String tenant) {
        return principal()
                .map(p -> tenant != null && tenant.equals(p.getTenantId()))
                .orElse(false);
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }

    public boolean isTenantAdmin() {
        return hasRole(StaffRole.TENANT_ADMIN_NAME);
    }

    /** Staff of the back office (admin, organizer, check-in); an analyst has the ministry's pages instead. */
    public boolean isOrganizerStaff() {
        return hasRole(StaffRole.TENANT_ADMIN_NAME)
                || hasRole(StaffRole.ORGANIZER_NAME)
                || hasRole(StaffRole.CHECKIN_NAME);
    }

    /** Builds events and manages registrations (organizers and admins): the back office's event menus. */
    public boolean isOrganizer() {
        return hasRole(StaffRole.TENANT_ADMIN_NAME) || hasRole(StaffRole.ORGANIZER_NAME);
    }

    /** A door account: check-in and nothing else of the back office. */
    public boolean isCheckinOnly() {
        return hasRole(StaffRole.CHECKIN_NAME) && !isOrganizer();
    }

    /** A ministry's analyst: the ministry's figures, nothing of the back office. */
    public boolean isAnalyst() {
        return hasRole(StaffRole.MINISTRY_ANALYST_NAME);
    }

    /** Whether the reports of the tenant are open to this account (organizers and admins). */
    public boolean isReportReader() {
        return hasRole(StaffRole.TENANT_ADMIN_NAME) || hasRole(StaffRole.ORGANIZER_NAME);
    }

    /**
     * Whether the tenant's feedback inbox is open to this account: its admins and organizers,
     * who answer for the pages (a ministry has admins only; check-in staff and analysts do not).
     */
    public boolean isFeedbackReader() {
        return hasRole(StaffRole.TENANT_ADMIN_NAME) || hasRole(StaffRole.ORGANIZER_NAME);
    }

    public String getDisplayName() {
        return principal().map(StaffPrincipal::getDisplayName).orElse(null);
    }

    public String getEmail() {
        return principal().map(StaffPrincipal::getName).orElse(null);
    }

    public String getTenant() {
        return principal().map(StaffPrincipal::getTenantId).orElse(null);
    }

    /** Where a person lands after signing in. */
    public String home() {
        return principal()
                .map(p -> p.getTenantId() == null
                        ? "/platform/"
                        : !isOrganizerStaff() && hasRole(StaffRole.MINISTRY_ANALYST_NAME)
                                ? "/ministry/" + p.getTenantId() + "/"
                                : "/organizer/" + p.getTenantId() + "/")
                .orElse("/");
    }
}
