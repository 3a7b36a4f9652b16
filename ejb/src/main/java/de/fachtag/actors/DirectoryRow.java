package de.fachtag.actors;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The tenant's directory as a whole: date of the data, source, the file it was imported from and its hash. */
@Entity
@Table(name = "actor_directory")
@NamedQuery(name = "DirectoryRow.one", query = "SELECT d FROM DirectoryRow d")
class DirectoryRow extends TenantOwned {

    @Column(name = "as_of")
    LocalDate asOf;

    String source;

    @Column(name = "source_name")
    String sourceName;

    @Column(name = "content_hash")
    String contentHash;

    @Column(name = "changed_at", nullable = false)
    Instant changedAt;
}
