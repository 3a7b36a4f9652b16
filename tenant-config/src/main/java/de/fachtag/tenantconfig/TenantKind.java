package de.fachtag.tenantconfig;

/** What sort of organisation a tenant is; decides which parts of the product it sees. */
public enum TenantKind {
    /** A district office (Landkreis) that runs its own events. */
    DISTRICT,
    /** An association (Verein) that runs events and event series. */
    ASSOCIATION,
    /** A ministry that funds or co-hosts events and sees only aggregate figures. */
    MINISTRY
}
