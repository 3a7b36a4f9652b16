package de.fachtag.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.fachtag.event.EventNotFoundException;
import de.fachtag.event.EventService;
import de.fachtag.event.WorkshopForm;
import de.fachtag.identity.AccessTokens;
import de.fachtag.identity.StaffRole;
import de.fachtag.registration.CheckIn;
import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.RegistrationFilter;
import de.fachtag.registration.RegistrationList;
import de.fachtag.registration.RegistrationNotFoundException;
import de.fachtag.registration.RegistrationRow;
import de.fachtag.registration.RegistrationService;
import de.fachtag.registration.RegistrationStatus;
import de.fachtag.registration.Sector;
import de.fachtag.registration.Tokens;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenant.RejectedInputException;
import de.fachtag.web.it.browser.BrowserExtension;
import de.fachtag.web.it.registrations.BackofficeFixtures;
import de.fachtag.web.it.registrations.RegistrationPages;
import de.fachtag.web.it.registrations.ReportPages;
import de.fachtag.web.it.registrations.TokenRows;
import jakarta.ejb.EJB;
import java.net.URL;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organizer's side of registration: the lazy table with its filters, adding, correcting,
 * cancelling (which promotes the first waiting person), moving and promoting; the CSV, XLSX
 * and PDF files opened with their libraries (formula cells defused, signature column, funding
 * notice, QR code read back from the rendered badge); check-in twice; hostile names shown as
 * text; and every event slug and registration id of another tenant answering "not found".
 *
 * <p>Run alone: {@code ./mvnw -o -q -pl web -am verify -Dit.test=RegistrationsBackofficeIT
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtest=none -Dfachtag.test.db=fachtag_it_organizer}.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class RegistrationsBackofficeIT {

    static final String T = BackofficeFixtures.TENANT;
    static final String BASE = "/organizer/" + T + "/events/";
    static final String ORGANIZER = "organizer@mittelsachsen.demo";
    static final String CHECKIN_STAFF = "checkin@mittelsachsen.demo";
    static final String NOT_FOUND = "Seite nicht gefunden";

    @ArquillianResource
    URL base;

    @EJB
    RegistrationList list;

    @EJB
    RegistrationService registrations;

    @EJB
    EventService events;

    @EJB
    BackofficeFixtures fixtures;

    // ---------------------------------------------------------------- the query, in the container

    @Test
    void listFiltersSortsAndPagesInTheDatabase() {
        String e = BackofficeFixtures.LIST;
        TenantContext.runAs(T, () -> {
            assertEquals(5, list.count(e, RegistrationFilter.all()));
            List<RegistrationRow> all = list.all(e, RegistrationFilter.all());
            assertEquals(
                    List.of(1L, 2L, 3L, 4L, 5L),
                    all.stream().map(RegistrationRow::position).toList(),
                    "arrival order");
            assertEquals(
                    List.of("Bernd Wartend"),
                    names(e, RegistrationFilter.all().withStatus(RegistrationStatus.WAITLISTED)));
            assertEquals(1, all.get(2).waitlistPosition(), "first in the queue of workshop A");
            assertEquals(
                    List.of("Carla Livestream"),
                    names(e, RegistrationFilter.all().withMode(ParticipationMode.LIVESTREAM)));
            assertEquals(
                    List.of(BackofficeFixtures.PLUS_NAME),
                    names(e, RegistrationFilter.all().withWorkshop("b")));
            assertEquals(
                    List.of("Anna Fotofreundin"),
                    names(e, RegistrationFilter.all().withSector(Sector.JOB_CENTRE)));
            assertEquals(
                    List.of("Anna Fotofreundin", "Bernd Wartend", BackofficeFixtures.PLUS_NAME),
                    names(e, RegistrationFilter.all().withPhoto(true)));
            assertEquals(
                    List.of(BackofficeFixtures.SCRIPT_NAME, "Carla Livestream"),
                    names(e, RegistrationFilter.all().withPhoto(false)));
            assertEquals(
                    List.of("Anna Fotofreundin", "Bernd Wartend"),
                    names(e, RegistrationFilter.all().withSearch("MITTELSACHSEN")));
            assertEquals(
                    List.of("Carla Livestream"),
                    names(e, RegistrationFilter.all().withSearch("carla@EXAMPLE")));
            assertEquals(
                    List.of(),
                    names(e, RegistrationFilter.all().withSearch("%")),
                    "LIKE wildcards are searched as text");
            assertEquals(List.of(), names(e, RegistrationFilter.all().withSearch("_")));
            List<RegistrationRow> page = list.page(e, RegistrationFilter.all(), 0, 2, "position", true);
            assertEquals(
                    List.of(BackofficeFixtures.PLUS_NAME, "Carla Livestream"),
                    page.stream().map(RegistrationRow::name).toList());
            List<RegistrationRow> page2 = list.page(e, RegistrationFilter.all(), 2, 2, "position", true);
            assertEquals(
                    List.of("Bernd Wartend", BackofficeFixtures.SCRIPT_NAME),
                    page2.stream().map(RegistrationRow::name).toList());
            assertEquals(
                    List.of("Bernd Wartend"),
                    list.page(e, RegistrationFilter.all(), 0, 1, "status", true).stream()
                            .map(RegistrationRow::name)
                            .toList(),
                    "WAITLISTED sorts last");
            assertEquals(
                    "Volkshochschule",
                    list.page(e, RegistrationFilter.all(), 0, 1, "organisation", true)
                            .get(0)
                            .organisation());
        });
    }

    private List<String> names(String event, RegistrationFilter filter) {
        return list.all(event, filter).stream().map(RegistrationRow::name).toList();
    }

    @Test
    void cancellingAConfirmedSeatPromotesTheFirstWaitingPersonAndPromoteNeedsAFreeSeat() {
        String slug = "rg-nachruecken";
        TenantContext.runAs(T, () -> {
            de.fachtag.event.EventForm f = new de.fachtag.event.EventForm();
            f.setSlug(slug);
            f.setTitleDe("Nachrücken");
            f.setDate(BackofficeFixtures.day());
            f.setStart(LocalTime.of(9, 0));
            f.setEnd(LocalTime.of(16, 0));
            events.create(f);
            WorkshopForm w = new WorkshopForm();
            w.setCode("A");
            w.setTitleDe("Eins");
            w.setCapacity(1);
            events.addWorkshop(slug, events.event(slug).orElseThrow().version(), w);
        });
        UUID first = register(slug, "Paula Platz", "paula@example.org");
        UUID second = register(slug, "Quentin Queue", "quentin@example.org");
        UUID third = register(slug, "Rita Reihe", "rita@example.org");
        TenantContext.runAs(T, () -> {
            assertEquals(RegistrationStatus.WAITLISTED, list.row(slug, second).status());
            RejectedInputException full =
                    assertThrows(RejectedInputException.class, () -> registrations.promote(third));
            assertEquals("fachtag.registration.noSeatFree", full.problems().get("status"));
        });
        TenantContext.runAs(T, () -> registrations.cancelById(first));
        TenantContext.runAs(T, () -> {
            assertEquals(RegistrationStatus.CANCELLED, list.row(slug, first).status());
            assertEquals(
                    RegistrationStatus.CONFIRMED, list.row(slug, second).status(), "the first waiting person moved up");
            assertEquals(RegistrationStatus.WAITLISTED, list.row(slug, third).status());
            assertEquals(1, list.row(slug, third).waitlistPosition());
            // a second seat: the organizer lets Rita move up
            WorkshopForm bigger = new WorkshopForm();
            var ws = events.event(slug).orElseThrow().workshops().get(0);
            bigger.setId(ws.id());
            bigger.setCode("A");
            bigger.setTitleDe("Eins");
            bigger.setCapacity(2);
            events.changeWorkshop(slug, events.event(slug).orElseThrow().version(), bigger);
        });
        TenantContext.runAs(T, () -> registrations.promote(third));
        TenantContext.callAs(T, () -> {
            assertEquals(RegistrationStatus.CONFIRMED, list.row(slug, third).status());
            return null;
        });
    }

    private UUID register(String slug, String name, String email) {
        return TenantContext.callAs(
                T,
                () -> registrations
                        .registerByOrganizer(
                                slug,
                                fixtures.form(name, email, null, Sector.OTHER, ParticipationMode.ON_SITE, "A", false))
                        .id());
    }

    @Test
    void anotherTenantsEventAndRegistrationsAreNotFoundAndStayUnchanged() {
        RegistrationRow foreign = TenantContext.callAs(
                BackofficeFixtures.OTHER_TENANT,
                () -> list.all(BackofficeFixtures.FOREIGN, RegistrationFilter.all())
                        .get(0));
        RegistrationRow waiting = TenantContext.callAs(
                BackofficeFixtures.OTHER_TENANT,
                () -> list.all(BackofficeFixtures.FOREIGN, RegistrationFilter.all())
                        .get(1));
        assertEquals(BackofficeFixtures.FOREIGN_NAME, foreign.name());
        UUID id = foreign.id();
        TenantContext.runAs(T, () -> {
            assertThrows(
                    EventNotFoundException.class, () -> list.all(BackofficeFixtures.FOREIGN, RegistrationFilter.all()));
            assertThrows(
                    EventNotFoundException.class,
                    () -> list.count(BackofficeFixtures.FOREIGN, RegistrationFilter.all()));
            assertThrows(
                    EventNotFoundException.class,
                    () -> registrations.checkIn(BackofficeFixtures.FOREIGN, foreign.checkinCode()));
            assertThrows(RegistrationNotFoundException.class, () -> list.row(BackofficeFixtures.LIST, id));
            assertThrows(RegistrationNotFoundException.class, () -> list.form(BackofficeFixtures.LIST, id));
            assertThrows(RegistrationNotFoundException.class, () -> registrations.find(id));
            assertThrows(RegistrationNotFoundException.class, () -> registrations.cancelById(id));
            assertThrows(RegistrationNotFoundException.class, () -> registrations.move(id, "A"));
            assertThrows(RegistrationNotFoundException.class, () -> registrations.promote(waiting.id()));
            assertThrows(
                    RegistrationNotFoundException.class,
                    () -> registrations.correct(
                            id,
                            fixtures.form(
                                    "Umbenannt",
                                    "neu@example.org",
                                    null,
                                    Sector.OTHER,
                                    ParticipationMode.ON_SITE,
                                    "A",
                                    false)));
            assertEquals(
                    CheckIn.Result.UNKNOWN,
                    registrations
                            .checkIn(BackofficeFixtures.LIST, foreign.checkinCode())
                            .result());
        });
        TenantContext.runAs(BackofficeFixtures.OTHER_TENANT, () -> {
            RegistrationRow after = list.row(BackofficeFixtures.FOREIGN, id);
            assertEquals(BackofficeFixtures.FOREIGN_NAME, after.name());
            assertEquals(RegistrationStatus.CONFIRMED, after.status());
            assertEquals(null, after.checkedInAt());
            assertEquals(
                    RegistrationStatus.WAITLISTED,
                    list.row(BackofficeFixtures.FOREIGN, waiting.id()).status());
        });
    }

    // ---------------------------------------------------------------- the pages, in Chromium (RegistrationPages)

    @Test
    @RunAsClient
    void organizerSeesTheTableFiltersItAndAHostileNameStaysText() {
        RegistrationPages.at(base.toString()).organizerSeesTheTableFiltersItAndAHostileNameStaysText();
    }

    @Test
    @RunAsClient
    void exportsOpenWithTheirLibrariesWithFormulaCellsDefused() {
        RegistrationPages.at(base.toString()).exportsOpenWithTheirLibrariesWithFormulaCellsDefused();
    }

    @Test
    @RunAsClient
    void checkInByKeyboardTwiceSaysWhenAndUnknownCodesAreNamed() {
        RegistrationPages.at(base.toString()).checkInByKeyboardTwiceSaysWhenAndUnknownCodesAreNamed();
    }

    @Test
    @RunAsClient
    void checkInStaffCannotOpenTheTableOrTheFiles() {
        RegistrationPages.at(base.toString()).checkInStaffCannotOpenTheTableOrTheFiles();
    }

    @Test
    @RunAsClient
    void anotherTenantsEventSlugAnswersNotFoundOnEveryPageAndFile() {
        RegistrationPages.at(base.toString()).anotherTenantsEventSlugAnswersNotFoundOnEveryPageAndFile();
    }

    @Test
    @RunAsClient
    void organizerAddsCorrectsCancelsMovesAndPromotesByHand() {
        RegistrationPages.at(base.toString()).organizerAddsCorrectsCancelsMovesAndPromotesByHand();
    }

    @Test
    @RunAsClient
    void clerksDayFitsTheScreen() {
        RegistrationPages.at(base.toString()).clerksDayFitsTheScreen();
    }

    @Test
    @RunAsClient
    void organizerIsToldWhenTheSeatsStayBusy() throws Exception {
        RegistrationPages.at(base.toString()).organizerIsToldWhenTheSeatsStayBusy();
    }

    @Test
    @RunAsClient
    void checkInIsToldWhenTheSeatsStayBusyAndKeepsTheCode() throws Exception {
        RegistrationPages.at(base.toString()).checkInIsToldWhenTheSeatsStayBusyAndKeepsTheCode();
    }

    // ---------------------------------------------------------------- reports (ReportPages)

    @Test
    @RunAsClient
    void eventReportIsTheSameOnThePageAndInEveryFile() {
        ReportPages.at(base.toString()).eventReportIsTheSameOnThePageAndInEveryFile();
    }

    @Test
    @RunAsClient
    void fundingReportIsTheEventsFiguresProtectedWithTheNoticeOnEveryPageAndTheSignatureLists() throws Exception {
        ReportPages.at(base.toString())
                .fundingReportIsTheEventsFiguresProtectedWithTheNoticeOnEveryPageAndTheSignatureLists();
    }

    @Test
    @RunAsClient
    void reportsOutsideTheReadersTenantOrRoleAreNotFound() {
        ReportPages.at(base.toString()).reportsOutsideTheReadersTenantOrRoleAreNotFound();
    }

    @Test
    @RunAsClient
    void ministryAnalystsSeeTheirScopeAnonymouslyAndNothingElse() {
        ReportPages.at(base.toString()).ministryAnalystsSeeTheirScopeAnonymouslyAndNothingElse();
    }

    // ---------------------------------------------------------------- personal access tokens

    @EJB
    AccessTokens tokens;

    @EJB
    TokenRows tokenRows;

    /** Made, used, revoked, expired; the database keeps the SHA-256 only; the role and the tenant count. */
    @Test
    void accessTokensAreHashedRevocableAndExpire() {
        String ministry = "sms-sachsen";
        String analyst = "analyst@sms-sachsen.demo";
        AccessTokens.Issued issued =
                TenantContext.callAs(ministry, () -> tokens.create(analyst, "Statistikprogramm", 30));
        assertTrue(issued.token().startsWith(ministry + "."));
        List<String> row = TenantContext.callAs(ministry, () -> tokenRows.row(issued.id()));
        assertTrue(row.contains(Tokens.hash(issued.token())), "the hash is stored: " + row);
        assertTrue(
                row.stream().noneMatch(c -> c.contains(issued.token().substring(ministry.length() + 1))),
                "the token itself is not: " + row);
        assertTrue(TenantContext.callAs(
                        ministry, () -> tokens.authenticate(issued.token(), StaffRole.MINISTRY_ANALYST_NAME))
                .isPresent());
        assertTrue(
                TenantContext.callAs(ministry, () -> tokens.authenticate(issued.token(), StaffRole.ORGANIZER_NAME))
                        .isEmpty(),
                "a role the account does not hold");
        assertTrue(
                TenantContext.callAs(
                                "ms-sachsen-anhalt",
                                () -> tokens.authenticate(issued.token(), StaffRole.MINISTRY_ANALYST_NAME))
                        .isEmpty(),
                "another ministry does not know it");

        TenantContext.runAs(ministry, () -> tokenRows.expire(issued.id()));
        assertTrue(
                TenantContext.callAs(
                                ministry, () -> tokens.authenticate(issued.token(), StaffRole.MINISTRY_ANALYST_NAME))
                        .isEmpty(),
                "expired");

        AccessTokens.Issued second = TenantContext.callAs(ministry, () -> tokens.create(analyst, "Zweites", 1));
        assertTrue(TenantContext.callAs(ministry, () -> tokens.revoke(analyst, second.id())));
        assertTrue(
                TenantContext.callAs(
                                ministry, () -> tokens.authenticate(second.token(), StaffRole.MINISTRY_ANALYST_NAME))
                        .isEmpty(),
                "revoked");
        assertThrows(
                RejectedInputException.class,
                () -> TenantContext.callAs(ministry, () -> tokens.create(analyst, " ", 30)),
                "a name is needed");
        assertThrows(
                RejectedInputException.class,
                () -> TenantContext.callAs(ministry, () -> tokens.create(analyst, "Zu lang", 366)),
                "at most a year");
    }

    @Test
    @RunAsClient
    void theFiguresApiAnswersAnAnalystsTokenAndNothingElse() {
        ReportPages.at(base.toString()).theFiguresApiAnswersAnAnalystsTokenAndNothingElse();
    }
}
