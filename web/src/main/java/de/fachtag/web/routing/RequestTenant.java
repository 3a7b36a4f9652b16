package de.fachtag.web.routing;

import de.fachtag.tenant.TenantSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The tenant this request is about, as resolved from its path; empty on platform pages. */
@Named("requestTenant")
@RequestScoped
public class RequestTenant implements Serializable {

    private static final long serialVersionUID = 1L;

    private TenantSummary tenant;

    private boolean onOwnHost;

    void resolve(TenantSummary tenant) {
        resolve(tenant, false);
    }

    /** {@code onOwnHost}: the request names the tenant by its own host name, its paths have no {@code /t/{tenant}}. */
    void resolve(TenantSummary tenant, boolean onOwnHost) {
        this.tenant = tenant;
        this.onOwnHost = onOwnHost;
    }

    /** Whether the request came for the tenant's own host name without the {@code /t/{tenant}} prefix. */
    public boolean isOnOwnHost() {
        return tenant != null && onOwnHost;
    }

    /**
     * The path prefix of this tenant's public pages in the form the request used: {@code /t/{tenant}}
     * on the platform's address, empty on the tenant's own host. Links built on it work on both.
     */
    public String getBase() {
        return tenant == null || onOwnHost ? "" : "/t/" + tenant.slug();
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
