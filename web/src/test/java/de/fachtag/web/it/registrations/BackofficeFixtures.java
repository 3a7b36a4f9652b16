package de.fachtag.web.it.registrations;

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
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The events and registrations of {@code RegistrationsBackofficeIT}, made through the services
 * once the tenants are imported and before the application serves. In Landkreis Mittelsachsen:
 * {@link #LIST} (read only: the table, its filters and files), {@link #ACTIONS} (changed by the
 * browser test), {@link #CHECKIN} (checked in by the browser test), {@link #BUSY_CHECKIN} (a
 * check-in while the seats stay locked); in the Auslandsgesellschaft:
 * {@link #FOREIGN}, which Mittelsachsen's staff must never reach. Each event has its own
 * optional photo consent text.
 */
@Singleton
@Startup
@DependsOn("TenantImporter")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackofficeFixtures {

    private static final Logger LOG = Logger.getLogger(BackofficeFixtures.class.getName());

    public static final String TENANT = "mittelsachsen";
    public static final String OTHER_TENANT = "agsa";
    public static final String LIST = "rg-liste";
    public static final String LIST_TITLE = "Fachtag Anmeldeliste";
    public static final String ACTIONS = "rg-aktionen";
    public static final String CHECKIN = "rg-checkin";
    public static final String BUSY_CHECKIN = "rg-checkin-besetzt";
    /** The clerk's day (issue 12, "Done means"): find, move, cancel and undo, export, check in three. */
    public static final String CLERK = "rg-tagesablauf";

    public static final String FOREIGN = "rg-fremd";
    public static final String PHOTO_KEY = "fotos";

    public static final String SCRIPT_NAME = "<script>alert(1)</script>";
    public static final String FORMULA_ORGANISATION = "=HYPERLINK(\"http://example.invalid\",\"klick\")";
    public static final String PLUS_NAME = "+Dora Plus";
    public static final String AT_ORGANISATION = "@Verein Döbeln";
    public static final String FOREIGN_NAME = "Ida Anderswo";
    public static final String FUNDING_NOTICE = "Diese Maßnahme wird mitfinanziert mit Steuermitteln auf Grundlage "
            + "des vom Sächsischen Landtag beschlossenen Haushaltes.";

    @EJB
    EventService events;

    @EJB
    RegistrationService registrations;

    @EJB
    ConsentTexts consents;

    public static LocalDate day() {
        return LocalDate.now(ZoneId.of("Europe/Berlin")).plusMonths(2);
    }

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void create() {
        TenantContext.runAs(TENANT, () -> {
            if (events.event(LIST).isPresent()) {
                return;
            }
            event(LIST, LIST_TITLE, EventFormat.HYBRID, Map.of("A", 2, "B", 1));
            register(
                    LIST,
                    "Anna Fotofreundin",
                    "anna@example.org",
                    "Jobcenter Mittelsachsen",
                    Sector.JOB_CENTRE,
                    "A",
                    true);
            register(LIST, SCRIPT_NAME, "script@example.org", FORMULA_ORGANISATION, Sector.OTHER, "A", false);
            register(
                    LIST,
                    "Bernd Wartend",
                    "bernd@example.org",
                    "Landratsamt Mittelsachsen",
                    Sector.ADMINISTRATION,
                    "A",
                    true);
            register(LIST, "Carla Livestream", "carla@example.org", "Volkshochschule", Sector.EDUCATION, null, false);
            register(LIST, PLUS_NAME, "dora@example.org", AT_ORGANISATION, Sector.VOLUNTEER, "B", true);

            event(ACTIONS, "Fachtag Aktionen", EventFormat.ON_SITE, Map.of("A", 1, "B", 1, "C", 2));
            register(ACTIONS, "Erik Erster", "erik@example.org", "Jobcenter", Sector.JOB_CENTRE, "A", false);
            register(ACTIONS, "Frida Folgt", "frida@example.org", "Caritas", Sector.COUNSELLING, "A", false);
            register(ACTIONS, "Gustav Gast", "gustav@example.org", "IHK", Sector.BUSINESS, "B", false);

            event(CHECKIN, "Fachtag Einlass", EventFormat.ON_SITE, Map.of("A", 5));
            register(CHECKIN, "Hanna Hier", "hanna@example.org", "Landratsamt", Sector.ADMINISTRATION, "A", true);
            register(CHECKIN, "Jonas Ohnebild", "jonas@example.org", "Tafel", Sector.VOLUNTEER, "A", false);

            event(CLERK, "Fachtag Tagesablauf", EventFormat.ON_SITE, Map.of("A", 3, "B", 3));
            register(
                    CLERK,
                    "Maria Muster",
                    "maria@example.org",
                    "Landratsamt Mittelsachsen",
                    Sector.ADMINISTRATION,
                    "A",
                    true);
            register(CLERK, "Nils Neumann", "nils@example.org", "Caritas Freiberg", Sector.COUNSELLING, "A", true);
            register(CLERK, "Olga Ostmann", "olga@example.org", "Volkshochschule", Sector.EDUCATION, "B", false);
            register(CLERK, "Paul Pohl", "paul@example.org", "IHK Chemnitz", Sector.BUSINESS, "B", true);
            register(CLERK, "Rosa Roth", "rosa@example.org", "Tafel Döbeln", Sector.VOLUNTEER, "A", true);
        });
        TenantContext.runAs(TENANT, () -> {
            if (events.event(BUSY_CHECKIN).isPresent()) {
                return;
            }
            event(BUSY_CHECKIN, "Fachtag Einlass besetzt", EventFormat.ON_SITE, Map.of("A", 5));
            register(BUSY_CHECKIN, "Karl Klemme", "karl@example.org", "Landratsamt", Sector.ADMINISTRATION, "A", true);
        });
        TenantContext.runAs(OTHER_TENANT, () -> {
            if (events.event(FOREIGN).isPresent()) {
                return;
            }
            event(FOREIGN, "Fremde Tagung", EventFormat.ON_SITE, Map.of("A", 1));
            register(FOREIGN, FOREIGN_NAME, "ida@example.org", "Auslandsgesellschaft", Sector.OTHER, "A", true);
            register(FOREIGN, "Jan Wartet Fremd", "jan@example.org", "Auslandsgesellschaft", Sector.OTHER, "A", true);
        });
        LOG.info("RegistrationsBackofficeIT fixtures ready: "
                + List.of(LIST, ACTIONS, CHECKIN, BUSY_CHECKIN, CLERK, FOREIGN));
    }

    private void event(String slug, String title, EventFormat format, Map<String, Integer> workshops) {
        EventForm f = new EventForm();
        f.setSlug(slug);
        f.setTitleDe(title);
        f.setDate(day());
        f.setStart(LocalTime.of(9, 0));
        f.setEnd(LocalTime.of(16, 0));
        f.setFormat(format);
        f.setVenueName("Tagungszentrum");
        f.setVenueCity("Freiberg");
        f.setRegistrationCloses(day().minusDays(7).atTime(23, 59));
        if (TENANT.equals(TenantContext.current().orElse(null))) {
            f.setFunderKeys(List.of("sms-sachsen"));
        }
        events.create(f);
        workshops.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(w -> {
            WorkshopForm wf = new WorkshopForm();
            wf.setCode(w.getKey());
            wf.setTitleDe("Workshop " + w.getKey() + " zum Thema Teilhabe");
            wf.setCapacity(w.getValue());
            events.addWorkshop(slug, events.event(slug).orElseThrow().version(), wf);
        });
        UUID id = events.event(slug).orElseThrow().id();
        consents.define(
                id,
                PHOTO_KEY,
                ConsentKind.OPTIONAL,
                ConsentPurpose.PHOTO,
                new LocalizedString("Ich bin mit Fotoaufnahmen einverstanden.", "I agree to photographs."),
                null,
                10);
    }

    /** A registration by hand: workshop null means livestream when the event streams, else on site without workshop. */
    public RegistrationForm form(
            String name,
            String email,
            String organisation,
            Sector sector,
            ParticipationMode mode,
            String workshop,
            boolean photos) {
        RegistrationForm f = new RegistrationForm();
        f.setName(name);
        f.setEmail(email);
        f.setOrganisation(organisation);
        f.setSector(sector);
        f.setMode(mode);
        f.setWorkshop(workshop);
        f.getConsents().put(PHOTO_KEY, photos);
        return f;
    }

    private void register(
            String slug,
            String name,
            String email,
            String organisation,
            Sector sector,
            String workshop,
            boolean photos) {
        boolean streams = events.event(slug).orElseThrow().format() == EventFormat.HYBRID;
        ParticipationMode mode = workshop == null && streams ? ParticipationMode.LIVESTREAM : ParticipationMode.ON_SITE;
        registrations.registerByOrganizer(slug, form(name, email, organisation, sector, mode, workshop, photos));
    }
}
