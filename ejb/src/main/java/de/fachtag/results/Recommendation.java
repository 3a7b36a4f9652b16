package de.fachtag.results;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A recommendation (Handlungsempfehlung) of a document: its number is assigned once
 * (see {@link RecommendationDocument}); its position orders the document and may change.
 */
@Entity
@Table(name = "recommendation")
@NamedQuery(
        name = "Recommendation.ofDocument",
        query = "SELECT r FROM Recommendation r WHERE r.documentId = :document ORDER BY r.position, r.number")
public class Recommendation extends TenantOwned {

    @Column(name = "document_id", nullable = false, updatable = false)
    private UUID documentId;

    @Column(nullable = false, updatable = false)
    private int number;

    private int position;

    @Column(name = "title_de", nullable = false)
    private String titleDe;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "text_de", nullable = false)
    private String textDe;

    @Column(name = "text_en")
    private String textEn;

    // --- follow-up (V30) ---

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private RecommendationState state = RecommendationState.OPEN;

    @Column(name = "concept_link")
    private String conceptLink;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "confirmed_at")
    private java.time.Instant confirmedAt;

    @Column(name = "responsible_name")
    private String responsibleName;

    @Column(name = "responsible_email")
    private String responsibleEmail;

    /** Kept for the actors directory (issue 14); a String because EclipseLink's UUID conversion fails on NULL. */
    @Column(name = "responsible_actor_id")
    private String responsibleActorId;

    /** The actor of the tenant's directory that answers for it, by its key (V38); FollowUpService checks the key. */
    @Column(name = "responsible_actor_key")
    private String responsibleActorKey;

    /** The reminder period last mailed; claimed by a conditional update (FollowUpService). */
    @Column(name = "reminded_for")
    private String remindedFor;

    protected Recommendation() {}

    Recommendation(UUID documentId, int number, int position) {
        this.documentId = documentId;
        this.number = number;
        this.position = position;
    }

    void write(String titleDe, String titleEn, String textDe, String textEn) {
        this.titleDe = titleDe.strip();
        this.titleEn = Texts.clean(titleEn);
        this.textDe = textDe.strip();
        this.textEn = Texts.clean(textEn);
    }

    void moveTo(int position) {
        this.position = position;
    }

    /** A new state (or the same one confirmed) at {@code at}; the caller checked link and reason. */
    void follow(RecommendationState state, String conceptLink, String rejectionReason, java.time.Instant at) {
        this.state = state;
        if (conceptLink != null) {
            this.conceptLink = conceptLink;
        }
        this.rejectionReason = state == RecommendationState.REJECTED ? rejectionReason : null;
        this.confirmedAt = at;
    }

    void assign(String name, String email, java.time.Instant at) {
        this.responsibleName = name;
        this.responsibleEmail = email;
        if (confirmedAt == null) {
            confirmedAt = at;
        }
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public RecommendationState getState() {
        return state;
    }

    public String getConceptLink() {
        return conceptLink;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public java.time.Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getResponsibleName() {
        return responsibleName;
    }

    public String getResponsibleEmail() {
        return responsibleEmail;
    }

    public UUID getResponsibleActorId() {
        return responsibleActorId == null ? null : UUID.fromString(responsibleActorId);
    }

    public String getRemindedFor() {
        return remindedFor;
    }

    public String getResponsibleActorKey() {
        return responsibleActorKey;
    }

    void assignActor(String key) {
        this.responsibleActorKey = key;
    }

    public int getNumber() {
        return number;
    }

    public int getPosition() {
        return position;
    }

    public String getTitleDe() {
        return titleDe;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTextDe() {
        return textDe;
    }

    public String getTextEn() {
        return textEn;
    }
}
