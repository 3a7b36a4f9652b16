package de.fachtag.actors;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity
@Table(name = "actor_task")
@NamedQuery(name = "TaskRow.all", query = "SELECT t FROM TaskRow t ORDER BY t.position, t.key")
@NamedQuery(name = "TaskRow.byKey", query = "SELECT t FROM TaskRow t WHERE t.key = :key")
class TaskRow extends TenantOwned {

    @Column(nullable = false)
    String key;

    @Column(name = "title_de", nullable = false)
    String titleDe;

    @Column(name = "title_en")
    String titleEn;

    @Column(name = "leika_key")
    String leika;

    @Column(name = "legal_basis")
    String legalBasis;

    @Column(name = "target_group_id")
    String targetGroupId;

    @Column(name = "description_de")
    String descriptionDe;

    @Column(name = "description_en")
    String descriptionEn;

    int position;
}
