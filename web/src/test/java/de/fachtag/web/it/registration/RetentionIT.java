package de.fachtag.web.it.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.fachtag.event.EventForm;
import de.fachtag.event.EventFormat;
import de.fachtag.event.EventService;
import de.fachtag.event.WorkshopForm;
import de.fachtag.registration.ConsentKind;
import de.fachtag.registration.ConsentPurpose;
import de.fachtag.registration.ConsentTexts;
import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.RegistrationForm;
import de.fachtag.registration.RegistrationNotFoundException;
import de.fachtag.registration.RegistrationOutcome;
import de.fachtag.registration.RegistrationService;
import de.fachtag.registration.RetentionJob;
import de.fachtag.registration.RetentionService;
import de.fachtag.registration.Sector;
import de.fachtag.reporting.EventReport;
import de.fachtag.reporting.Metric;
import de.fachtag.reporting.Reports;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenant.LocalizedString;
import jakarta.ejb.EJB;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention run (DESIGN.md: personal data erased a configurable number of days after the
 * event, aggregate figures survive), with the clock in the test's hand: the run takes the
 * instant it treats as now.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    static final String TENANT = "testkreis";
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @EJB
    RegistrationService registrations;

    @EJB
    RetentionService retention;

    @EJB
    RetentionJob job;

    @EJB
    EventService events;

    @EJB
    ConsentTexts consentTexts;

    @EJB
    RegistrationRows probe;

    @EJB
    Reports reports;

    @Test
    void personalDataGoesAfterTheRetentionPeriodAndTheFiguresStay() {
        int days = TenantContext.callAs(TENANT, probe::retentionDays); // the tenant file's registration.retentionDays
        LocalDate oldDay = LocalDate.now(BERLIN).minusDays(days + 100L);
        LocalDate recentDay = LocalDate.now(BERLIN).minusDays(Math.max(1, days / 3));
        List<String> oldTokens = populate("retention-old", oldDay);
        populate("retention-recent", recentDay);
        Instant oldEnd = oldDay.atTime(16, 0).atZone(BERLIN).toInstant();

        List<RegistrationRows.Row> oldBefore = rows("retention-old");
        List<RegistrationRows.Row> recentBefore = rows("retention-recent");
        List<RegistrationRows.Mail> recentMailsBefore = mails("retention-recent");
        assertTrue(oldBefore.stream().allMatch(RegistrationRows.Row::holdsPersonalData));
        assertFalse(mails("retention-old").isEmpty(), "the old event's mails are in the outbox");

        EventReport reportBefore = report("retention-old");
        assertFigures(oldBefore, reportBefore);

        // One hour short of the period: nothing is due yet.
        RetentionService.Outcome early = TenantContext.callAs(
                TENANT,
                () -> retention.eraseDue(oldEnd.plus(days, ChronoUnit.DAYS).minus(1, ChronoUnit.HOURS)));
        assertTrue(early.isEmpty(), "nothing due before the period ends: " + early);
        assertEquals(oldBefore, rows("retention-old"));

        // One hour past it: the old event's people are erased, the recent event is not touched.
        Instant due = oldEnd.plus(days, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS);
        RetentionService.Outcome run = TenantContext.callAs(TENANT, () -> retention.eraseDue(due));
        assertEquals(oldBefore.size(), run.registrations(), "every registration of the old event: " + run);

        List<RegistrationRows.Row> oldAfter = rows("retention-old");
        for (RegistrationRows.Row r : oldAfter) {
            assertFalse(r.holdsPersonalData(), "name, mail, organisation, notes, token and check-in code gone: " + r);
            assertTrue(r.anonymized());
        }
        assertEquals(figures(oldBefore), figures(oldAfter), "counts by status, mode, workshop, sector, check-in kept");
        assertEquals(
                reportBefore, report("retention-old"), "every figure of the report, exactly as before the erasure");
        assertEquals(
                oldBefore.stream().map(RegistrationRows.Row::consentRecords).toList(),
                oldAfter.stream().map(RegistrationRows.Row::consentRecords).toList(),
                "consent records kept, without a person");
        assertEquals(List.of(), mails("retention-old"), "mails carrying the address and the link left the outbox");
        for (String token : oldTokens) {
            assertThrows(
                    RegistrationNotFoundException.class,
                    () -> TenantContext.callAs(TENANT, () -> registrations.byToken(token)),
                    "the private link is dead");
        }
        for (RegistrationRows.Row r : oldAfter) {
            assertThrows(
                    RegistrationNotFoundException.class,
                    () -> TenantContext.callAs(TENANT, () -> registrations.find(r.id())),
                    "organizer no longer finds it");
        }
        assertEquals(recentBefore, rows("retention-recent"), "an event inside its retention period is untouched");
        assertEquals(recentMailsBefore, mails("retention-recent"));

        // A second run, this time the daily job over every tenant, finds nothing left to change.
        job.runAll(due);
        assertEquals(oldAfter, rows("retention-old"), "a second run changes nothing, not even the update time");
        assertEquals(recentBefore, rows("retention-recent"));
        assertTrue(TenantContext.callAs(TENANT, () -> retention.eraseDue(due)).isEmpty());

        // And today, a third of the period after the recent event, it is still inside its period.
        assertTrue(TenantContext.callAs(TENANT, () -> retention.eraseDue(Instant.now()))
                .isEmpty());
        assertEquals(recentBefore, rows("retention-recent"));
    }

    /**
     * An event paid for by a funder that demands proof of use (testkreis.yaml: {@code sms-sachsen},
     * {@code proofRetentionYears: 2}): after the tenant's period the contact data and the mails go,
     * the participant list (name, organisation) stays until two years after the event, then goes too.
     */
    @Test
    void aFundersProofPeriodKeepsTheParticipantListAndNothingElse() {
        int days = TenantContext.callAs(TENANT, probe::retentionDays);
        LocalDate day = LocalDate.now(BERLIN).minusDays(days + 10L);
        List<String> tokens = populate("retention-funded", day, "sms-sachsen");
        Instant end = day.atTime(16, 0).atZone(BERLIN).toInstant();
        List<RegistrationRows.Row> before = rows("retention-funded");
        EventReport reportBefore = report("retention-funded");

        Instant contactDue = end.plus(days, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS);
        RetentionService.Outcome first = TenantContext.callAs(TENANT, () -> retention.eraseDue(contactDue));
        assertEquals(before.size(), first.contacts(), "contact data of every registration: " + first);
        assertEquals(0, first.registrations(), "nobody fully erased inside the funder's period: " + first);
        List<RegistrationRows.Row> listed = rows("retention-funded");
        for (int i = 0; i < before.size(); i++) {
            RegistrationRows.Row was = before.get(i);
            RegistrationRows.Row now = listed.get(i);
            assertEquals(was.name(), now.name(), "the list keeps the name");
            assertEquals(was.organisation(), now.organisation(), "the list keeps the organisation");
            assertEquals(
                    List.of(),
                    java.util.Arrays.asList(
                                    now.email(),
                                    now.emailKey(),
                                    now.accessibilityNeeds(),
                                    now.dietaryNote(),
                                    now.tokenHash(),
                                    now.checkinCode())
                            .stream()
                            .filter(java.util.Objects::nonNull)
                            .toList(),
                    "mail address, notes, private link and check-in code gone: " + now);
            assertFalse(now.anonymized());
        }
        assertEquals(List.of(), mails("retention-funded"), "mails carrying the address and the link left the outbox");
        for (String token : tokens) {
            assertThrows(
                    RegistrationNotFoundException.class,
                    () -> TenantContext.callAs(TENANT, () -> registrations.byToken(token)),
                    "the private link is dead");
        }
        assertEquals(reportBefore, report("retention-funded"));
        // (each run covers every event of the tenant; the assertions look at this test's event only)
        TenantContext.callAs(TENANT, () -> retention.eraseDue(contactDue.plus(30, ChronoUnit.DAYS)));
        assertEquals(listed, rows("retention-funded"), "inside the funder's period a later run changes nothing");

        Instant proofDue =
                day.atTime(16, 0).atZone(BERLIN).plusYears(2).toInstant().plus(1, ChronoUnit.HOURS);
        TenantContext.callAs(TENANT, () -> retention.eraseDue(proofDue.minus(2, ChronoUnit.HOURS)));
        assertEquals(listed, rows("retention-funded"), "one hour before the funder's period ends the list stays");
        TenantContext.callAs(TENANT, () -> retention.eraseDue(proofDue));
        rows("retention-funded").forEach(r -> {
            assertFalse(r.holdsPersonalData(), "nothing personal left: " + r);
            assertTrue(r.anonymized());
        });
        assertEquals(reportBefore, report("retention-funded"), "the figures stay exactly as they were");
    }

    /** The event's report, its data time set aside (the one thing that may differ between two readings). */
    private EventReport report(String event) {
        EventReport r = TenantContext.callAs(TENANT, () -> reports.event(event));
        return new EventReport(
                r.slug(),
                r.title(),
                r.edition(),
                r.date(),
                r.seriesSlug(),
                r.seats(),
                r.manual(),
                r.illustrative(),
                null,
                r.total(),
                r.byMode(),
                r.byWorkshop(),
                r.bySector(),
                r.byDay());
    }

    /** The report counts what the rows say, by the written definitions (a second reading of them, from the rows). */
    private static void assertFigures(List<RegistrationRows.Row> rows, EventReport report) {
        assertEquals(rows.size(), report.total().count(Metric.MADE));
        assertEquals(
                count(rows, r -> r.status().equals("CONFIRMED")), report.total().count(Metric.CONFIRMED));
        assertEquals(
                count(rows, r -> r.status().equals("WAITLISTED")),
                report.total().count(Metric.WAITLISTED));
        assertEquals(
                count(rows, r -> r.status().equals("CANCELLED")), report.total().count(Metric.CANCELLED));
        assertEquals(
                count(rows, r -> r.status().equals("CONFIRMED") && r.mode().equals("LIVESTREAM")),
                report.total().count(Metric.LIVESTREAM));
        assertEquals(
                count(rows, RegistrationRows.Row::checkedIn), report.total().count(Metric.ATTENDED));
        assertEquals(
                count(rows, r -> r.status().equals("CONFIRMED") && r.mode().equals("ON_SITE") && !r.checkedIn()),
                report.total().count(Metric.NO_SHOW),
                "the event is over: every confirmed person on site not checked in");
        assertTrue(
                report.total().count(Metric.ATTENDED) > 0
                        && report.total().count(Metric.NO_SHOW) > 0
                        && report.total().count(Metric.WAITLISTED) > 0,
                "the fixture exercises the figures: " + report.total());
        assertEquals(rows.size(), report.byDay().get(report.byDay().size() - 1).cumulative());
    }

    private static long count(List<RegistrationRows.Row> rows, java.util.function.Predicate<RegistrationRows.Row> p) {
        return rows.stream().filter(p).count();
    }

    /** What the reports count, per registration in arrival order: nothing personal. */
    private static List<String> figures(List<RegistrationRows.Row> rows) {
        return rows.stream()
                .map(r -> String.join(
                        "/",
                        r.status(),
                        r.mode(),
                        String.valueOf(r.workshop()),
                        r.sector(),
                        String.valueOf(r.checkedIn()),
                        String.valueOf(r.arrival())))
                .toList();
    }

    /**
     * A hybrid event on {@code day} with workshops A (2 seats) and B, 4 on-site seats, a privacy
     * acknowledgement and an optional photo consent; nine people registered by the organizer,
     * some waitlisted, one cancelled, one on the livestream, two checked in. Returns their tokens.
     */
    private List<String> populate(String slug, LocalDate day, String... funders) {
        return TenantContext.callAs(TENANT, () -> {
            EventForm f = new EventForm();
            f.setSlug(slug);
            f.setTitleDe("Aufbewahrung " + slug);
            f.setDate(day);
            f.setStart(LocalTime.of(9, 0));
            f.setEnd(LocalTime.of(16, 0));
            f.setFormat(EventFormat.HYBRID);
            f.setSeats(4);
            f.setFunderKeys(List.of(funders));
            events.create(f);
            for (String code : List.of("A", "B")) {
                WorkshopForm w = new WorkshopForm();
                w.setCode(code);
                w.setTitleDe("Workshop " + code);
                w.setCapacity(code.equals("A") ? 2 : null);
                events.addWorkshop(slug, events.form(slug).getVersion(), w);
            }
            UUID id = probe.eventId(slug);
            consentTexts.define(
                    id,
                    "privacy",
                    ConsentKind.ACKNOWLEDGEMENT,
                    ConsentPurpose.PRIVACY,
                    new LocalizedString("Datenschutzhinweise gelesen", null),
                    null,
                    0);
            consentTexts.define(
                    id,
                    "photos",
                    ConsentKind.OPTIONAL,
                    ConsentPurpose.PHOTO,
                    new LocalizedString("Fotos erlaubt", null),
                    null,
                    1);
            List<String> sectors = registrations.offeredSectors();
            List<de.fachtag.registration.ConsentText> texts = consentTexts.forEvent(id);
            List<String> tokens = new ArrayList<>();
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                RegistrationForm r = new RegistrationForm();
                r.setName("Erika Muster " + i);
                r.setEmail("erika." + i + "@" + slug + ".test");
                r.setOrganisation("Träger " + i);
                r.setSector(Sector.valueOf(sectors.get(i % Math.min(3, sectors.size()))));
                r.setMode(i == 8 ? ParticipationMode.LIVESTREAM : ParticipationMode.ON_SITE);
                r.setWorkshop(i == 8 ? null : i % 2 == 0 ? "A" : "B");
                r.setAccessibilityNeeds("Rollstuhl " + i);
                r.setDietaryNote("vegetarisch " + i);
                int person = i;
                Map<String, Boolean> consents = new java.util.HashMap<>();
                texts.forEach(t -> consents.put(t.getKey(), !t.isOptional() || person % 3 == 0));
                r.setConsents(consents);
                RegistrationOutcome outcome = registrations.registerByOrganizer(slug, r);
                tokens.add(outcome.token().orElseThrow());
                ids.add(outcome.id());
            }
            registrations.cancelById(ids.get(7));
            for (RegistrationRows.Row row : probe.rows(slug)) {
                if (row.status().equals("CONFIRMED")
                        && !"A".equals(row.workshop())
                        && probe.rows(slug).stream()
                                        .filter(RegistrationRows.Row::checkedIn)
                                        .count()
                                < 2) {
                    registrations.checkIn(slug, row.checkinCode());
                }
            }
            return tokens;
        });
    }

    private List<RegistrationRows.Row> rows(String event) {
        return TenantContext.callAs(TENANT, () -> probe.rows(event));
    }

    private List<RegistrationRows.Mail> mails(String event) {
        return TenantContext.callAs(TENANT, () -> probe.mails(event));
    }
}
