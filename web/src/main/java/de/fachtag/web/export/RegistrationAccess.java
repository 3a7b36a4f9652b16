package de.fachtag.web.export;

import de.fachtag.identity.StaffRole;
import de.fachtag.web.security.StaffSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Who may do what with registrations. The routing filter has already made sure the account
 * belongs to the tenant of the URL; this adds the role: the table, its changes and its files
 * are for organizers and the tenant's admins; check-in for check-in staff and organizers.
 */
@Named("registrationAccess")
@RequestScoped
public class RegistrationAccess {

    @Inject
    StaffSession staff;

    public boolean canManage() {
        return staff.hasRole(StaffRole.ORGANIZER_NAME) || staff.hasRole(StaffRole.TENANT_ADMIN_NAME);
    }

    public boolean canCheckIn() {
        return staff.hasRole(StaffRole.CHECKIN_NAME)
                || staff.hasRole(StaffRole.ORGANIZER_NAME)
                || staff.hasRole(StaffRole.TENANT_ADMIN_NAME);
    }
}
