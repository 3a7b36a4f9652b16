package de.fachtag.actors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity
@Table(name = "actor_area")
@NamedQuery(name = "AreaRow.all", query = "SELECT a FROM AreaRow a ORDER BY a.position, a.key")
class AreaRow extends PlacedRow {

    @Column(nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ActorLevel level;
}
