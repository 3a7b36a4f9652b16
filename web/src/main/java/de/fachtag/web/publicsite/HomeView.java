package de.fachtag.web.publicsite;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import de.fachtag.tenant.TenantDirectory;
import de.fachtag.tenant.TenantSummary;

/** "/": the tenants of the platform. */
@Named
@RequestScoped
public class HomeView {

    @EJB
    TenantDirectory directory;

    private List<TenantSummary> tenants;

    public List<TenantSummary> getTenants() {
        if (tenants == null) {
            tenants = directory.all();
        }
        return tenants;
    }
}
