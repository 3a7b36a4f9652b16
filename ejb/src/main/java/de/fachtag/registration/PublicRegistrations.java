package de.fachtag.registration;

import de.fachtag.event.Event;
import de.fachtag.event.EventCatalog;
import de.fachtag.event.Workshop;
import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenant.LocalizedString;
import de.fachtag.tenant.TenantProfile;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the public side shows about registering, read in one transaction and handed out as
 * views (no entity reaches a page): the choices a form offers now (open modes, workshops with
 * their waitlist state, consent texts, sectors), a participant's own registration behind the
 * private link with every consent decision (the GDPR Art. 15 export), and the origins a tenant
 * lets embed its form. Changes go through {@link RegistrationService}.
 */
@Stateless
@TenantScoped
public class PublicRegistrations {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @EJB
    ConsentTexts consentTexts;

    @EJB
    RegistrationService registrations;

    @Inject
    Clock clock;

    /** A consent or acknowledgement text as a form shows it. */
    public record ConsentTextView(
            String key,
            int version,
            boolean optional,
            ConsentPurpose purpose,
            LocalizedString label,
            LocalizedString text)
            implements Serializable {}

    /** A workshop to choose; {@code full}: a new on-site registration for it goes on the waitlist. */
    /** {@code free}: seats left before the workshop is full; null without a capacity. */
    public record WorkshopChoice(String code, LocalizedString title, Integer capacity, boolean full, Integer free)
            implements Serializable {}

    /** What the registration form of an event offers right now. */
    public record FormOptions(
            UUID eventId,
            List<ParticipationMode> openModes,
            List<ParticipationMode> offeredModes,
            List<WorkshopChoice> workshops,
            boolean onSiteFull,
            List<ConsentTextView> consents,
            List<String> sectors)
            implements Serializable {}

    /** The current decision on one consent text. */
    public record ConsentState(ConsentTextView text, Boolean granted, Instant decidedAt) implements Serializable {}

    /** One stored decision, as the Art. 15 export lists it. */
    public record ConsentDecision(
            String key,
            int version,
            String labelDe,
            String labelEn,
            String textDe,
            String textEn,
            boolean granted,
            Channel channel,
            Instant recordedAt)
            implements Serializable {}

    /** A participant's own registration, as the private link shows it. */
    public record SelfServiceView(
            UUID id,
            String eventSlug,
            LocalizedString eventTitle,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            String timeZone,
            RegistrationStatus status,
            Integer waitlistPosition,
            ParticipationMode mode,
            String workshopCode,
            LocalizedString workshopTitle,
            String name,
            String email,
            String organisation,
            Sector sector,
            String accessibilityNeeds,
            String dietaryNote,
            String language,
            Channel channel,
            Instant registeredAt,
            Instant confirmedAt,
            Instant cancelledAt,
            List<WorkshopChoice> workshops,
            List<ParticipationMode> openModes,
            List<ConsentState> consents,
            List<ConsentDecision> decisions)
            implements Serializable {

        public boolean active() {
            return status != RegistrationStatus.CANCELLED;
        }
    }

    /** Whether the current tenant has a public event with this slug (one read: what the API asks before anything else). */
    public boolean isPublicEvent(String eventSlug) {
        return EventCatalog.bySlug(em, eventSlug).filter(Event::isPublic).isPresent();
    }

    /**
     * Whether every on-site seat of a public event is taken (new on-site registrations go on the
     * waiting list); false without a seat limit, for a draft, an unknown or another tenant's event.
     */
    public boolean onSiteFull(String eventSlug) {
        return EventCatalog.bySlug(em, eventSlug)
                .filter(Event::isPublic)
                .map(e -> e.getSeats() != null && confirmedOnSite(e, null) >= e.getSeats())
                .orElse(false);
    }

    /** The choices of a public event's form; empty for a draft, an unknown or another tenant's event. */
    public Optional<FormOptions> formOptions(String eventSlug) {
        Optional<Event> found = EventCatalog.bySlug(em, eventSlug).filter(Event::isPublic);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Event event = found.get();
        Map<UUID, Long> taken = confirmedPerWorkshop(event, null);
        boolean onSiteFull = event.getSeats() != null && confirmedOnSite(event, null) >= event.getSeats();
        List<WorkshopChoice> workshops = event.getWorkshops().stream()
                .map(w -> choice(w, taken, onSiteFull))
                .toList();
        List<ParticipationMode> offered = java.util.Arrays.stream(ParticipationMode.values())
                .filter(m -> m == ParticipationMode.ON_SITE ? event.offersOnSite() : event.offersLivestream())
                .toList();
        return Optional.of(new FormOptions(
                event.getId(),
                RegistrationService.openModes(event, clock.instant()),
                offered,
                workshops,
                onSiteFull,
                consents(event),
                registrations.offeredSectors()));
    }

