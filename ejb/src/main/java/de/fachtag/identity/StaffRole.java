package de.fachtag.identity;

import de.fachtag.tenantconfig.TenantKind;
import java.util.EnumSet;
import java.util.Set;

/** What a signed-in person may do. Names are the Jakarta Security groups and roles. */
public enum StaffRole {
    /** Operates the platform; belongs to no tenant. */
    PLATFORM_ADMIN,
    /** Edits the tenant's branding, notices, texts and staff. */
    TENANT_ADMIN,
    /** Builds events, agenda and workshops, manages registrations. */
    ORGANIZER,
    /** Checks participants in at the door. */
    CHECKIN,
    /** Reads a ministry's anonymous aggregate reports. */
    MINISTRY_ANALYST;

    public static final String PLATFORM_ADMIN_NAME = "PLATFORM_ADMIN";
    public static final String TENANT_ADMIN_NAME = "TENANT_ADMIN";
    public static final String ORGANIZER_NAME = "ORGANIZER";
    public static final String CHECKIN_NAME = "CHECKIN";
    public static final String MINISTRY_ANALYST_NAME = "MINISTRY_ANALYST";

    /**
     * The roles a tenant admin may grant in a tenant of this kind: a ministry reads figures and runs
     * no events, a district or association runs events and reads no ministry's figures. Every kind
     * has its own admins; nobody grants {@link #PLATFORM_ADMIN}.
     */
    public static Set<StaffRole> assignableIn(TenantKind kind) {
        return switch (kind) {
            case MINISTRY -> EnumSet.of(TENANT_ADMIN, MINISTRY_ANALYST);
            case DISTRICT, ASSOCIATION -> EnumSet.of(TENANT_ADMIN, ORGANIZER, CHECKIN);
        };
    }
}
