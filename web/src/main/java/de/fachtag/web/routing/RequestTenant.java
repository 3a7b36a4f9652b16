package de.fachtag.web.routing;

import java.io.Serializable;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import de.fachtag.tenant.TenantSummary;

/** The tenant this request is about, as resolved from its path; empty on platform pages. */
@Named("requestTenant")
@RequestScoped
public class RequestTenant implements Serializable {

    private static final long serialVersionUID = 1L;

    private TenantSummary tenant;

    void resolve(TenantSummary tenant) {
        this.tenant = tenant;
    }

    public boolean isPresent() {
        return tenant != null;
    }

    public TenantSummary get() {
        if (tenant == null) {
            throw new IllegalStateException("No tenant in this request");
        }
        return tenant;
    }

    public String getSlug() {
        return tenant == null ? null : tenant.slug();
    }
}
