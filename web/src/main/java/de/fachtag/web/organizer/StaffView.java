package de.fachtag.web.organizer;

import de.fachtag.identity.StaffAccountService;
import de.fachtag.identity.StaffMember;
import de.fachtag.identity.StaffRole;
import de.fachtag.tenant.RejectedInputException;
import de.fachtag.web.i18n.Messages;
import de.fachtag.web.routing.RequestTenant;
import de.fachtag.web.security.StaffSession;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A tenant admin adds staff, grants roles and deactivates accounts. */
@Named
@ViewScoped
public class StaffView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffAccountService accounts;

    @Inject
    Messages messages;

    @Inject
    StaffSession staff;

    @Inject
    RequestTenant tenant;

    @EJB
    de.fachtag.tenant.PublicAddresses addresses;

    @Inject
    HttpServletRequest request;

    private List<StaffMember> members;
    private String newEmail;
    private String newName;
    private List<String> newRoles;
    private String passwordLink;

    @PostConstruct
    void load() {
        members = accounts.list();
        // the everyday role of the tenant's kind is ticked: organizers in a district, analysts in a ministry
        newRoles = List.of((accounts.assignableRoles().contains(StaffRole.ORGANIZER)
                        ? StaffRole.ORGANIZER
                        : StaffRole.MINISTRY_ANALYST)
                .name());
    }

    /** A role named in a post; a name the page never offered is refused like an unfit role. */
    private static StaffRole role(String name) {
        try {
            return StaffRole.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new RejectedInputException(Map.of("roles", "fachtag.staff.roles.unfit"));
        }
    }

    public boolean isEditable() {
        return staff.isTenantAdmin();
    }

    public void add() {
        if (!isEditable()) {
            FacesMessages.error(messages.get("settings.notAllowed"));
            return;
        }
        try {
            Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
            if (newRoles != null) {
                newRoles.stream().map(StaffView::role).forEach(roles::add);
            }
            String token = accounts.add(newEmail, newName, roles);
            passwordLink = link(token);
            FacesMessages.info(messages.get("staff.added", newEmail));
            newEmail = null;
            newName = null;
            members = accounts.list();
        } catch (RejectedInputException e) {
            FacesMessages.fieldProblems(messages, "staff-add", e.problems());
        }
    }

    public void toggleActive(UUID id, boolean active) {
        if (!isEditable()) {
            return;
        }
        if (active) {
            accounts.deactivate(id);
        } else {
            accounts.activate(id);
        }
        members = accounts.list();
    }

    /** Lifts a sign-in lock after too many failed attempts; the security log names who lifted it. */
    public void unlock(UUID id) {
        if (!isEditable()) {
            return;
        }
        if (accounts.unlock(id, staff.getEmail())) {
            FacesMessages.info(messages.get("staff.unlocked"));
        }
        members = accounts.list();
    }

    public void newLink(UUID id) {
        if (!isEditable()) {
            return;
        }
        passwordLink = link(accounts.issuePasswordLink(id));
    }

    private String link(String token) {
        // staff sign in on the platform's address, so their password page is there too
        return addresses.platform() + "/t/" + tenant.getSlug() + "/password?token=" + token;
    }

    /** A lock's end as the clerk reads it: the time of day in Germany, with the date when not today. */
    public String time(java.time.Instant at) {
        java.time.ZonedDateTime local = at.atZone(java.time.ZoneId.of("Europe/Berlin"));
        boolean today = local.toLocalDate().equals(java.time.LocalDate.now(local.getZone()));
        return java.time.format.DateTimeFormatter.ofPattern(today ? "HH:mm" : "dd.MM.yyyy HH:mm")
                .format(local);
    }

    /** Only the roles that fit the tenant's kind: a district is not offered the ministry's analysts. */
    public StaffRole[] getAssignableRoles() {
        return accounts.assignableRoles().toArray(StaffRole[]::new);
    }

    public List<StaffMember> getMembers() {
        return members;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }

    public String getPasswordLink() {
        return passwordLink;
    }
}
