package de.fachtag.actors;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A confirmation link of an actor's contact (V32): the hash of its token once mailed, expiry, use, a correction. */
@Entity
@Table(name = "actor_confirmation")
@NamedQuery(name = "ConfirmationRow.byHash", query = "SELECT c FROM ConfirmationRow c WHERE c.tokenHash = :hash")
@NamedQuery(name = "ConfirmationRow.all", query = "SELECT c FROM ConfirmationRow c ORDER BY c.createdAt DESC")
class ConfirmationRow extends TenantOwned {

    @Column(name = "actor_id", nullable = false)
    UUID actorId;

    @Column(nullable = false)
    String recipient;

    @Column(name = "token_hash")
    String tokenHash;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    @Column(name = "used_at")
    Instant usedAt;

    String correction;
}
