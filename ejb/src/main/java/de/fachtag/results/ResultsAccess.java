package de.fachtag.results;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A personal link for someone without a staff account: the responsible person of one
 * recommendation, or the lead of one workshop. It opens exactly that and nothing else, until it
 * expires or is revoked; its tokens are stored as hashes only ({@link ResultsAccessToken}).
 */
@Entity
@Table(name = "results_access")
@NamedQueries({
    @NamedQuery(
            name = "ResultsAccess.byToken",
            query =
                    "SELECT a FROM ResultsAccess a, ResultsAccessToken t WHERE t.accessId = a.id AND t.tokenHash = :hash"),
    @NamedQuery(
            name = "ResultsAccess.ofEvent",
            query = "SELECT a FROM ResultsAccess a WHERE a.eventId = :event ORDER BY a.createdAt"),
    @NamedQuery(
            name = "ResultsAccess.ofSeries",
            query = "SELECT a FROM ResultsAccess a WHERE a.seriesId = :series ORDER BY a.createdAt")
})
public class ResultsAccess extends TenantOwned {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AccessPurpose purpose;

    /** Strings, not UUIDs, for nullable ids: EclipseLink's UUID conversion fails on NULL (as ConsentText). */
    @Column(name = "event_id", updatable = false)
    private String eventId;

    /** The series whose documentation the recommendation belongs to (V43): exactly one of event and series. */
    @Column(name = "series_id", updatable = false)
    private String seriesId;

    @Column(name = "recommendation_id", updatable = false)
    private String recommendationId;

    @Column(name = "workshop_id", updatable = false)
    private String workshopId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String email;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ResultsAccess() {}

    ResultsAccess(
            AccessPurpose purpose,
            UUID eventId,
            UUID target,
            String name,
            String email,
            Instant expiresAt,
            String createdBy,
            Instant createdAt) {
        this.purpose = purpose;
        this.eventId = eventId.toString();
        this.recommendationId = purpose == AccessPurpose.FOLLOW_UP ? target.toString() : null;
        this.workshopId = purpose == AccessPurpose.WORKSHOP_LEAD ? target.toString() : null;
        this.name = name.strip();
        this.email = email.strip();
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The personal link of the responsible person of a recommendation of a series' documentation. */
    static ResultsAccess ofSeries(
            UUID seriesId,
            UUID recommendationId,
            String name,
            String email,
            Instant expiresAt,
            String createdBy,
            Instant createdAt) {
        ResultsAccess a = new ResultsAccess();
        a.purpose = AccessPurpose.FOLLOW_UP;
        a.seriesId = seriesId.toString();
        a.recommendationId = recommendationId.toString();
        a.name = name.strip();
        a.email = email.strip();
        a.expiresAt = expiresAt;
        a.createdBy = createdBy;
        a.createdAt = createdAt;
        return a;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /** Open at {@code now}: neither expired nor revoked. */
    public boolean isOpen(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public AccessPurpose getPurpose() {
        return purpose;
    }

    /** The event of the link; null for a link of a series' recommendation. */
    public UUID getEventId() {
        return eventId == null ? null : UUID.fromString(eventId);
    }

    /** The series of the link; null for a link of an event. */
    public UUID getSeriesId() {
        return seriesId == null ? null : UUID.fromString(seriesId);
    }

    public UUID getRecommendationId() {
        return recommendationId == null ? null : UUID.fromString(recommendationId);
    }

    public UUID getWorkshopId() {
        return workshopId == null ? null : UUID.fromString(workshopId);
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
