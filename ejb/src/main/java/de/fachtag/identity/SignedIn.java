package de.fachtag.identity;

import java.util.Set;

/**
 * The outcome of a successful sign-in.
 *
 * @param tenantId the tenant the account belongs to; {@code null} for a platform operator
 */
public record SignedIn(String email, String displayName, String tenantId, Set<StaffRole> roles) {}
