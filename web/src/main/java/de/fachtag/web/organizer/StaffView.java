package de.fachtag.web.organizer;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import de.fachtag.identity.StaffAccountService;
import de.fachtag.identity.StaffMember;
import de.fachtag.identity.StaffRole;
import de.fachtag.tenant.RejectedInputException;
import de.fachtag.web.i18n.Messages;
import de.fachtag.web.routing.RequestTenant;
import de.fachtag.web.security.StaffSession;

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

    @Inject
    HttpServletRequest request;

    private List<StaffMember> members;
    private String newEmail;
    private String newName;
    private List<String> newRoles = List.of(StaffRole.ORGANIZER.name());
    private String passwordLink;

    @PostConstruct
    void load() {
        members = accounts.list();
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
                newRoles.stream().map(StaffRole::valueOf).filter(r -> r != StaffRole.PLATFORM_ADMIN).forEach(roles::add);
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

    public void newLink(UUID id) {
        if (!isEditable()) {
            return;
        }
        passwordLink = link(accounts.issuePasswordLink(id));
    }

    private String link(String token) {
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.indexOf('/', "https://".length()));
        return base + request.getContextPath() + "/t/" + tenant.getSlug() + "/password?token=" + token;
    }

    public StaffRole[] getAssignableRoles() {
        return new StaffRole[] {StaffRole.TENANT_ADMIN, StaffRole.ORGANIZER, StaffRole.CHECKIN,
            StaffRole.MINISTRY_ANALYST};
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
