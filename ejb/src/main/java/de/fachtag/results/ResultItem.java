package de.fachtag.results;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One result of a workshop or of an agenda item (exactly one of the two), typed, with its text
 * in German (and English where given), optionally a field of action and a responsible actor
 * (a name now; {@code responsibleActorId} is kept for the actors directory). A result no
 * recommendation uses may be set aside with a reason.
 */
@Entity
@Table(name = "result_item")
@NamedQuery(
        name = "ResultItem.ofEvent",
        query = "SELECT r FROM ResultItem r WHERE r.eventId = :event ORDER BY r.position, r.createdAt")
public class ResultItem extends TenantOwned {

    @Column(name = "event_id", nullable = false, updatable = false)
    private UUID eventId;

    /** Strings, not UUIDs, for nullable ids: EclipseLink's UUID conversion fails on NULL (as ConsentText). */
    @Column(name = "workshop_id", updatable = false)
    private String workshopId;

    @Column(name = "agenda_item_id", updatable = false)
    private String agendaItemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResultType type;

    @Column(name = "text_de", nullable = false)
    private String textDe;

    @Column(name = "text_en")
    private String textEn;

    @Column(name = "field_of_action")
    private String fieldOfAction;

    @Column(name = "responsible_actor_id")
    private String responsibleActorId;

    @Column(name = "responsible_actor")
    private String responsibleActor;

    /** The actor of the tenant's directory responsible for it, by its key (V42); ResultsService checks the key. */
    @Column(name = "responsible_actor_key")
    private String responsibleActorKey;

    @Column(name = "set_aside_reason")
    private String setAsideReason;

    private int position;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ResultItem() {}

    public ResultItem(UUID eventId, UUID workshopId, UUID agendaItemId, int position, Instant createdAt) {
        this.eventId = eventId;
        this.workshopId = workshopId == null ? null : workshopId.toString();
        this.agendaItemId = agendaItemId == null ? null : agendaItemId.toString();
        this.position = position;
        this.createdAt = createdAt;
    }

    public void describe(ResultType type, String textDe, String textEn, String fieldOfAction, String responsibleActor) {
        this.type = type;
        this.textDe = textDe.strip();
        this.textEn = Texts.clean(textEn);
        this.fieldOfAction = Texts.clean(fieldOfAction);
        this.responsibleActor = Texts.clean(responsibleActor);
    }

    public void setAside(String reason) {
        this.setAsideReason = Texts.clean(reason);
    }

    public UUID getEventId() {
        return eventId;
    }

    public UUID getWorkshopId() {
        return workshopId == null ? null : UUID.fromString(workshopId);
    }

    public UUID getAgendaItemId() {
        return agendaItemId == null ? null : UUID.fromString(agendaItemId);
    }

    public ResultType getType() {
        return type;
    }

    public String getTextDe() {
        return textDe;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getFieldOfAction() {
        return fieldOfAction;
    }

    public UUID getResponsibleActorId() {
        return responsibleActorId == null ? null : UUID.fromString(responsibleActorId);
    }

    public String getResponsibleActor() {
        return responsibleActor;
    }

    public String getResponsibleActorKey() {
        return responsibleActorKey;
    }

    void assignActor(String key) {
        this.responsibleActorKey = key;
    }

    public String getSetAsideReason() {
        return setAsideReason;
    }

    public int getPosition() {
        return position;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
