package de.fachtag.actors;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "actor_contact")
@NamedQuery(name = "ContactRow.all", query = "SELECT c FROM ContactRow c ORDER BY c.position")
@NamedQuery(name = "ContactRow.ofActor", query = "SELECT c FROM ContactRow c WHERE c.actorId = :actor")
class ContactRow extends TenantOwned {

    @Column(name = "actor_id", nullable = false)
    UUID actorId;

    @Column(nullable = false)
    String role;

    @Column(name = "person_name")
    String personName;

    @Column(name = "name_consent_on")
    LocalDate consentOn;

    @Column(name = "name_consent_how")
    String consentHow;

    String email;
    String phone;

    @Column(name = "valid_from")
    LocalDate validFrom;

    @Column(name = "valid_to")
    LocalDate validTo;

    int position;
}
