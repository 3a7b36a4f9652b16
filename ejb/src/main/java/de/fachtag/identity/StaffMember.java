package de.fachtag.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A staff account as the admin's table shows it: never the password hash. */
public record StaffMember(UUID id, String email, String displayName, Set<StaffRole> roles, boolean active,
        boolean passwordSet, Instant lastLoginAt) {

    static StaffMember of(StaffAccount a) {
        return new StaffMember(a.getId(), a.getEmail(), a.getDisplayName(), a.getRoles(), a.isActive(),
                a.getPasswordHash() != null, a.getLastLoginAt());
    }
}
