package de.fachtag.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A staff account as the admin's table shows it: never the password hash. {@code lockedUntil}:
 * the end of a sign-in lock after too many failed attempts ({@link SignInThrottle}), or {@code null}.
 */
public record StaffMember(
        UUID id,
        String email,
        String displayName,
        Set<StaffRole> roles,
        boolean active,
        boolean passwordSet,
        Instant lastLoginAt,
        Instant lockedUntil)
        implements java.io.Serializable {

    static StaffMember of(StaffAccount a, Instant lockedUntil) {
        return new StaffMember(
                a.getId(),
                a.getEmail(),
                a.getDisplayName(),
                a.getRoles(),
                a.isActive(),
                a.getPasswordHash() != null,
                a.getLastLoginAt(),
                lockedUntil);
    }

    public boolean locked() {
        return lockedUntil != null;
    }
}
