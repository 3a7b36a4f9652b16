package de.fachtag.actors;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "actor")
@NamedQuery(name = "ActorRow.all", query = "SELECT a FROM ActorRow a ORDER BY a.position, a.name")
@NamedQuery(name = "ActorRow.byKey", query = "SELECT a FROM ActorRow a WHERE a.key = :key")
class ActorRow extends TenantOwned {

    @Column(nullable = false)
    String key;

    @Column(nullable = false)
    String name;

    @Column(name = "short_name")
    String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ActorKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ActorLevel level;

    @Column(name = "parent_id")
    String parentId;

    @Column(name = "description_de")
    String descriptionDe;

    @Column(name = "description_en")
    String descriptionEn;

    String street;
    String postcode;
    String city;

    @Column(name = "opening_hours")
    String openingHours;

    /** Comma separated, in the file's order. */
    String languages;

    String website;
    String email;
    String phone;
    boolean illustrative;

    @Column(name = "archived_at")
    Instant archivedAt;

    int position;
}
