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
            query = "SELECT a FROM ResultsAccess a WHERE a.eventId = :event ORDER BY a.createdAt")
})
public class ResultsAccess extends TenantOwned {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AccessPurpose purpose;

    @Column(name = "event_id", nullable = false, updatable = false)
    private UUID eventId;

    /** Strings, not UUIDs, for nullable ids: EclipseLink's UUID conversion fails on NULL (as ConsentText). */
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
        this.eventId = eventId;
        this.recommendationId = purpose == AccessPurpose.FOLLOW_UP ? target.toString() : null;
        this.workshopId = purpose == AccessPurpose.WORKSHOP_LEAD ? target.toString() : null;
        this.name = name.strip();
        this.email = email.strip();
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
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

    public UUID getEventId() {
        return eventId;
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
