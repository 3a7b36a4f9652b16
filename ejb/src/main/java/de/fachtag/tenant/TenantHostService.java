package de.fachtag.tenant;

import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenantconfig.HostNames;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sets the current tenant's own host names, from its tenant file or its admin's settings. A name
 * is stored as {@link HostNames#normalizeName} makes it; one that is no host name, the
 * platform's own host or another tenant's answers a {@link RejectedInputException} on the field
 * {@code hosts} and nothing changes.
 */
@Stateless
@TenantScoped
public class TenantHostService {

    /** How many names a tenant may have (the tenant file says the same). */
    public static final int MAX_HOSTS = 10;

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @EJB
    PublicAddresses addresses;

    /** The current tenant's host names, the one used in links first. */
    public List<String> hosts() {
        return addresses.hosts(TenantContext.require());
    }

    /**
     * Checks typed host names and returns them normalized, or the problem (a message key) for the
     * field {@code hosts}: malformed, the platform's host, or taken by another tenant.
     */
    public List<String> check(List<String> typed, Map<String, String> problems) {
        String tenant = TenantContext.require();
        Set<String> names = new LinkedHashSet<>();
        for (String t : typed) {
            if (t == null || t.isBlank()) {
                continue;
            }
            Optional<String> name = HostNames.normalizeName(t);
            if (name.isEmpty()) {
                problems.put("hosts", "fachtag.host.invalid");
                return List.of();
            }
            names.add(name.get());
        }
        if (names.size() > MAX_HOSTS) {
            problems.put("hosts", "fachtag.host.tooMany");
            return List.of();
        }
        for (String name : names) {
            if (name.equals(addresses.platformHost())) {
                problems.put("hosts", "fachtag.host.platform");
                return List.of();
            }
            Optional<String> owner = addresses.tenantOfHost(name);
            if (owner.isPresent() && !owner.get().equals(tenant)) {
                problems.put("hosts", "fachtag.host.taken");
                return List.of();
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * Replaces the current tenant's host names with {@code typed} (blank entries ignored), in the
     * given order: the first is the one links use.
     *
     * @throws RejectedInputException with the field {@code hosts} when a name is refused
     */
    public void replace(List<String> typed) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        List<String> names = check(typed, problems);
        if (!problems.isEmpty()) {
            throw new RejectedInputException(problems);
        }
        store(names);
    }

    /**
     * The host names of a changed tenant file: each name the file lists that is free (or already
     * this tenant's) replaces the tenant's names; the file wins as for every other setting. A name
     * that is the platform's own host or another tenant's is left out and returned, so the start
     * can log it (a tenant file cannot take a name from another tenant).
     */
    public List<String> importFromFile(List<String> fileHosts) {
        String tenant = TenantContext.require();
        List<String> accepted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String typed : fileHosts) {
            Optional<String> name = HostNames.normalizeName(typed);
            if (name.isEmpty() || accepted.contains(name.get())) {
                continue; // the loader has reported it already
            }
            Optional<String> owner = addresses.tenantOfHost(name.get());
            if (name.get().equals(addresses.platformHost())
                    || owner.isPresent() && !owner.get().equals(tenant)) {
                refused.add(name.get());
            } else {
                accepted.add(name.get());
            }
        }
        store(accepted);
        return refused;
    }

    /** Stores already checked names; a name another tenant took meanwhile is refused as taken. */
    public void store(List<String> names) {
        String tenant = TenantContext.require();
        List<TenantHost> current = em.createNamedQuery("TenantHost.ofTenant", TenantHost.class)
                .setParameter("tenant", tenant)
                .getResultList();
        for (TenantHost h : current) {
            if (!names.contains(h.getHost())) {
                em.remove(h);
            }
        }
        em.flush(); // a name dropped here may be the one another position takes below
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            TenantHost existing = current.stream()
                    .filter(h -> h.getHost().equals(name))
                    .findFirst()
                    .orElse(null);
            if (existing == null) {
                em.persist(new TenantHost(name, tenant, i));
            } else {
                existing.moveTo(i);
            }
        }
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw new RejectedInputException(Map.of("hosts", "fachtag.host.taken"));
        }
    }
}
