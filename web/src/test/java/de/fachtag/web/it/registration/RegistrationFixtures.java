package de.fachtag.web.it.registration;

import de.fachtag.event.EventForm;
import de.fachtag.event.EventFormat;
import de.fachtag.event.EventService;
import de.fachtag.event.WorkshopForm;
import de.fachtag.registration.ConsentKind;
import de.fachtag.registration.ConsentPurpose;
import de.fachtag.registration.ConsentTexts;
import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.RegistrationForm;
import de.fachtag.registration.RegistrationService;
import de.fachtag.registration.Sector;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenant.LocalizedString;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;

/**
 * The events the registration tests use, created through the organizer service once the
 * tenants are imported, with registration windows relative to now (so they never go stale):
 * in the test district {@code testkreis} {@link #OPEN} (hybrid, workshops 1, 2 and 3, workshop
 * 2 already full), {@link #NOT_YET} (opens in ten days) and {@link #CLOSED} (closed yesterday);
 * in {@code agsa} {@link #OTHER_TENANTS} with one registration made by hand, whose private
 * link is {@link #otherTenantsToken}. Consent texts of testkreis: those of its tenant file, or,
 * while the file has none, a privacy acknowledgement and an optional photo consent defined here;
 * the tests find their keys in {@link #ackKey()} and {@link #photoKey()}. Idempotent: both IT classes deploy it against one database.
 */
