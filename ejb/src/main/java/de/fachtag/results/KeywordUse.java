package de.fachtag.results;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;

/** A keyword on a result or on a recommendation (exactly one of the two). */
@Entity
@Table(name = "keyword_use")
@NamedQuery(name = "KeywordUse.ofResults", query = "SELECT k FROM KeywordUse k WHERE k.resultId IN :ids")
@NamedQuery(
        name = "KeywordUse.ofRecommendations",
        query = "SELECT k FROM KeywordUse k WHERE k.recommendationId IN :ids")
@NamedQuery(name = "KeywordUse.ofResult", query = "SELECT k FROM KeywordUse k WHERE k.resultId = :id")
@NamedQuery(name = "KeywordUse.ofRecommendation", query = "SELECT k FROM KeywordUse k WHERE k.recommendationId = :id")
public class KeywordUse extends TenantOwned {

    @Column(name = "keyword_id", nullable = false, updatable = false)
    private UUID keywordId;

    /** Strings, not UUIDs, for nullable ids: EclipseLink's UUID conversion fails on NULL (as ConsentText). */
    @Column(name = "result_id", updatable = false)
    private String resultId;

    @Column(name = "recommendation_id", updatable = false)
    private String recommendationId;

    protected KeywordUse() {}

    static KeywordUse onResult(UUID keywordId, UUID resultId) {
        KeywordUse k = new KeywordUse();
        k.keywordId = keywordId;
        k.resultId = resultId.toString();
        return k;
    }

    static KeywordUse onRecommendation(UUID keywordId, UUID recommendationId) {
        KeywordUse k = new KeywordUse();
        k.keywordId = keywordId;
        k.recommendationId = recommendationId.toString();
        return k;
    }

    public UUID getKeywordId() {
        return keywordId;
    }

    public UUID getResultId() {
        return resultId == null ? null : UUID.fromString(resultId);
    }

    public UUID getRecommendationId() {
        return recommendationId == null ? null : UUID.fromString(recommendationId);
    }
}
