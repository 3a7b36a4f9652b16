package de.fachtag.web.it.actors;

import de.fachtag.actors.ActorDirectory.Actor;
import de.fachtag.actors.ActorDirectory.Contact;
import de.fachtag.actors.ActorDirectory.Responsibility;
import de.fachtag.actors.ActorDirectory.Task;
import de.fachtag.actors.ActorKind;
import de.fachtag.actors.ActorLevel;
import de.fachtag.actors.ActorService;
import de.fachtag.actors.ResponsibilityRole;
import de.fachtag.tenancy.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Adds to the demo directory of Landkreis Mittelsachsen (imported from seed 004's file at start)
 * a task without a responsible actor (a gap), a task with two (a double) and an actor with two
 * contacts, one whose person consented to publishing the name and one who did not; and gives the
 * Auslandsgesellschaft Sachsen-Anhalt a directory of its own, for the isolation tests. Created
 * once the tenants are imported and before the application serves.
 */
@Singleton
@Startup
@DependsOn({"TenantImporter", "ResultsFixtures"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ActorsFixtures {

    private static final Logger LOG = Logger.getLogger(ActorsFixtures.class.getName());

    public static final String TENANT = "mittelsachsen";
    public static final String OTHER_TENANT = "agsa";
    public static final String GAP_TASK = "IT: Aufgabe ohne Verantwortliche";
    public static final String DOUBLE_TASK = "IT: Aufgabe mit zwei Verantwortlichen";
    public static final String ACTOR = "it-beratungsstelle";
    public static final String ACTOR_NAME = "IT-Beratungsstelle Freiberg";
    public static final String NO_CONSENT = "Erika Ohne-Einwilligung";
    public static final String NO_CONSENT_ROLE = "Leitung der Beratungsstelle";
    public static final String CONSENT = "Max Mit-Einwilligung";
    public static final String OTHER_ACTOR = "it-agsa-akteur";
    /** An actor the archive test archives (brought back at every start), with one responsibility. */
    public static final String ARCHIVE_ACTOR = "it-archiv";

    public static final String ARCHIVE_ACTOR_NAME = "IT-Verein zum Archivieren";
    /**
     * An actor whose only entry was last confirmed in 2020 (stale), with an address: the mail test
     * sends it a confirmation link through the outbox and follows the link from the delivered
     * mail. Made stale again at every start.
     */
    public static final String STALE_ACTOR = "it-veraltet";

    public static final String STALE_ACTOR_NAME = "IT-Stelle mit veralteten Angaben";
    public static final String STALE_ADDRESS = "veraltet@actors.mail.test";

    /** The recommendation of {@link de.fachtag.web.it.results.ResultsFixtures} that names {@link #ACTOR} responsible. */
    public static final String RECOMMENDATION = "Lotsen verstetigen";
    /** The Auslandsgesellschaft's series with a published documentation, and its recommendation naming {@link #OTHER_ACTOR}. */
    public static final String SERIES = "regionalkonferenzen-2019";

    public static final String SERIES_RECOMMENDATION = "HE-2019-RK-02";
    /** The demo's 6th Fachtag, whose contributions name Landratsamt, Jobcenter, IAB and Treibhaus e.V. */
    public static final String DEMO_EVENT = "fachtag-integration-2021";

    public static final String OTHER_SITUATION = "it-agsa-lage";
    /** A confirmation link of {@link #ACTOR}, open for 30 days, and one that expired at once. */
    public static final String OPEN_TOKEN = "mittelsachsen.ItOpenConfirmationLinkAbcdefghijklmnopqrstu";

    public static final String EXPIRED_TOKEN = "mittelsachsen.ItExpiredConfirmationLinkAbcdefghijklmnopqr";

    static final String OTHER_FILE = """
            tenant: agsa
            areas:
              - {key: magdeburg, name: Magdeburg, level: MUNICIPAL}
            targetGroups:
              - {key: alle, label: Alle}
            actors:
              - {key: it-agsa-akteur, name: Akteur der Auslandsgesellschaft, kind: ASSOCIATION, level: CIVIL_SOCIETY}
            tasks:
              - {key: it-agsa-aufgabe, title: Aufgabe in Sachsen-Anhalt}
            responsibilities:
              - {task: it-agsa-aufgabe, actor: it-agsa-akteur, role: RESPONSIBLE, area: magdeburg, targetGroup: alle}
            lifeSituations:
              - key: it-agsa-lage
                title: Lebenslage in Sachsen-Anhalt
                steps:
                  - task: it-agsa-aufgabe
            """;

    @EJB
    ActorService actors;

    @EJB
    de.fachtag.actors.ActorConfirmations confirmations;

    @EJB
    de.fachtag.results.FollowUpService followUp;

    @EJB
    de.fachtag.results.ResultsService results;

    @EJB
    de.fachtag.results.PublishingService publishing;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void create() {
        TenantContext.runAs(TENANT, () -> {
            if (actors.directory().actor(ARCHIVE_ACTOR).isPresent()) {
                actors.archiveActor(ARCHIVE_ACTOR, false);
            }
            if (actors.directory().actor(ACTOR).isPresent()) {
                return;
            }
            LocalDate today = LocalDate.now();
            actors.saveActor(new Actor(
                    ACTOR,
                    ACTOR_NAME,
                    null,
                    ActorKind.COUNSELLING,
                    ActorLevel.CIVIL_SOCIETY,
                    null,
                    "Beratung für Zugewanderte.",
                    null,
                    "Am Markt 1",
                    "09599",
                    "Freiberg",
                    "Mo–Do 9–15 Uhr",
                    List.of("de", "uk"),
                    null,
                    null,
                    null,
                    false,
                    false,
                    List.of(
                            new Contact(NO_CONSENT_ROLE, NO_CONSENT, null, null, null, null, null, null),
                            new Contact(
                                    "Anerkennungsberatung",
                                    CONSENT,
                                    LocalDate.of(2026, 1, 15),
                                    "schriftlich, Formular vom 15.01.2026",
                                    "beratung@example.org",
                                    null,
                                    null,
                                    null))));
            actors.saveTask(new Task("it-luecke", GAP_TASK, null, null, null, "zugewanderte", null, null));
            actors.saveTask(new Task("it-doppelt", DOUBLE_TASK, null, null, null, "zugewanderte", null, null));
            actors.addResponsibility(new Responsibility(
                    null,
                    "it-doppelt",
                    "jobcenter",
                    ResponsibilityRole.RESPONSIBLE,
                    "landkreis-mittelsachsen",
                    "zugewanderte",
                    null,
                    null,
                    "IT",
                    today,
                    "IT"));
            actors.addResponsibility(new Responsibility(
                    null,
                    "it-doppelt",
                    ACTOR,
                    ResponsibilityRole.RESPONSIBLE,
                    "landkreis-mittelsachsen",
                    "zugewanderte",
                    null,
                    null,
                    "IT",
                    today,
                    "IT"));
            actors.addResponsibility(new Responsibility(
                    null,
                    "it-luecke",
                    ACTOR,
                    ResponsibilityRole.ADVISING,
                    "landkreis-mittelsachsen",
                    "zugewanderte",
                    null,
                    null,
                    "IT",
                    today,
                    "IT"));
        });
        TenantContext.runAs(TENANT, () -> {
            if (actors.directory().actor(ARCHIVE_ACTOR).isEmpty()) {
                actors.saveActor(new Actor(
                        ARCHIVE_ACTOR,
                        ARCHIVE_ACTOR_NAME,
                        null,
                        ActorKind.ASSOCIATION,
                        ActorLevel.CIVIL_SOCIETY,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Freiberg",
                        null,
                        List.of(),
                        null,
                        null,
                        null,
                        false,
                        false,
                        List.of()));
                actors.addResponsibility(new Responsibility(
                        null,
                        "it-luecke",
                        ARCHIVE_ACTOR,
                        ResponsibilityRole.INVOLVED,
                        "landkreis-mittelsachsen",
                        "zugewanderte",
                        null,
                        null,
                        "IT",
                        LocalDate.now(),
                        "IT"));
            }
            if (actors.directory().actor(STALE_ACTOR).isEmpty()) {
                actors.saveActor(new Actor(
                        STALE_ACTOR,
                        STALE_ACTOR_NAME,
                        null,
                        ActorKind.COUNSELLING,
                        ActorLevel.CIVIL_SOCIETY,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Döbeln",
                        null,
                        List.of(),
                        null,
                        STALE_ADDRESS,
                        null,
                        false,
                        false,
                        List.of()));
            }
            actors.directory().ofActor(STALE_ACTOR).forEach(r -> actors.removeResponsibility(r.id()));
            actors.addResponsibility(new Responsibility(
                    null,
                    "it-luecke",
                    STALE_ACTOR,
                    ResponsibilityRole.TO_INFORM,
                    "landkreis-mittelsachsen",
                    "zugewanderte",
                    null,
                    null,
                    "IT",
                    LocalDate.of(2020, 1, 15),
                    "IT 2020"));
            String slug = de.fachtag.web.it.events.EventFixtures.OPEN;
            results.documentation(slug).recommendations().stream()
                    .filter(r -> RECOMMENDATION.equals(r.titleDe()))
                    .findFirst()
                    .ifPresent(r -> followUp.assignActor(slug, r.id(), ACTOR));
        });
        TenantContext.runAs(TENANT, () -> {
            confirmations.storeToken(
                    confirmations.create(ACTOR, "beratung@example.org", java.time.Duration.ofDays(30)),
                    de.fachtag.registration.Tokens.hash(OPEN_TOKEN));
            confirmations.storeToken(
                    confirmations.create(ACTOR, "beratung@example.org", java.time.Duration.ofMillis(1)),
                    de.fachtag.registration.Tokens.hash(EXPIRED_TOKEN));
        });
        TenantContext.runAs(OTHER_TENANT, () -> {
            if (actors.directory().actor(OTHER_ACTOR).isEmpty()) {
                actors.importFile("agsa-it.yaml", OTHER_FILE.getBytes(StandardCharsets.UTF_8));
            }
            // a recommendation of the (published) series documentation names the actor
            publishing.seriesDocumentation(SERIES).recommendations().stream()
                    .filter(r -> SERIES_RECOMMENDATION.equals(r.identifier()))
                    .findFirst()
                    .ifPresent(r -> followUp.assignSeriesActor(SERIES, r.id(), OTHER_ACTOR));
        });
        LOG.info("ActorsIT fixtures ready");
    }
}
