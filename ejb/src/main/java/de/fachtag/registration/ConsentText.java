package de.fachtag.registration;

import de.fachtag.tenancy.TenantOwned;
import de.fachtag.tenant.LocalizedString;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a consent or acknowledgement text, the tenant's own (no event) or one event's
 * override of the same key. A version that someone decided on never changes (a database
 * trigger refuses it); a new wording is the next version.
 */
@Entity
@Table(name = "consent_text")
@NamedQuery(name = "ConsentText.all", query = "SELECT c FROM ConsentText c ORDER BY c.position, c.key, c.version")
public class ConsentText extends TenantOwned {

    /** A String, not a UUID: EclipseLink's UUID conversion fails on NULL (the tenant's own texts). */
    @Column(name = "event_id", updatable = false)
    private String eventId;

    @Column(nullable = false, updatable = false)
    private String key;

    @Column(nullable = false, updatable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentPurpose purpose;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "label_de", updatable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "label_en", updatable = false))
    })
    private LocalizedString label;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "text_de", updatable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "text_en", updatable = false))
    })
    private LocalizedString text;

    private int position;

    private boolean retired;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected ConsentText() {}

    ConsentText(
            UUID eventId,
            String key,
            int version,
            ConsentKind kind,
            ConsentPurpose purpose,
            LocalizedString label,
            LocalizedString text,
            int position) {
        if (kind == ConsentKind.ACKNOWLEDGEMENT
                && (purpose == ConsentPurpose.PHOTO || purpose == ConsentPurpose.VIDEO)) {
            // GDPR Art. 7(4): consent to recordings is never a condition of registering
            throw new ConsentRuleException("kind", "fachtag.consent.photoMustBeOptional");
        }
        this.eventId = eventId == null ? null : eventId.toString();
        this.key = key;
        this.version = version;
        this.kind = kind;
        this.purpose = purpose;
        this.label = label;
        this.text = text == null ? new LocalizedString(null, null) : text;
        this.position = position;
    }

    /** Whether this version says the same as a proposed wording (then no new version is needed). */
    boolean says(ConsentKind kind, ConsentPurpose purpose, LocalizedString label, LocalizedString text) {
        return this.kind == kind && this.purpose == purpose && same(this.label, label) && same(this.text, text);
    }

    private static boolean same(LocalizedString a, LocalizedString b) {
        String ad = a == null ? null : a.getDe(), ae = a == null ? null : a.getEn();
        String bd = b == null ? null : b.getDe(), be = b == null ? null : b.getEn();
        return java.util.Objects.equals(blankToNull(ad), blankToNull(bd))
                && java.util.Objects.equals(blankToNull(ae), blankToNull(be));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    void retire() {
        retired = true;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public boolean isOptional() {
        return kind == ConsentKind.OPTIONAL;
    }

    /** Whether refusing this consent puts a person on the "no photos" side of the photo list. */
    public boolean isAboutRecordings() {
        return purpose == ConsentPurpose.PHOTO || purpose == ConsentPurpose.VIDEO;
    }

    public UUID getEventId() {
        return eventId == null ? null : UUID.fromString(eventId);
    }

    public String getKey() {
        return key;
    }

    public int getVersion() {
        return version;
    }

    public ConsentKind getKind() {
        return kind;
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public LocalizedString getLabel() {
        return label;
    }

    public LocalizedString getText() {
        return text;
    }

    public int getPosition() {
        return position;
    }

    public boolean isRetired() {
        return retired;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
