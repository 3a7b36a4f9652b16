package de.fachtag.web.it.events;

import de.fachtag.event.AgendaItemForm;
import de.fachtag.event.AgendaItemKind;
import de.fachtag.event.ContributionRole;
import de.fachtag.event.ContributionStatus;
import de.fachtag.event.EventForm;
import de.fachtag.event.EventFormat;
import de.fachtag.event.EventService;
import de.fachtag.event.WorkshopForm;
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
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The events {@link de.fachtag.web.it.EventPublicIT} reads, created through the organizer
 * service once the tenants are imported and before the application serves, so that no test
 * depends on another having run first. Dates are relative to today: the open event is always
 * ahead, the past one always behind.
 *
 * <p>In Landkreis Mittelsachsen (its funder {@code sms-sachsen} carries the seed's funding
 * notice): {@link #OPEN}, published, two months ahead, hybrid, with agenda items added out of
 * order, a requested speaker, a workshop with a requested speaker, the day's moderation and one
 * illustrative value; {@link #PAST}, published, a year ago; {@link #DRAFT}, never published;
 * {@link #UNDATED}, done without a date. In
 * the Auslandsgesellschaft Sachsen-Anhalt: {@link #OTHER_TENANTS}, published.
 */
@Singleton
@Startup
@DependsOn("TenantImporter")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventFixtures {

    private static final Logger LOG = Logger.getLogger(EventFixtures.class.getName());

    public static final String TENANT = "mittelsachsen";
    public static final String OTHER_TENANT = "agsa";
    public static final String SERIES = "fachtag-integration";
    public static final String OPEN = "it-fachtag-offen";
    public static final String PAST = "it-fachtag-rueckblick";
    public static final String DRAFT = "it-fachtag-entwurf";
    /** Done, but without a date (like the 2019 conferences the seeds do not date): a page, no calendar. */
    public static final String UNDATED = "it-fachtag-undatiert";

    public static final String UNDATED_TITLE = "Regionalkonferenz ohne überliefertes Datum";
    public static final String OTHER_TENANTS = "it-agsa-stadt-land";

    public static final String TITLE = "Integration gemeinsam gestalten";
    public static final String MOTTO = "Ein Blick zurück – Zwei nach vorn";
    public static final String PAST_TITLE = "Rückblick auf fünf Jahre";
    public static final String DRAFT_TITLE = "Entwurf, der nie erscheint";
    public static final String REQUESTED_SPEAKER = "Anna-Maria Kindt";
    public static final String CONFIRMED_SPEAKER = "Antje Dorn";
    public static final String GREETER = "Sebastian Vogel";
    public static final String DAY_MODERATOR = "Steven Seiffert";
    public static final String WORKSHOP_LEAD = "Jennifer Diehl";
    public static final String WORKSHOP_REQUESTED = "Fachkraft im Fokus";
    public static final String WORKSHOP_TITLE = "Mittelsachsen integriert";
    public static final String QUESTION_1 = "Welche Bereiche charakterisieren die Integrationsarbeit im Landkreis?";
    public static final String QUESTION_2 = "Wie können Projekte und Strukturen langfristig gesichert werden?";
    public static final String ROOM = "Saal Freiberg";
    public static final String CHANGE_RESERVATION = "Änderungen des Ablaufes und der Referierenden vorbehalten.";
    /** Word for word from seed 001, as mittelsachsen.yaml quotes it. */
    public static final String FUNDING_NOTICE = "Diese Maßnahme wird mitfinanziert mit Steuermitteln auf Grundlage "
            + "des vom Sächsischen Landtag beschlossenen Haushaltes.";

    /**
     * The agenda of {@link #OPEN} in the order of the day: start, end, kind, title. The fixture
     * adds them in another order; the service sorts them.
     */
    public static final List<String[]> AGENDA = List.of(
            new String[] {"08:30", "09:00", "ARRIVAL", "Come Together"},
            new String[] {"09:00", "09:15", "WELCOME", "Begrüßung"},
            new String[] {"09:15", "10:15", "INPUT_TALK", "1. Input-Vortrag"},
            new String[] {"10:15", "10:30", "BREAK", "Kaffeepause"},
            new String[] {"13:15", "15:00", "WORKSHOP_BLOCK", "Workshops"},
            new String[] {"15:15", "16:00", "EVALUATION", "Auswertung der Workshop-Ergebnisse"});
    /** The order the fixture adds the agenda items in (indexes into {@link #AGENDA}). */
    private static final int[] ADDED_IN = {4, 0, 5, 2, 1, 3};

    public static final String INPUT_SUBTITLE = "Zuwanderung und Arbeit: Potentiale erkennen, Chancen nutzen";

    /** The open event's day: two months ahead, so registration (until two weeks before) is open. */
    public static LocalDate openDay() {
        return LocalDate.now(ZoneId.of("Europe/Berlin")).plusMonths(2);
    }

    public static LocalDate registrationCloses() {
        return openDay().minusWeeks(2);
    }

    public static LocalDate livestreamCloses() {
        return openDay().minusDays(3);
    }

    public static LocalDate pastDay() {
        return LocalDate.now(ZoneId.of("Europe/Berlin")).minusYears(1);
    }

    @EJB
    EventService events;

    @EJB
    EventProbe probe;

    /** Outside any transaction: each service call is its own, bound to its own tenant. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void create() {
        TenantContext.runAs(TENANT, () -> {
            if (!probe.exists(OPEN)) {
                createOpen();
                createPast();
                createDraft();
                events.create(form(UNDATED, UNDATED_TITLE, null));
                probe.markDone(UNDATED);
            }
        });
        TenantContext.runAs(OTHER_TENANT, () -> {
            if (!probe.exists(OTHER_TENANTS)) {
                EventForm f = form(
                        OTHER_TENANTS, "Stadt – Land – Dorf (Test)", openDay().plusDays(7));
                events.create(f);
                events.publish(OTHER_TENANTS, version(OTHER_TENANTS));
            }
        });
        LOG.info("EventPublicIT fixtures ready: " + List.of(OPEN, PAST, DRAFT, UNDATED, OTHER_TENANTS));
    }

    private void createOpen() {
        EventForm f = form(OPEN, TITLE, openDay());
        f.setSeriesSlug(SERIES);
        f.setEdition(7);
        f.setMottoDe(MOTTO);
        f.setGoalDe("Den Teilnehmenden die Chance eröffnen, sich aktiv in den Prozess einzubringen.");
        f.setVenueName("Deutsches Brennstoffinstitut (DBI)");
        f.setVenueStreet("Halsbrücker Straße 34");
        f.setVenuePostcode("09599");
        f.setVenueCity("Freiberg");
        f.setVenueRoom(ROOM);
        f.setCateringNoteDe("Für die Verpflegung der Teilnehmenden wird gesorgt.");
        f.setFormat(EventFormat.HYBRID);
        f.setLivestreamNoteDe("Bei einer Teilnahme über den Livestream ist keine interaktive Mitwirkung möglich.");
        f.setRecordingNoticeDe("Es werden Video- und Fotoaufnahmen gemacht.");
        f.setChangeReservationDe(CHANGE_RESERVATION);
        f.setOrganizingGroup("Landratsamt Mittelsachsen\nJobcenter Mittelsachsen\nWillkommensbündnis Döbeln");
        f.setSupporters("Sächsischer Dachverband der Migrantenorganisationen");
        f.setContactEmail("integration@landkreis-mittelsachsen.de");
        f.setContactPhone("+49 (0) 3731 / 799 3683");
        f.setRegistrationCloses(registrationCloses().atTime(23, 59));
        f.setLivestreamCloses(livestreamCloses().atTime(23, 59));
        f.setSeats(120);
        f.setFunderKeys(List.of("sms-sachsen"));
        events.create(f);

        UUID[] ids = new UUID[AGENDA.size()];
        for (int i : ADDED_IN) {
            String[] a = AGENDA.get(i);
            AgendaItemForm item = new AgendaItemForm();
            item.setStart(LocalTime.parse(a[0]));
            item.setEnd(LocalTime.parse(a[1]));
            item.setKind(AgendaItemKind.valueOf(a[2]));
            item.setTitleDe(a[3]);
            if (i == 2) {
                item.setSubtitleDe(INPUT_SUBTITLE);
            }
            ids[i] = events.addAgendaItem(OPEN, version(OPEN), item);
        }
        events.addContribution(
                OPEN,
                version(OPEN),
                ids[1],
                GREETER,
                null,
                "Staatssekretär im Sächsischen Staatsministerium für Soziales und Gesellschaftlichen Zusammenhalt",
                ContributionRole.GREETING,
                ContributionStatus.CONFIRMED);
        events.addContribution(
                OPEN,
                version(OPEN),
                ids[2],
                REQUESTED_SPEAKER,
                "Institut für Arbeitsmarkt- und Berufsforschung (IAB)",
                null,
                ContributionRole.SPEAKER,
                ContributionStatus.REQUESTED);
        events.addContribution(
                OPEN,
                version(OPEN),
                ids[2],
                CONFIRMED_SPEAKER,
                null,
                "Beauftragte für Chancengleichheit am Arbeitsmarkt des Jobcenters Mittelsachsen",
                ContributionRole.SPEAKER,
                ContributionStatus.CONFIRMED);

        WorkshopForm w = new WorkshopForm();
        w.setCode("1");
        w.setTitleDe(WORKSHOP_TITLE);
        w.setSubtitleDe("– Zwei Blicke nach vorn!");
        w.setQuestionsDe(QUESTION_1 + "\n" + QUESTION_2);
        w.setDescriptionDe("Ein Workshop für alle, die Integrationsarbeit im Landkreis gestalten.");
        w.setAudienceDe("Verwaltung, Träger und Ehrenamt");
        w.setCapacity(30);
        w.setRoom("Raum 2");
        UUID workshop = events.addWorkshop(OPEN, version(OPEN), w);
        events.addContribution(
                OPEN,
                version(OPEN),
                workshop,
                WORKSHOP_LEAD,
                "Landkreis Mittelsachsen",
                null,
                ContributionRole.WORKSHOP_LEAD,
                ContributionStatus.CONFIRMED);
        events.addContribution(
                OPEN,
                version(OPEN),
                workshop,
                null,
                WORKSHOP_REQUESTED,
                null,
                ContributionRole.SPEAKER,
                ContributionStatus.REQUESTED);

        probe.addDayContribution(
                OPEN,
                DAY_MODERATOR,
                "Kulturbüro Sachsen e.V.",
                null,
                ContributionRole.MODERATOR,
                ContributionStatus.CONFIRMED);
        // as a demo file would: the room is invented, the page must say so
        probe.markIllustrative(OPEN, List.of("venue.room"));
        events.publish(OPEN, version(OPEN));
    }

    private void createPast() {
        EventForm f = form(PAST, PAST_TITLE, pastDay());
        f.setSeriesSlug(SERIES);
        f.setEdition(6);
        f.setVenueCity("Döbeln");
        f.setRegistrationCloses(pastDay().minusWeeks(2).atTime(23, 59));
        events.create(f);
        events.publish(PAST, version(PAST));
    }

    private void createDraft() {
        events.create(form(DRAFT, DRAFT_TITLE, openDay().plusDays(14)));
    }

    private static EventForm form(String slug, String title, LocalDate day) {
        EventForm f = new EventForm();
        f.setSlug(slug);
        f.setTitleDe(title);
        f.setDate(day);
        f.setStart(LocalTime.of(8, 30));
        f.setEnd(LocalTime.of(16, 0));
        f.setFormat(EventFormat.ON_SITE);
        return f;
    }

    private long version(String slug) {
        return events.event(slug).orElseThrow().version();
    }
}
