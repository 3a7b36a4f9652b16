package de.fachtag.tenant;

import de.fachtag.tenantconfig.TenantKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An entry of the platform's tenant directory: a district, an association or a ministry.
 * Its id is its slug, the {@code {tenant}} of every URL and the {@code tenant_id} of every row
 * it owns; it never changes.
 */
@Entity
@Table(name = "tenant")
@NamedQuery(name = "Tenant.all", query = "SELECT t FROM Tenant t ORDER BY t.name")
public class Tenant {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantKind kind;

    @Column(name = "source_name")
    private String sourceName;

    @Column(name = "source_hash")
    private String sourceHash;

    @Column(name = "imported_at")
    private Instant importedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected Tenant() {}

    public Tenant(String id, String name, TenantKind kind) {
        this.id = id;
        this.name = name;
        this.kind = kind;
    }

    /** Remembers which file version this tenant was last imported from. */
    public void importedFrom(String sourceName, String sourceHash, Instant at) {
        this.sourceName = sourceName;
        this.sourceHash = sourceHash;
        this.importedAt = at;
    }

    public boolean isImportedFrom(String hash) {
        return hash != null && hash.equals(sourceHash);
    }

    public void rename(String name, TenantKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public TenantKind getKind() {
        return kind;
    }

    public String getSourceHash() {
        return sourceHash;
    }
}
