package de.fachtag.registration;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One private link of a registration, stored as the SHA-256 of its token ({@link Tokens}). A
 * registration may have several: each link mailed on request is added, and the links mailed
 * before keep working, so that nobody who only knows an address can take a link away from the
 * person. The links go with the registration's contact data (retention).
 */
@Entity
@Table(name = "registration_link")
@NamedQuery(
        name = "RegistrationLink.registration",
        query = "SELECT l.registration FROM RegistrationLink l WHERE l.tokenHash = :hash")
public class RegistrationLink extends TenantOwned {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private Registration registration;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected RegistrationLink() {}

    /** A new link of {@code registration} whose token hashes to {@code tokenHash}. */
    public RegistrationLink(Registration registration, String tokenHash, Instant at) {
        this.registration = registration;
        this.tokenHash = tokenHash;
        this.createdAt = at;
    }

    public Registration getRegistration() {
        return registration;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
