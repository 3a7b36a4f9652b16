package de.fachtag.actors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity
@Table(name = "actor_life_situation")
@NamedQuery(name = "LifeSituationRow.all", query = "SELECT s FROM LifeSituationRow s ORDER BY s.position, s.key")
class LifeSituationRow extends PlacedRow {

    @Column(name = "title_de", nullable = false)
    String titleDe;

    @Column(name = "title_en")
    String titleEn;

    @Column(name = "description_de")
    String descriptionDe;

    @Column(name = "description_en")
    String descriptionEn;

    @Column(name = "target_group_id")
    String targetGroupId;
}
