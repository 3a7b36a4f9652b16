package de.fachtag.results;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A comment of the tenant's staff on one paragraph of one version of a recommendation. */
@Entity
@Table(name = "recommendation_comment")
@NamedQuery(
        name = "RecommendationComment.of",
        query = "SELECT c FROM RecommendationComment c WHERE c.recommendationId = :id ORDER BY c.createdAt")
public class RecommendationComment extends TenantOwned {

    @Column(name = "recommendation_id", nullable = false, updatable = false)
    private UUID recommendationId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(nullable = false, updatable = false)
    private int paragraph;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected RecommendationComment() {}

    RecommendationComment(
            UUID recommendationId, int version, int paragraph, String text, String author, Instant createdAt) {
        this.recommendationId = recommendationId;
        this.version = version;
        this.paragraph = paragraph;
        this.text = text.strip();
        this.author = author;
        this.createdAt = createdAt;
    }

    public UUID getRecommendationId() {
        return recommendationId;
    }

    public int getVersion() {
        return version;
    }

    public int getParagraph() {
        return paragraph;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
