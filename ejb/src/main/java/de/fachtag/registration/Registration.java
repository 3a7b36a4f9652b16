package de.fachtag.registration;

import de.fachtag.event.Event;
import de.fachtag.event.Workshop;
import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's registration (Anmeldung) for one event: who, how (on site or livestream), which
 * workshop, and where it stands. Personal fields are emptied by the retention job; status,
 * mode, workshop, sector and the dates stay for the funders' figures.
 */
@Entity
@Table(name = "registration")
@NamedQuery(
        name = "Registration.byEmail",
        query = "SELECT r FROM Registration r WHERE r.event = :event AND r.emailKey = :emailKey ORDER BY r.arrival")
@NamedQuery(
        name = "Registration.activeByEmail",
        query = "SELECT r FROM Registration r WHERE r.event = :event AND r.emailKey = :emailKey"
                + " AND r.status <> de.fachtag.registration.RegistrationStatus.CANCELLED")
@NamedQuery(
        name = "Registration.byCheckinCode",
        query = "SELECT r FROM Registration r WHERE r.checkinCode = :code AND r.event = :event")
@NamedQuery(
        name = "Registration.waiting",
        query =
                "SELECT r FROM Registration r WHERE r.event = :event AND r.status = de.fachtag.registration.RegistrationStatus.WAITLISTED ORDER BY r.arrival")
@NamedQuery(
        name = "Registration.ofEvent",
        query = "SELECT r FROM Registration r WHERE r.event = :event ORDER BY r.arrival")
public class Registration extends TenantOwned {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private Event event;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "workshop_id")
    private Workshop workshop;

    @Column(nullable = false)
    private long arrival;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipationMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(nullable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sector sector;

    private String name;
    private String email;

    @Column(name = "email_key")
    private String emailKey;

    private String organisation;

    @Column(name = "accessibility_needs")
    private String accessibilityNeeds;

    @Column(name = "dietary_note")
    private String dietaryNote;

    @Column(name = "checkin_code")
    private String checkinCode;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    /** When this registration moved up from the waiting list (kept by the retention job: a figure counts it). */
    @Column(name = "promoted_at")
    private Instant promotedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "anonymized_at")
    private Instant anonymizedAt;
    /** When the contact data went while name and organisation stay as a funder's proof ({@link #eraseContact}). */
    @Column(name = "contact_erased_at")
    private Instant contactErasedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "registration", cascade = CascadeType.PERSIST)
    @OrderBy("recordedAt")
    private List<ConsentRecord> consents = new ArrayList<>();

    protected Registration() {}

    Registration(Event event, long arrival, Channel channel, Instant at) {
        this.event = event;
        this.arrival = arrival;
        this.channel = channel;
        this.registeredAt = at;
        this.updatedAt = at;
        this.status = RegistrationStatus.WAITLISTED;
    }

    /** Its place in the order of arrival, drawn under the event's seat lock (the object may be made before it). */
    void arrive(long arrival) {
        this.arrival = arrival;
    }

    void describe(Participant person) {
        this.name = person.name();
        this.email = person.email();
        this.emailKey = person.emailKey();
        this.organisation = person.organisation();
        this.sector = person.sector();
        this.accessibilityNeeds = person.accessibilityNeeds();
        this.dietaryNote = person.dietaryNote();
        this.language = person.language();
    }

    void choose(ParticipationMode mode, Workshop workshop, Instant at) {
        this.mode = mode;
        this.workshop = mode == ParticipationMode.ON_SITE ? workshop : null;
        this.updatedAt = at;
    }

    void confirm(Instant at) {
        status = RegistrationStatus.CONFIRMED;
        confirmedAt = at;
        updatedAt = at;
    }

    /** A waiting person gets a seat: confirmed, and counted as moved up from the waiting list. */
    void promote(Instant at) {
        confirm(at);
        promotedAt = at;
    }

    void waitlist(Instant at) {
        status = RegistrationStatus.WAITLISTED;
        confirmedAt = null;
        updatedAt = at;
    }

    void cancel(Instant at) {
        status = RegistrationStatus.CANCELLED;
        cancelledAt = at;
        updatedAt = at;
    }

    /** Undoes a cancellation: active again, confirmed or waiting as the seats allow. */
    void restore(RegistrationStatus to, Instant at) {
        status = to;
        cancelledAt = null;
        confirmedAt = to == RegistrationStatus.CONFIRMED ? at : null;
        updatedAt = at;
    }

    void assignCheckinCode(String code) {
        this.checkinCode = code;
    }

    void checkIn(Instant at) {
        checkedInAt = at;
        updatedAt = at;
    }

    ConsentRecord decide(ConsentText text, boolean granted, Channel channel, Instant at) {
        var record = new ConsentRecord(this, text, granted, channel, at);
        consents.add(record);
        return record;
    }

    /**
     * The first step of erasure for an event a funder demands proof for: what reaches or describes
     * the person beyond the participant list goes (mail address, check-in code, notes; the private
     * links go with them, {@link RetentionService});
     * name and organisation stay until the funder's period ends and {@link #anonymize} follows.
     */
    void eraseContact(Instant at) {
        email = null;
        emailKey = null;
        accessibilityNeeds = null;
        dietaryNote = null;
        checkinCode = null;
        contactErasedAt = at;
        updatedAt = at;
    }

    /** Erases what identifies the person; keeps what the figures count. */
    void anonymize(Instant at) {
        name = null;
        email = null;
        emailKey = null;
        organisation = null;
        accessibilityNeeds = null;
        dietaryNote = null;
        checkinCode = null;
        contactErasedAt = contactErasedAt == null ? at : contactErasedAt;
        anonymizedAt = at;
        updatedAt = at;
    }

    /** The latest decision per consent key, in the order the texts are shown. */
    public Map<String, ConsentRecord> currentConsents() {
        Map<String, ConsentRecord> latest = new LinkedHashMap<>();
        consents.stream()
                .sorted(Comparator.comparing(ConsentRecord::getRecordedAt))
                .forEach(r -> latest.put(r.getText().getKey(), r));
        return latest;
    }

    /** Whether the person refused or withdrew a photo or video consent, or never gave one. */
    public boolean refusesRecordings() {
        var recordings = currentConsents().values().stream()
                .filter(r -> r.getText().isAboutRecordings())
                .toList();
        return recordings.isEmpty() || recordings.stream().anyMatch(r -> !r.isGranted());
    }

    public Optional<ConsentRecord> currentConsent(String key) {
        return Optional.ofNullable(currentConsents().get(key));
    }

    public boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }

    public boolean isAnonymized() {
        return anonymizedAt != null;
    }

    public Event getEvent() {
        return event;
    }

    public Workshop getWorkshop() {
        return workshop;
    }

    public long getArrival() {
        return arrival;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public ParticipationMode getMode() {
        return mode;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getLanguage() {
        return language;
    }

    public Sector getSector() {
        return sector;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getEmailKey() {
        return emailKey;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getAccessibilityNeeds() {
        return accessibilityNeeds;
    }

    public String getDietaryNote() {
        return dietaryNote;
    }

    public String getCheckinCode() {
        return checkinCode;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getPromotedAt() {
        return promotedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public Instant getAnonymizedAt() {
        return anonymizedAt;
    }

    public Instant getContactErasedAt() {
        return contactErasedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<ConsentRecord> getConsents() {
        return List.copyOf(consents);
    }
}
