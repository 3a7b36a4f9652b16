package de.fachtag.identity;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A personal access token of a staff account, for the ministry's figures API. The token itself
 * is shown once, when made; only its SHA-256 is kept. It stops working when revoked or expired.
 */
@Entity
@Table(name = "access_token")
@NamedQuery(
        name = "AccessToken.ofStaff",
        query = "SELECT t FROM AccessToken t WHERE t.staffId = :staff ORDER BY t.createdAt DESC")
@NamedQuery(name = "AccessToken.byHash", query = "SELECT t FROM AccessToken t WHERE t.tokenHash = :hash")
public class AccessToken extends TenantOwned {

    @Column(name = "staff_id", nullable = false)
    private UUID staffId;

    @Column(nullable = false)
    private String label;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected AccessToken() {}

    AccessToken(UUID staffId, String label, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.staffId = staffId;
        this.label = label;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Valid at {@code now}: neither revoked nor expired. */
    public boolean validAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    void usedAt(Instant at) {
        lastUsedAt = at;
    }

    public UUID getStaffId() {
        return staffId;
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
