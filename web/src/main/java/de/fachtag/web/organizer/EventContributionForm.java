package de.fachtag.web.organizer;

import de.fachtag.event.ContributionRole;
import de.fachtag.event.ContributionStatus;
import de.fachtag.event.EventNotFoundException;
import de.fachtag.event.EventService;
import de.fachtag.tenant.ConcurrentEditException;
import de.fachtag.tenant.RejectedInputException;
import jakarta.ejb.EJBException;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.UUID;

/**
 * The inline form that adds a person (or an organisation alone) in a role to an agenda item or
 * a workshop: name with autocomplete over the people the tenant already named, organisation,
 * function, role, and whether they confirmed or were only asked ("angefragt").
 */
public class EventContributionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What became of an attempt to add. */
    enum Added {
        YES,
        REFUSED,
        CONFLICT,
        GONE
    }

    /** The agenda item or workshop, as the id's text (selects post strings). */
    private String target;

    @Size(max = 300, message = "{fachtag.text.tooLong}")
    private String person;

    @Size(max = 300, message = "{fachtag.text.tooLong}")
    private String organisation;

    @Size(max = 500, message = "{fachtag.text.tooLong}")
    private String function;

    private ContributionRole role;
    private ContributionStatus status = ContributionStatus.CONFIRMED;
    /** The actor of the tenant's directory the new contribution names, by key (blank: none). */
    private String actor;

    public EventContributionForm() {}

    EventContributionForm(ContributionRole role) {
        this.role = role;
    }

    Added addTo(EventService events, String slug, long version, EventBackoffice bo, String formId) {
        if (target == null || target.isBlank()) {
            EventProblems.show(bo, formId, java.util.Map.of("target", "fachtag.required"));
            return Added.REFUSED;
        }
        if (role == null) {
            EventProblems.show(bo, formId, java.util.Map.of("role", "fachtag.required"));
            return Added.REFUSED;
        }
        try {
            events.addContribution(
                    slug, version, UUID.fromString(target), person, organisation, function, role, status, actor);
            String who = person == null || person.isBlank() ? organisation : person;
            EventProblems.info(bo.text(
                    status == ContributionStatus.REQUESTED ? "people.added.requested" : "people.added", who.strip()));
            person = null;
            organisation = null;
            function = null;
            actor = null;
            status = ContributionStatus.CONFIRMED;
            return Added.YES;
        } catch (RejectedInputException e) {
            EventProblems.show(bo, formId, e.problems());
            return Added.REFUSED;
        } catch (ConcurrentEditException e) {
            return Added.CONFLICT;
        } catch (EventNotFoundException e) {
            return Added.GONE;
        } catch (EJBException e) {
            if (EventProblems.isConflict(e)) {
                return Added.CONFLICT;
            }
            throw e;
        }
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

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

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public void setStatus(ContributionStatus status) {
        this.status = status;
    }
}
