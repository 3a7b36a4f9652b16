package de.fachtag.tenant;

import de.fachtag.tenantconfig.TenantKind;

/** A line of the tenant directory, safe to show anyone. */
public record TenantSummary(String slug, String name, TenantKind kind) {

    static TenantSummary of(Tenant tenant) {
        return new TenantSummary(tenant.getId(), tenant.getName(), tenant.getKind());
    }
}
