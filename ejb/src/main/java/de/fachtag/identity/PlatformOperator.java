package de.fachtag.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An operator of the platform: creates tenants, sees health and usage; belongs to no tenant. */
@Entity
@Table(name = "platform_operator")
@NamedQuery(name = "PlatformOperator.byEmail", query = "SELECT o FROM PlatformOperator o WHERE o.email = :email")
public class PlatformOperator {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    private long version;

    protected PlatformOperator() {}

    public PlatformOperator(String email, String displayName) {
        this.email = StaffAccount.normalize(email);
        this.displayName = displayName;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void signedIn(Instant at) {
        this.lastLoginAt = at;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }
}