    /** The registration a private link opens; unknown, erased and other tenants' tokens: not found. */
    public SelfServiceView selfService(String token) {
        Registration r = registrations.byToken(token);
        Event event = r.getEvent();
        Map<UUID, Long> taken = confirmedPerWorkshop(event, r);
        boolean onSiteFull = event.getSeats() != null && confirmedOnSite(event, r) >= event.getSeats();
        List<WorkshopChoice> workshops = event.getWorkshops().stream()
                .map(w -> choice(w, taken, onSiteFull))
                .toList();
        Map<String, ConsentRecord> current = r.currentConsents();
        List<ConsentState> consents = consents(event).stream()
                .map(t -> {
                    ConsentRecord c = current.get(t.key());
                    return new ConsentState(t, c == null ? null : c.isGranted(), c == null ? null : c.getRecordedAt());
                })
                .toList();
        List<ConsentDecision> decisions = r.getConsents().stream()
                .map(c -> {
                    ConsentText t = c.getText();
                    return new ConsentDecision(
                            t.getKey(),
                            t.getVersion(),
                            de(t.getLabel()),
                            en(t.getLabel()),
                            de(t.getText()),
                            en(t.getText()),
                            c.isGranted(),
                            c.getChannel(),
                            c.getRecordedAt());
                })
                .toList();
        Workshop w = r.getWorkshop();
        return new SelfServiceView(
                r.getId(),
                event.getSlug(),
                event.getTitle(),
                event.getDate(),
                event.getStart(),
                event.getEnd(),
                event.getTimeZone(),
                r.getStatus(),
                waitlistPosition(r),
                r.getMode(),
                w == null ? null : w.getCode(),
                w == null ? null : w.getTitle(),
                r.getName(),
                r.getEmail(),
                r.getOrganisation(),
                r.getSector(),
                r.getAccessibilityNeeds(),
                r.getDietaryNote(),
                r.getLanguage(),
                r.getChannel(),
                r.getRegisteredAt(),
                r.getConfirmedAt(),
                r.getCancelledAt(),
                workshops,
                RegistrationService.openModes(event, clock.instant()),
                consents,
                decisions);
    }

    /** The web origins the tenant lets call the registration API from a browser (CORS). */
    public List<String> corsOrigins() {
        return em.createNamedQuery("TenantProfile.current", TenantProfile.class)
                .getResultStream()
                .findFirst()
                .map(TenantProfile::getCorsOrigins)
                .orElse(List.of());
    }

    /** How many active registrations the event has for this address (0 or 1); for tests and support. */
    public long countByEmail(String eventSlug, String email) {
        Event event = EventCatalog.bySlug(em, eventSlug)
                .orElseThrow(() -> new de.fachtag.event.EventNotFoundException(eventSlug));
        return em.createNamedQuery("Registration.activeByEmail", Registration.class)
                .setParameter("event", event)
                .setParameter("emailKey", email.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultList()
                .size();
    }

    private List<ConsentTextView> consents(Event event) {
        return consentTexts.forEvent(event.getId()).stream()
                .map(t -> new ConsentTextView(
                        t.getKey(), t.getVersion(), t.isOptional(), t.getPurpose(), t.getLabel(), t.getText()))
                .toList();
    }

    private static WorkshopChoice choice(Workshop w, Map<UUID, Long> taken, boolean onSiteFull) {
        boolean full = onSiteFull || w.getCapacity() != null && taken.getOrDefault(w.getId(), 0L) >= w.getCapacity();
        Integer free =
                w.getCapacity() == null ? null : (int) Math.max(0, w.getCapacity() - taken.getOrDefault(w.getId(), 0L));
        return new WorkshopChoice(w.getCode(), w.getTitle(), w.getCapacity(), full, free);
    }

    private Map<UUID, Long> confirmedPerWorkshop(Event event, Registration except) {
        Map<UUID, Long> taken = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT r.workshop.id, COUNT(r) FROM Registration r WHERE r.event = :event"
                                + " AND r.status = de.fachtag.registration.RegistrationStatus.CONFIRMED"
                                + " AND r.mode = de.fachtag.registration.ParticipationMode.ON_SITE AND r.workshop IS NOT NULL"
                                + " AND r.id <> :self GROUP BY r.workshop.id",
                        Object[].class)
                .setParameter("event", event)
                .setParameter("self", except == null ? new UUID(0, 0) : except.getId())
                .getResultList()) {
            taken.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        return taken;
    }

    private long confirmedOnSite(Event event, Registration except) {
        return em.createQuery(
                        "SELECT COUNT(r) FROM Registration r WHERE r.event = :event"
                                + " AND r.status = de.fachtag.registration.RegistrationStatus.CONFIRMED"
                                + " AND r.mode = de.fachtag.registration.ParticipationMode.ON_SITE AND r.id <> :self",
                        Long.class)
                .setParameter("event", event)
                .setParameter("self", except == null ? new UUID(0, 0) : except.getId())
                .getSingleResult();
    }

    private Integer waitlistPosition(Registration r) {
        return de.fachtag.registration.Waitlist.positionOf(em, r);
    }

    private static String de(LocalizedString s) {
        return s == null ? null : s.getDe();
    }

    private static String en(LocalizedString s) {
        return s == null ? null : s.getEn();
    }
}