@Singleton
@Startup
@DependsOn("TenantImporter")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegistrationFixtures {

    private static final Logger LOG = Logger.getLogger(RegistrationFixtures.class.getName());

    public static final String TENANT = "testkreis";
    public static final String OTHER_TENANT = "agsa";
    public static final String OPEN = "it-reg-offen";
    public static final String NOT_YET = "it-reg-bald";
    public static final String CLOSED = "it-reg-beendet";
    public static final String OTHER_TENANTS = "it-reg-agsa";
    public static final String TITLE = "Fachtag Anmeldung im Test";
    public static final String WORKSHOP_1 = "Ankommen im Landkreis";
    public static final String WORKSHOP_2 = "Kleiner Kreis";
    public static final String WORKSHOP_3 = "Arbeit und Ausbildung";
    public static final String RECORDING_NOTICE = "Während der Veranstaltung werden Foto- und Videoaufnahmen gemacht.";
    public static final String PRIVACY_LABEL = "Ich habe die Datenschutzhinweise zur Kenntnis genommen.";
    public static final String PHOTO_LABEL = "Ich bin mit Fotos von mir einverstanden.";
    public static final String ORIGIN = "https://www.testkreis.example";

    /** The keys of the tenant's acknowledgement and optional photo consent (set at deployment). */
    private static volatile String ackKey;

    private static volatile String photoKey;

    /** The private link of the registration in the other tenant (set at deployment). */
    private static volatile String otherTenantsToken;

    @EJB
    EventService events;

    @EJB
    ConsentTexts consents;

    @EJB
    RegistrationService registrations;

    @EJB
    PublicRegistrationProbe probe;

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Berlin"));
    }

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void create() {
        TenantContext.runAs(TENANT, () -> {
            if (consents.forEvent(null).stream().noneMatch(t -> !t.isOptional())) {
                // until the tenant file carries consent texts (registration YAML support)
                consents.define(
                        null,
                        "privacy",
                        ConsentKind.ACKNOWLEDGEMENT,
                        ConsentPurpose.PRIVACY,
                        new LocalizedString(PRIVACY_LABEL, "I have read the privacy notice."),
                        new LocalizedString("Ihre Angaben verwenden wir nur für diese Veranstaltung.", null),
                        1);
                consents.define(
                        null,
                        "photo",
                        ConsentKind.OPTIONAL,
                        ConsentPurpose.PHOTO,
                        new LocalizedString(PHOTO_LABEL, "I agree to photos of me."),
                        new LocalizedString("Fotos können in der Presse erscheinen.", null),
                        2);
            }
            ackKey = consents.forEvent(null).stream()
                    .filter(t -> !t.isOptional())
                    .findFirst()
                    .orElseThrow()
                    .getKey();
            photoKey = consents.forEvent(null).stream()
                    .filter(t -> t.isOptional())
                    .findFirst()
                    .orElseThrow()
                    .getKey();
            if (!probe.eventExists(OPEN)) {
                probe.allowOrigins(List.of(ORIGIN));
                createOpen();
                window(
                        NOT_YET,
                        today().plusDays(40),
                        today().plusDays(10).atTime(8, 0),
                        today().plusDays(20).atTime(23, 59));
                window(
                        CLOSED,
                        today().plusDays(10),
                        today().minusDays(20).atTime(8, 0),
                        today().minusDays(1).atTime(23, 59));
            }
        });
        TenantContext.runAs(OTHER_TENANT, () -> {
            if (!probe.eventExists(OTHER_TENANTS)) {
                window(
                        OTHER_TENANTS,
                        today().plusDays(50),
                        today().minusDays(1).atTime(8, 0),
                        today().plusDays(30).atTime(23, 59));
            }
            RegistrationForm f = person(
                    "Agsa Teilnehmerin",
                    "teilnehmerin-" + java.util.UUID.randomUUID() + "@agsa.example",
                    ParticipationMode.ON_SITE,
                    null);
            otherTenantsToken =
                    registrations.registerByOrganizer(OTHER_TENANTS, f).token().orElse(null);
        });
        LOG.info("Registration fixtures ready: " + List.of(OPEN, NOT_YET, CLOSED, OTHER_TENANTS));
    }

    public static String ackKey() {
        return ackKey;
    }

    public static String photoKey() {
        return photoKey;
    }

    public static String otherTenantsToken() {
        return otherTenantsToken;
    }

    private void createOpen() {
        EventForm f = form(OPEN, TITLE, today().plusDays(60));
        f.setFormat(EventFormat.HYBRID);
        f.setRecordingNoticeDe(RECORDING_NOTICE);
        f.setRegistrationOpens(today().minusDays(1).atTime(8, 0));
        f.setRegistrationCloses(today().plusDays(30).atTime(23, 59));
        f.setLivestreamCloses(today().plusDays(50).atTime(23, 59));
        f.setSeats(2000); // many tests register here; only workshop 2 is meant to be full
        events.create(f);
        workshop("1", WORKSHOP_1, 1000);
        workshop("2", WORKSHOP_2, 1);
        workshop("3", WORKSHOP_3, 10);
        events.publish(OPEN, version(OPEN));
        // workshop 2 has one seat: taken, so the form offers it as "Warteliste"
        RegistrationForm taken = person("Erste Person", "erste@testkreis.example", ParticipationMode.ON_SITE, "2");
        registrations.registerByOrganizer(OPEN, taken);
    }

    private void workshop(String code, String title, int capacity) {
        WorkshopForm w = new WorkshopForm();
        w.setCode(code);
        w.setTitleDe(title);
        w.setCapacity(capacity);
        events.addWorkshop(OPEN, version(OPEN), w);
    }

    private void window(String slug, LocalDate day, LocalDateTime opens, LocalDateTime closes) {
        EventForm f = form(slug, "Fachtag " + slug, day);
        f.setRegistrationOpens(opens);
        f.setRegistrationCloses(closes);
        events.create(f);
        events.publish(slug, version(slug));
    }

    public static RegistrationForm person(String name, String email, ParticipationMode mode, String workshop) {
        RegistrationForm f = new RegistrationForm();
        f.setName(name);
        f.setEmail(email);
        f.setSector(Sector.ADMINISTRATION);
        f.setMode(mode);
        f.setWorkshop(workshop);
        f.getConsents().put(ackKey, true);
        return f;
    }

    private static EventForm form(String slug, String title, LocalDate day) {
        EventForm f = new EventForm();
        f.setSlug(slug);
        f.setTitleDe(title);
        f.setDate(day);
        f.setStart(LocalTime.of(9, 0));
        f.setEnd(LocalTime.of(16, 0));
        f.setFormat(EventFormat.ON_SITE);
        return f;
    }

    private long version(String slug) {
        return events.event(slug).orElseThrow().version();
    }
}
