package de.fachtag.web.platform;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import de.fachtag.platform.PlatformHealth;
import de.fachtag.tenant.TenantDirectory;
import de.fachtag.tenant.TenantSummary;

/** The operator's overview: tenants and the database's health. */
@Named
@RequestScoped
public class PlatformView {

    @EJB
    TenantDirectory directory;

    @EJB
    PlatformHealth health;

    public List<TenantSummary> getTenants() {
        return directory.all();
    }

    public boolean isDatabaseReachable() {
        return health.databaseReachable();
    }
}
