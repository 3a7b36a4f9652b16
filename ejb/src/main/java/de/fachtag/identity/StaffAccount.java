package de.fachtag.identity;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A staff member's account. It belongs to exactly one tenant and is refused on every other
 * tenant's pages. A new account has no password until its holder sets one through a one-time
 * link; only the link token's hash is stored.
 */
@Entity
@Table(name = "staff_account")
@NamedQuery(name = "StaffAccount.all", query = "SELECT a FROM StaffAccount a ORDER BY a.email")
@NamedQuery(name = "StaffAccount.byEmail", query = "SELECT a FROM StaffAccount a WHERE a.email = :email")
@NamedQuery(name = "StaffAccount.demo", query = "SELECT a FROM StaffAccount a WHERE a.demo = true")
public class StaffAccount extends TenantOwned {

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Convert(converter = StaffRolesConverter.class)
    @Column(nullable = false)
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "password_token_hash")
    private String passwordTokenHash;

    @Column(name = "password_token_expires")
    private Instant passwordTokenExpires;

    private boolean active = true;

    private boolean demo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    private long version;

    protected StaffAccount() {}

    public StaffAccount(String email, String displayName, Set<StaffRole> roles) {
        this.email = normalize(email);
        this.displayName = displayName;
        grant(roles);
    }

    public static String normalize(String email) {
        return email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public final void grant(Set<StaffRole> roles) {
        if (roles.isEmpty() || roles.contains(StaffRole.PLATFORM_ADMIN)) {
            throw new IllegalArgumentException(
                    "A staff account needs at least one tenant role and never PLATFORM_ADMIN");
        }
        this.roles = EnumSet.copyOf(roles);
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordTokenHash = null;
        this.passwordTokenExpires = null;
    }

    public void issuePasswordToken(String tokenHash, Instant expires) {
        this.passwordTokenHash = tokenHash;
        this.passwordTokenExpires = expires;
    }

    public boolean acceptsPasswordToken(String tokenHash, Instant now) {
        return passwordTokenHash != null
                && passwordTokenHash.equals(tokenHash)
                && passwordTokenExpires != null
                && now.isBefore(passwordTokenExpires);
    }

    public void markDemo() {
        this.demo = true;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
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

    public Set<StaffRole> getRoles() {
        return EnumSet.copyOf(roles);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public long getVersion() {
        return version;
    }
}
