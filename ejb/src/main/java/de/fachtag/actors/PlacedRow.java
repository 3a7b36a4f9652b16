package de.fachtag.actors;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A row of one of the directory's ordered lists (areas, target groups, life situations): found by
 * its key within the tenant, shown by its position.
 */
@MappedSuperclass
abstract class PlacedRow extends TenantOwned {

    @Column(nullable = false)
    String key;

    int position;
}
