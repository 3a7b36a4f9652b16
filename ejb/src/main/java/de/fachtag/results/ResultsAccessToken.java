package de.fachtag.results;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One token of a personal link, as the SHA-256 of the token (the token itself is never stored). */
@Entity
@Table(name = "results_access_token")
public class ResultsAccessToken extends TenantOwned {

    @Column(name = "access_id", nullable = false, updatable = false)
    private UUID accessId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ResultsAccessToken() {}

    ResultsAccessToken(UUID accessId, String tokenHash, Instant createdAt) {
        this.accessId = accessId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public UUID getAccessId() {
        return accessId;
    }
}
