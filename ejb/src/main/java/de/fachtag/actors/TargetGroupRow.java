package de.fachtag.actors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity
@Table(name = "actor_target_group")
@NamedQuery(name = "TargetGroupRow.all", query = "SELECT g FROM TargetGroupRow g ORDER BY g.position, g.key")
class TargetGroupRow extends PlacedRow {

    @Column(name = "label_de", nullable = false)
    String labelDe;

    @Column(name = "label_en")
    String labelEn;

    @Column(name = "conditions_de")
    String conditionsDe;

    @Column(name = "conditions_en")
    String conditionsEn;
}
