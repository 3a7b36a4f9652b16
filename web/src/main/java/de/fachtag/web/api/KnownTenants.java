package de.fachtag.web.api;

import de.fachtag.tenant.TenantDirectory;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a slug names a tenant, for the registration API's first check: the database is asked
 * once per tenant and instance, not once per registration (issue 11: the directory's read was a
 * transaction and a round trip of its own on every request). Only slugs that named a tenant are
 * remembered, so the set is as small as the tenant list; an unknown slug is asked every time.
 * Being wrong is harmless in the one direction it can be: a tenant removed on another instance
 * still passes here, and its events are not found in the registration's own transaction, which
 * answers the same 404.
 */
@ApplicationScoped
public class KnownTenants {

    @EJB
    TenantDirectory directory;

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    /** True if {@code slug} named a tenant when this instance last asked. */
    public boolean exists(String slug) {
        if (slug != null && known.contains(slug)) {
            return true;
        }
        boolean found = directory.find(slug).isPresent();
        if (found) {
            known.add(slug);
        }
        return found;
    }
}
