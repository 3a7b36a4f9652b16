package de.fachtag.web.it.tour;

import de.fachtag.event.EventForm;
import de.fachtag.event.EventFormat;
import de.fachtag.event.EventService;
import de.fachtag.event.WorkshopForm;
import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.RegistrationForm;
import de.fachtag.registration.RegistrationService;
import de.fachtag.registration.Sector;
import de.fachtag.tenancy.TenantContext;
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
import java.util.logging.Logger;

/**
 * The event of {@code PageTourIT}, made through the services once the tenants are imported: in
 * Landkreis Mittelsachsen, published, hybrid, registration open, three workshops with titles as
 * long as real ones, and a morning's worth of registrations with long names and organisations (a
 * full workshop with its waiting list, livestream, a photo refusal, a cancellation), so that the
 * screenshots show the pages as a clerk meets them. Uses the tenant file's consent keys.
 */
@Singleton
@Startup
@DependsOn("TenantImporter")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TourFixtures {

    private static final Logger LOG = Logger.getLogger(TourFixtures.class.getName());

    public static final String TENANT = "mittelsachsen";
    public static final String EVENT = "tour-fachtag";
    public static final String TITLE = "8. Fachtag Integration: Ankommen, Arbeiten, Bleiben im ländlichen Raum";
    public static final String ACK = "datenschutz";
    public static final String PHOTO = "fotos";

    @EJB
    EventService events;

    @EJB
    RegistrationService registrations;

    public static LocalDate day() {
        return LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(45);
    }

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void create() {
        TenantContext.runAs(TENANT, () -> {
            if (events.event(EVENT).isPresent()) {
                return;
            }
            EventForm f = new EventForm();
            f.setSlug(EVENT);
            f.setTitleDe(TITLE);
            f.setMottoDe("Gemeinsam Wege in Ausbildung und Arbeit finden");
            f.setGoalDe("Fachkräfte aus Verwaltung, Jobcenter, Beratung und Ehrenamt tauschen sich aus und verabreden"
                    + " nächste Schritte für die Integration in Ausbildung und Arbeit.");
            f.setDate(day());
            f.setStart(LocalTime.of(9, 0));
            f.setEnd(LocalTime.of(16, 0));
            f.setFormat(EventFormat.HYBRID);
            f.setVenueName("Tagungszentrum Freiberg");
            f.setVenueStreet("Am Obermarkt 1");
            f.setVenuePostcode("09599");
            f.setVenueCity("Freiberg");
            f.setSeats(40);
            f.setRegistrationOpens(
                    LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(3).atTime(8, 0));
            f.setRegistrationCloses(day().minusDays(7).atTime(23, 59));
            f.setLivestreamCloses(day().minusDays(1).atTime(23, 59));
            f.setFunderKeys(List.of("sms-sachsen"));
            events.create(f);
            workshop("1", "Anerkennung ausländischer Berufsabschlüsse in der Praxis der Beratungsstellen", 3);
            workshop("2", "Sprachkurse, Kinderbetreuung und Arbeit unter einen Hut bringen", 10);
            workshop("3", "Ehrenamtliche Lotsinnen und Lotsen im ländlichen Raum stärken", 10);
            events.publish(EVENT, events.event(EVENT).orElseThrow().version());
            register(
                    "Dr. Maria-Theresa Oberhauser-Lindqvist",
                    "Jobcenter Mittelsachsen, Team Markt und Integration",
                    Sector.JOB_CENTRE,
                    "1",
                    true);
            register(
                    "Ahmad Al-Rashidi",
                    "Migrationsberatung für erwachsene Zuwanderer der Diakonie Freiberg",
                    Sector.COUNSELLING,
                    "1",
                    false);
            register("Jana Schmidt", "Landratsamt Mittelsachsen", Sector.ADMINISTRATION, "1", true);
            register("Konstantin Wartemann", "Volkshochschule Mittelsachsen", Sector.EDUCATION, "1", true);
            register("Olena Kovalenko", "Ukrainischer Verein Döbeln e. V.", Sector.MIGRANT_ORGANISATION, "2", true);
            register(
                    "Peter Streamer",
                    "Industrie- und Handelskammer Chemnitz, Regionalkammer Mittelsachsen",
                    Sector.BUSINESS,
                    null,
                    true);
            var cancelled = register("Clara Absage", "Caritas", Sector.COUNSELLING, "3", true);
            registrations.cancelById(cancelled.id());
            register("Fritz Ehrenamt", "Willkommensbündnis Mittweida", Sector.VOLUNTEER, "3", false);
        });
        LOG.info("PageTourIT fixtures ready: " + EVENT);
    }

    private void workshop(String code, String title, int capacity) {
        WorkshopForm w = new WorkshopForm();
        w.setCode(code);
        w.setTitleDe(title);
        w.setCapacity(capacity);
        events.addWorkshop(EVENT, events.event(EVENT).orElseThrow().version(), w);
    }

    private de.fachtag.registration.RegistrationOutcome register(
            String name, String organisation, Sector sector, String workshop, boolean photos) {
        RegistrationForm f = new RegistrationForm();
        f.setName(name);
        f.setEmail(name.toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z]+", ".")
                        .replaceAll("^\\.|\\.$", "") + "@tour.example");
        f.setOrganisation(organisation);
        f.setSector(sector);
        f.setMode(workshop == null ? ParticipationMode.LIVESTREAM : ParticipationMode.ON_SITE);
        f.setWorkshop(workshop);
        f.getConsents().putAll(Map.of(ACK, true, PHOTO, photos));
        return registrations.registerByOrganizer(EVENT, f);
    }
}
