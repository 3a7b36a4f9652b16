package de.fachtag.event;

import de.fachtag.tenancy.TenantOwned;
import de.fachtag.tenant.Funder;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A funder whose notice an event shows. An entity rather than a join table so that the row
 * carries its tenant like every other (row level security checks it on insert).
 */
@Entity
@Table(name = "event_funder")
public class EventFunder extends TenantOwned {

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @ManyToOne(optional = false)
    @JoinColumn(name = "funder_id", nullable = false)
    private Funder funder;

    private int position;

    protected EventFunder() {}

    EventFunder(Event event, Funder funder, int position) {
        this.event = event;
        this.funder = funder;
        this.position = position;
    }

    public Funder getFunder() {
        return funder;
    }

    public int getPosition() {
        return position;
    }
}
