package de.fachtag.results;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of a recommendation's public state history: a change, or a confirmation that the state still holds. */
@Entity
@Table(name = "recommendation_state_change")
@NamedQuery(
        name = "StateChange.of",
        query = "SELECT c FROM StateChange c WHERE c.recommendationId IN :ids ORDER BY c.changedAt")
public class StateChange extends TenantOwned {

    @Column(name = "recommendation_id", nullable = false, updatable = false)
    private UUID recommendationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RecommendationState state;

    @Column(nullable = false, updatable = false)
    private boolean confirmation;

    @Column(updatable = false)
    private String note;

    @Column(name = "concept_link", updatable = false)
    private String conceptLink;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected StateChange() {}

    StateChange(
            UUID recommendationId,
            RecommendationState state,
            boolean confirmation,
            String note,
            String conceptLink,
            String changedBy,
            Instant changedAt) {
        this.recommendationId = recommendationId;
        this.state = state;
        this.confirmation = confirmation;
        this.note = Texts.clean(note);
        this.conceptLink = Texts.clean(conceptLink);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public UUID getRecommendationId() {
        return recommendationId;
    }

    public RecommendationState getState() {
        return state;
    }

    public boolean isConfirmation() {
        return confirmation;
    }

    public String getNote() {
        return note;
    }

    public String getConceptLink() {
        return conceptLink;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
