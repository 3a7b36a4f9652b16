package de.fachtag.actors;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "actor_responsibility")
@NamedQuery(name = "ResponsibilityRow.all", query = "SELECT r FROM ResponsibilityRow r")
@NamedQuery(name = "ResponsibilityRow.ofActor", query = "SELECT r FROM ResponsibilityRow r WHERE r.actorId = :actor")
class ResponsibilityRow extends TenantOwned {

    @Column(name = "actor_id", nullable = false)
    UUID actorId;

    @Column(name = "task_id", nullable = false)
    UUID taskId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ResponsibilityRole role;

    @Column(name = "area_id", nullable = false)
    UUID areaId;

    @Column(name = "target_group_id", nullable = false)
    UUID targetGroupId;

    @Column(name = "valid_from")
    LocalDate validFrom;

    @Column(name = "valid_to")
    LocalDate validTo;

    String source;

    @Column(name = "confirmed_on")
    LocalDate confirmedOn;

    @Column(name = "confirmed_by")
    String confirmedBy;
}
