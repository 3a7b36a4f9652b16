package de.fachtag.results;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One saved version of a recommendation's title and text, with who saved it and when; never changed. */
@Entity
@Table(name = "recommendation_version")
@NamedQuery(
        name = "RecommendationVersion.of",
        query = "SELECT v FROM RecommendationVersion v WHERE v.recommendationId = :id ORDER BY v.version")
public class RecommendationVersion extends TenantOwned {

    @Column(name = "recommendation_id", nullable = false, updatable = false)
    private UUID recommendationId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "title_de", nullable = false, updatable = false)
    private String titleDe;

    @Column(name = "title_en", updatable = false)
    private String titleEn;

    @Column(name = "text_de", nullable = false, updatable = false)
    private String textDe;

    @Column(name = "text_en", updatable = false)
    private String textEn;

    @Column(name = "saved_by", nullable = false, updatable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    protected RecommendationVersion() {}

    RecommendationVersion(Recommendation r, int version, String savedBy, Instant savedAt) {
        this.recommendationId = r.getId();
        this.version = version;
        this.titleDe = r.getTitleDe();
        this.titleEn = r.getTitleEn();
        this.textDe = r.getTextDe();
        this.textEn = r.getTextEn();
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    /** Whether the recommendation reads now as this version does. */
    boolean sameAs(Recommendation r) {
        return titleDe.equals(r.getTitleDe())
                && textDe.equals(r.getTextDe())
                && java.util.Objects.equals(titleEn, r.getTitleEn())
                && java.util.Objects.equals(textEn, r.getTextEn());
    }

    public UUID getRecommendationId() {
        return recommendationId;
    }

    public int getVersion() {
        return version;
    }

    public String getTitleDe() {
        return titleDe;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTextDe() {
        return textDe;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
