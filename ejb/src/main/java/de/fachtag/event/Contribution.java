package de.fachtag.event;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A person, or an organisation alone ("IHK-Altmark"), in a role at an event, an agenda item
 * or a workshop; confirmed, or only asked ("angefragt").
 */
@Entity
@Table(name = "contribution")
@NamedQuery(
        name = "Contribution.people",
        query = "SELECT DISTINCT c.personName FROM Contribution c "
                + "WHERE c.personName IS NOT NULL AND LOWER(c.personName) LIKE :prefix ORDER BY c.personName")
public class Contribution extends TenantOwned {

    @ManyToOne
    @JoinColumn(name = "event_id")
    private Event event;

    @ManyToOne
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    @ManyToOne
    @JoinColumn(name = "workshop_id")
    private Workshop workshop;

    @Column(name = "person_name")
    private String personName;

    private String organisation;

    private String function;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContributionRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContributionStatus status = ContributionStatus.CONFIRMED;

    private int position;

    /** The actor of the tenant's directory this contribution stands for (its key), or null (V38). */
    @Column(name = "actor_key")
    private String actorKey;

    protected Contribution() {}

    Contribution(
            String personName,
            String organisation,
            String function,
            ContributionRole role,
            ContributionStatus status,
            int position) {
        this.personName = Venue.blankToNull(personName);
        this.organisation = Venue.blankToNull(organisation);
        this.function = Venue.blankToNull(function);
        if (this.personName == null && this.organisation == null) {
            throw new EventRuleException("person", "fachtag.contribution.nobody");
        }
        this.role = role;
        this.status = status == null ? ContributionStatus.CONFIRMED : status;
        this.position = position;
    }

    Contribution copy() {
        Contribution c = new Contribution(personName, organisation, function, role, status, position);
        c.actorKey = actorKey;
        return c;
    }

    /** Points the contribution at an actor of the directory (the caller checked the key), or at none. */
    void linkActor(String actorKey) {
        this.actorKey = actorKey;
    }

    public String getActorKey() {
        return actorKey;
    }

    /** Turns "angefragt" into confirmed, or back. */
    public void changeStatus(ContributionStatus status) {
        this.status = status == null ? ContributionStatus.CONFIRMED : status;
    }

    void of(Event event) {
        this.event = event;
    }

    void of(AgendaItem item) {
        this.agendaItem = item;
    }

    void of(Workshop workshop) {
        this.workshop = workshop;
    }

    public String getPersonName() {
        return personName;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getFunction() {
        return function;
    }

    public ContributionRole getRole() {
        return role;
    }

    public ContributionStatus getStatus() {
        return status;
    }

    public boolean isRequested() {
        return status == ContributionStatus.REQUESTED;
    }

    public int getPosition() {
        return position;
    }
}
