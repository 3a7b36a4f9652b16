package de.fachtag.tenant;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The platform's list of tenants: what "/" shows and what a request path resolves against. */
@Stateless
public class TenantDirectory {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    public List<TenantSummary> all() {
        return em.createNamedQuery("Tenant.all", Tenant.class)
                .getResultStream()
                .map(TenantSummary::of)
                .toList();
    }

    public Optional<TenantSummary> find(String slug) {
        if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 63) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Tenant.class, slug)).map(TenantSummary::of);
    }
}
