package de.fachtag.results;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;

/** A typed cross-reference from one recommendation to another ("siehe", "ergänzt", "widerspricht"). */
@Entity
@Table(name = "recommendation_reference")
@NamedQuery(
        name = "RecommendationReference.from",
        query = "SELECT r FROM RecommendationReference r WHERE r.fromId IN :ids")
@NamedQuery(
        name = "RecommendationReference.fromOne",
        query = "SELECT r FROM RecommendationReference r WHERE r.fromId = :id")
@NamedQuery(name = "RecommendationReference.to", query = "SELECT r FROM RecommendationReference r WHERE r.toId = :id")
public class RecommendationReference extends TenantOwned {

    @Column(name = "from_id", nullable = false, updatable = false)
    private UUID fromId;

    @Column(name = "to_id", nullable = false, updatable = false)
    private UUID toId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReferenceKind kind;

    protected RecommendationReference() {}

    RecommendationReference(UUID fromId, UUID toId, ReferenceKind kind) {
        this.fromId = fromId;
        this.toId = toId;
        this.kind = kind;
    }

    public UUID getFromId() {
        return fromId;
    }

    public UUID getToId() {
        return toId;
    }

    public ReferenceKind getKind() {
        return kind;
    }
}
