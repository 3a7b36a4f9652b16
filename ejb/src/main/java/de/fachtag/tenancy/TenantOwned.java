package de.fachtag.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * Base of every entity a tenant owns. The tenant is not a field anyone can set: EclipseLink
 * writes {@code tenant_id} from the entity manager's tenant property and adds it to every
 * query, and row level security checks it again in the database. Serializable: a page of the back
 * office may keep an entity it shows in its view, which a cluster moves between instances.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public abstract class TenantOwned implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id = UUID.randomUUID();

    public UUID getId() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || other != null && getClass() == other.getClass() && Objects.equals(id, ((TenantOwned) other).id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
