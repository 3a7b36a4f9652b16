package de.fachtag.web.it;

import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenant.Funder;
import de.fachtag.tenant.TenantProfile;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** Deployed with the in-container tests only: reaches the persistence unit the way services do. */
@Stateless
@TenantScoped
public class TenancyProbe {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    public UUID profileId() {
        return em.createNamedQuery("TenantProfile.current", TenantProfile.class)
                .getSingleResult()
                .getId();
    }

    public boolean profileVisible(UUID id) {
        return em.find(TenantProfile.class, id) != null;
    }

    public boolean funderVisible(UUID id) {
        return em.find(Funder.class, id) != null;
    }

    public List<UUID> funderIds() {
        return em.createNamedQuery("Funder.all", Funder.class)
                .getResultStream()
                .map(Funder::getId)
                .toList();
    }

    /** Native SQL, which EclipseLink does not filter: only row level security stands in the way. */
    public List<String> tenantsSeenByNativeSql() {
        @SuppressWarnings("unchecked")
        List<String> tenants = em.createNativeQuery("SELECT tenant_id FROM tenant_profile ORDER BY tenant_id")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .getResultList();
        return tenants;
    }
}
