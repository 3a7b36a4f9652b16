package de.fachtag.results;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;

/** Provenance: a result a recommendation is written from. The result cannot be deleted while it is used. */
@Entity
@Table(name = "recommendation_source")
@NamedQuery(
        name = "RecommendationSource.ofRecommendations",
        query = "SELECT s FROM RecommendationSource s WHERE s.recommendationId IN :ids")
@NamedQuery(
        name = "RecommendationSource.ofRecommendation",
        query = "SELECT s FROM RecommendationSource s WHERE s.recommendationId = :id")
@NamedQuery(
        name = "RecommendationSource.ofResult",
        query = "SELECT s FROM RecommendationSource s WHERE s.resultId = :id")
public class RecommendationSource extends TenantOwned {

    @Column(name = "recommendation_id", nullable = false, updatable = false)
    private UUID recommendationId;

    @Column(name = "result_id", nullable = false, updatable = false)
    private UUID resultId;

    protected RecommendationSource() {}

    RecommendationSource(UUID recommendationId, UUID resultId) {
        this.recommendationId = recommendationId;
        this.resultId = resultId;
    }

    public UUID getRecommendationId() {
        return recommendationId;
    }

    public UUID getResultId() {
        return resultId;
    }
}
