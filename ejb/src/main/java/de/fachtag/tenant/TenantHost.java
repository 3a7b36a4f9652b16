package de.fachtag.tenant;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One of a tenant's own host names: a request for it shows the tenant's public pages without
 * the {@code /t/{tenant}} prefix. Part of the platform's routing directory like {@link Tenant}
 * (read before any tenant is known, unique on the platform); the database lets a transaction
 * write only the rows of the tenant it is bound to. Never cached: another instance may change it.
 */
@Entity
@Table(name = "tenant_host")
@Cacheable(false)
@NamedQuery(
        name = "TenantHost.ofTenant",
        query = "SELECT h FROM TenantHost h WHERE h.tenant = :tenant ORDER BY h.position, h.host")
public class TenantHost {

    @Id
    private String host;

    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected TenantHost() {}

    public TenantHost(String host, String tenant, int position) {
        this.host = host;
        this.tenant = tenant;
        this.position = position;
    }

    public String getHost() {
        return host;
    }

    public String getTenant() {
        return tenant;
    }

    public int getPosition() {
        return position;
    }

    void moveTo(int position) {
        this.position = position;
    }
}
