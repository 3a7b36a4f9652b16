package de.fachtag.tenantconfig;

import jakarta.validation.constraints.NotNull;

/**
 * Somebody who contributes to an event, an agenda item or a workshop: a person, an
 * organisation, or a person of an organisation, in a role.
 *
 * <p>An organisation alone is a full contributor: invitations name "IHK-Altmark" or
 * "Unternehmen aus dem ländlichen Raum" as speakers long before they know who will come.
 *
 * <p>The parts are written as the source prints them, and a page prints every part given:
 * person, function, organisation. A function that already names the organisation
 * ("Staatssekretär im Sächsischen Staatsministerium für …") therefore stands alone, and
 * {@code organisation} holds an organisation the source gives on its own ("(IAB)").
 */
@PersonOrOrganisation
public class ContributionDefinition {

    private String person;

    private String organisation;

    private String function;

    @NotNull(message = "must be one of SPEAKER, MODERATOR, PANEL_GUEST, GREETING, WORKSHOP_LEAD")
    private ContributionRole role;

    /** Confirmed unless the file says otherwise, because that is what an unmarked name in an invitation means. */
    @NotNull(message = "must be one of CONFIRMED, REQUESTED")
    private ContributionStatus status = ContributionStatus.CONFIRMED;

    /**
     * The key of the actor in the tenant's actors directory this contribution stands for
     * ({@code jobcenter}); optional. The event page links the actor's page, which lists the event.
     */
    @jakarta.validation.constraints.Pattern(
            regexp = "[a-z0-9]+(-[a-z0-9]+)*",
            message = "must be an actor's key (lower case letters, digits and hyphens)")
    @jakarta.validation.constraints.Size(max = 80)
    private String actor;

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getFunction() {
        return function;
    }

    public void setFunction(String function) {
        this.function = function;
    }

    public ContributionRole getRole() {
        return role;
    }

    public void setRole(ContributionRole role) {
        this.role = role;
    }

    public ContributionStatus getStatus() {
        return status;
    }

    public void setStatus(ContributionStatus status) {
        this.status = status;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }
}
