package de.fachtag.actors;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "actor_life_step")
@NamedQuery(name = "LifeStepRow.all", query = "SELECT s FROM LifeStepRow s ORDER BY s.position")
class LifeStepRow extends TenantOwned {

    @Column(name = "life_situation_id", nullable = false)
    UUID lifeSituationId;

    @Column(name = "task_id", nullable = false)
    UUID taskId;

    int position;

    @Column(name = "note_de")
    String noteDe;

    @Column(name = "note_en")
    String noteEn;
}
