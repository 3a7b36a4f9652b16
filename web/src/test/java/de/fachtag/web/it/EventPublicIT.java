package de.fachtag.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.fachtag.event.EventCatalog;
import de.fachtag.event.EventView;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenant.Logo;
import de.fachtag.tenant.TenantSite;
import de.fachtag.tenant.TenantSiteService;
import de.fachtag.web.it.browser.BrowserExtension;
import de.fachtag.web.it.browser.Http;
import de.fachtag.web.it.events.EventBrowser;
import de.fachtag.web.it.events.EventFixtures;
import de.fachtag.web.print.EventProgramme;
import de.fachtag.web.publicsite.EventTexts;
import jakarta.ejb.EJB;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public side of an event: its page, the tenant's list of events, the calendar (.ics), the
 * printed programme (.pdf) and the JSON API, against the built WAR in Payara Micro and
 * PostgreSQL. The events are created at deployment by {@link EventFixtures} through the
 * organizer service (a published event with agenda items added out of order, a workshop,
 * requested speakers, the day's moderation and the Saxon ministry's funding notice; a past
 * event; a draft; another tenant's event), so no test depends on another.
 *
 * <p>Most tests run as a client (HTTP and headless Chromium); two run in the container, where
 * the services and the PDF builder are at hand.
 *
 * <p>Run alone: {@code mvn -o -q install -DskipTests && mvn -o -pl web verify -Dit.test=EventPublicIT
 * -Dfachtag.test.db=fachtag_it_events}.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class EventPublicIT {

    static final String T = EventFixtures.TENANT;
    static final String NOT_FOUND = "Seite nicht gefunden";

    @ArquillianResource
    URL base;

    @EJB
    EventCatalog catalog;

    @EJB
    TenantSiteService sites;

    // ---------------------------------------------------------------- the event page

    @Test
    @RunAsClient
    void eventPageShowsTheProgrammeInTheOrderOfTheDayWithTimesAndPeople() {
        Http.Response page = http().get(eventPath(EventFixtures.OPEN));
        assertEquals(200, page.status(), page.toString());
        String text = text(page.body());

        assertTrue(page.body().contains("<h1 id=\"event-title\" lang=\"de\">" + EventFixtures.TITLE + "</h1>"), text);
        assertContains(text, "7. Fachtag Integration Mittelsachsen");
        assertContains(text, EventFixtures.MOTTO);
        assertContains(text, "Ziel Den Teilnehmenden die Chance eröffnen");
        // Zeit: weekday and German long date, "8:30 bis 16:00 Uhr"
        String day = EventFixtures.openDay().format(DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMAN));
        assertContains(text, "Zeit " + day + " 8:30 bis 16:00 Uhr");
        assertTrue(
                page.body().contains("<time datetime=\"" + EventFixtures.openDay() + "\">" + day + "</time>"),
                "the date is machine-readable");
        // Ort with address and room; the room is invented, so it says so
        assertContains(
                text,
                "Ort Deutsches Brennstoffinstitut (DBI) Halsbrücker Straße 34 09599 Freiberg Raum: "
                        + EventFixtures.ROOM + " beispielhaft ergänzt");
        assertContains(text, "Hinweis: Für die Verpflegung der Teilnehmenden wird gesorgt.");

        // Ablauf in the order of the day (the fixture added the items in another order), each with its times
        List<String> rows = new ArrayList<>();
        for (String[] item : EventFixtures.AGENDA) {
            rows.add(hm(item[0]) + "–" + hm(item[1]) + " Uhr");
            rows.add(item[3]);
        }
        assertInOrder(text, rows);
        assertContains(text, "8:30–9:00 Uhr Ankommen Come Together");
        assertContains(text, "9:00–9:15 Uhr Begrüßung Grußwort: " + EventFixtures.GREETER + ", Staatssekretär");
        assertContains(
                text,
                "9:15–10:15 Uhr 1. Input-Vortrag " + EventFixtures.INPUT_SUBTITLE + " Referierende: "
                        + EventFixtures.REQUESTED_SPEAKER
                        + " (Institut für Arbeitsmarkt- und Berufsforschung (IAB)) (angefragt) "
                        + EventFixtures.CONFIRMED_SPEAKER
                        + ", Beauftragte für Chancengleichheit am Arbeitsmarkt des Jobcenters "
                        + "Mittelsachsen");
        assertFalse(
                text.contains(EventFixtures.CONFIRMED_SPEAKER + ", Beauftragte für Chancengleichheit am Arbeitsmarkt "
                        + "des Jobcenters Mittelsachsen (angefragt)"),
                "a confirmed speaker is not marked");
        assertContains(text, "Moderation: " + EventFixtures.DAY_MODERATOR + " (Kulturbüro Sachsen e.V.)");
        assertContains(text, "*" + EventFixtures.CHANGE_RESERVATION);

        // the workshop with questions, audience, leads and a requested speaker
        assertInOrder(
                text,
                List.of(
                        "Workshops",
                        "Workshop 1: " + EventFixtures.WORKSHOP_TITLE,
                        "– Zwei Blicke nach vorn!",
                        "Leitfragen",
                        EventFixtures.QUESTION_1,
                        EventFixtures.QUESTION_2,
                        "Zielgruppe: Verwaltung, Träger und Ehrenamt",
                        "Raum: Raum 2",
                        "Plätze: 30",
                        "Workshop-Leitung: " + EventFixtures.WORKSHOP_LEAD + " (Landkreis Mittelsachsen)",
                        "Referierende: " + EventFixtures.WORKSHOP_REQUESTED + " (angefragt)"));

        // registration state and deadlines, livestream, recording, organisers, funding
        String until =
                EventFixtures.registrationCloses().format(DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN));
        String livestream =
                EventFixtures.livestreamCloses().format(DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN));
        assertContains(text, "Anmeldung bis " + until);
        assertContains(text, "Anmeldung zum Livestream bis " + livestream);
        assertContains(text, "E-Mail: integration@landkreis-mittelsachsen.de");
        assertContains(text, "Die Teilnehmeranzahl ist begrenzt (120 Plätze).");
        assertContains(
                text, "Livestream Bei einer Teilnahme über den Livestream ist keine interaktive Mitwirkung möglich.");
        assertContains(text, "Foto- und Videoaufnahmen Es werden Video- und Fotoaufnahmen gemacht.");
        assertContains(
                text, "Organisiert von Landratsamt Mittelsachsen Jobcenter Mittelsachsen Willkommensbündnis Döbeln");
        assertContains(text, "Unterstützt von Sächsischer Dachverband der Migrantenorganisationen");
        assertInOrder(
                text,
                List.of(
                        "Förderung und Kooperation",
                        EventFixtures.FUNDING_NOTICE,
                        "Gefördert durch",
                        "Sächsisches Staatsministerium für Soziales und Gesellschaftlichen Zusammenhalt"));
        assertFalse(text.contains("Anmeldung beendet"), text);

        // links to the calendar and the printed programme, and the page's own stylesheet
        assertTrue(page.body().contains("href=\"/t/" + T + "/e/" + EventFixtures.OPEN + ".ics\""), "links the .ics");
        assertTrue(page.body().contains("href=\"/t/" + T + "/e/" + EventFixtures.OPEN + ".pdf\""), "links the .pdf");
        assertTrue(page.body().contains("fachtag/event.css"), "includes event.css");
        assertTrue(page.body().contains("/t/" + T + "/theme.css"), "in the tenant's branding");
    }

    @Test
    @RunAsClient
    void eventPageSpeaksEnglishWithLangEn() {
        Http.Response page = http().get(eventPath(EventFixtures.OPEN) + "?lang=en");
        assertEquals(200, page.status());
        String text = text(page.body());
        assertTrue(
                Pattern.compile("<html[^>]* lang=\"en\"").matcher(page.body()).find(), "the page says it is English");
        assertContains(text, "Programme");
        String day = EventFixtures.openDay().format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH));
        assertContains(text, day + " 8:30 to 16:00");
        assertContains(text, "Speakers: " + EventFixtures.REQUESTED_SPEAKER);
        assertContains(text, "(invited, not yet confirmed)");
        assertContains(
                text,
                "Registration until "
                        + EventFixtures.registrationCloses()
                                .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
        assertContains(text, "added as an example");
        // a title without English stays German and is marked as German
        assertTrue(page.body().contains("<h1 id=\"event-title\" lang=\"de\">" + EventFixtures.TITLE + "</h1>"));
        assertTrue(page.body().contains(".pdf?lang=en"), "the programme in English too");
    }

    @Test
    @RunAsClient
    void pastEventSaysRegistrationIsOver() {
        Http.Response page = http().get(eventPath(EventFixtures.PAST));
        assertEquals(200, page.status());
        String text = text(page.body());
        assertContains(text, EventFixtures.PAST_TITLE);
        assertContains(text, "Anmeldung beendet");
        assertFalse(text.contains("Anmeldung bis"), text);
    }

    @Test
    @RunAsClient
    void anEventWithoutADateHasAPageAndAProgrammeButNoCalendar() {
        Http http = http();
        Http.Response page = http.get(eventPath(EventFixtures.UNDATED));
        assertEquals(200, page.status());
        String text = text(page.body());
        assertContains(text, "Zeit Datum nicht bekannt 8:30 bis 16:00 Uhr");
        assertFalse(page.body().contains(".ics\""), "no calendar link without a date");
        assertEquals(404, http.get(eventPath(EventFixtures.UNDATED) + ".ics").status(), "no calendar without a date");
        assertEquals(200, bytes(eventPath(EventFixtures.UNDATED) + ".pdf").statusCode());
        assertInOrder(
                text(http.get("/t/" + T + "/").body()),
                List.of(
                        "Vergangene Veranstaltungen",
                        EventFixtures.PAST_TITLE,
                        EventFixtures.UNDATED_TITLE,
                        "Datum nicht bekannt"));
    }

    @Test
    @RunAsClient
    void draftsUnknownEventsAndOtherTenantsEventsAre404() {
        Http http = http();
        for (String path : List.of(
                eventPath(EventFixtures.DRAFT),
                eventPath("no-such-event"),
                eventPath(EventFixtures.OTHER_TENANTS),
                eventPath(EventFixtures.DRAFT) + ".ics",
                eventPath(EventFixtures.OTHER_TENANTS) + ".ics",
                eventPath(EventFixtures.DRAFT) + ".pdf",
                eventPath(EventFixtures.OTHER_TENANTS) + ".pdf",
                "/_event/ics",
                "/_event/pdf",
                "/public/event.xhtml")) {
            Http.Response r = http.get(path);
            assertEquals(404, r.status(), path + ": " + r);
            assertTrue(r.body().contains(NOT_FOUND), path + " answers the German 404 page");
            assertFalse(r.body().contains(EventFixtures.DRAFT_TITLE), path);
        }
        // the other tenant's event exists, under its own tenant
        assertEquals(
                200,
                http.get("/t/" + EventFixtures.OTHER_TENANT + "/e/" + EventFixtures.OTHER_TENANTS)
                        .status());
    }

    @Test
    @RunAsClient
    void tenantHomeListsEventsBySeriesUpcomingThenPast() {
        Http.Response home = http().get("/t/" + T + "/");
        assertEquals(200, home.status());
        String text = text(home.body());
        String day = EventFixtures.openDay().format(DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMAN));
        String pastDay =
                EventFixtures.pastDay().format(DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMAN));
        assertInOrder(
                text,
                List.of(
                        "Fachtag Integration Mittelsachsen",
                        "Kommende Veranstaltungen",
                        EventFixtures.TITLE,
                        EventFixtures.MOTTO,
                        day + " · in Freiberg",
                        "Vergangene Veranstaltungen",
                        EventFixtures.PAST_TITLE,
                        pastDay + " · in Döbeln"));
        assertTrue(home.body().contains("href=\"/t/" + T + "/e/" + EventFixtures.OPEN + "\""), "links the event");
        assertFalse(text.contains(EventFixtures.DRAFT_TITLE), "a draft is not listed");
        assertFalse(text.contains("Stadt – Land – Dorf (Test)"), "another tenant's event is not listed");
    }

    // ---------------------------------------------------------------- calendar

    @Test
    @RunAsClient
    void calendarIsValidRfc5545WithTheDayAndEveryAgendaItemInEuropeBerlin() throws Exception {
        Http.Response ics = http().get(eventPath(EventFixtures.OPEN) + ".ics");
        assertEquals(200, ics.status(), ics.toString());
        assertEquals(
                "text/calendar;charset=utf-8",
                ics.header("Content-Type").orElse("").replace(" ", "").toLowerCase(Locale.ROOT));
        assertTrue(
                ics.header("Content-Disposition").orElse("").contains("filename=\"" + EventFixtures.OPEN + ".ics\""),
                ics.toString());
        String body = ics.body();
        assertTrue(body.startsWith("BEGIN:VCALENDAR\r\n"), "CRLF line ends");
        for (String line : body.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }

        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        assertTrue(calendar.validate().getEntries().isEmpty(), "ical4j finds it valid: " + calendar.validate());
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertEquals(1, zones.size());
        assertEquals("Europe/Berlin", zones.get(0).getTimeZoneId().getValue());

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1 + EventFixtures.AGENDA.size(), events.size(), "the day and one VEVENT per agenda item");
        VEvent day = events.get(0);
        assertEquals(EventFixtures.TITLE, day.getSummary().getValue());
        assertEquals(dtstart(EventFixtures.openDay(), "08:30"), property(day, "DTSTART"));
        assertEquals(dtstart(EventFixtures.openDay(), "16:00").replace("DTSTART", "DTEND"), property(day, "DTEND"));
        assertTrue(day.getLocation()
                .getValue()
                .startsWith("Deutsches Brennstoffinstitut (DBI), Halsbrücker Straße 34, 09599 Freiberg"));
        assertTrue(
                day.getDescription().getValue().contains(EventFixtures.REQUESTED_SPEAKER), "the day lists the people");
        // the fixture marks venue.room as illustrative: said once in German words, no raw field path
        assertTrue(
                day.getDescription().getValue().contains("beispielhaft ergänzt, weil die Quelle sie nicht nennt"),
                day.getDescription().getValue());
        assertFalse(body.contains("venue.room"), "no English field path in the German calendar");
        // from the configured base URL (unset in tests: localhost with the server's port), not from the request
        assertEquals(
                "http://localhost:" + base.getPort() + "/t/" + T + "/e/" + EventFixtures.OPEN,
                day.getUrl().getValue());
        String dayUid = day.getUid().get().getValue();
        assertTrue(dayUid.matches("[0-9a-f-]{36}@fachtag"), dayUid);

        for (int i = 0; i < EventFixtures.AGENDA.size(); i++) {
            String[] item = EventFixtures.AGENDA.get(i);
            VEvent entry = events.get(i + 1);
            assertTrue(
                    entry.getSummary().getValue().contains(item[3]),
                    entry.getSummary().getValue());
            assertEquals(dtstart(EventFixtures.openDay(), item[0]), property(entry, "DTSTART"));
            assertTrue(entry.getUid().get().getValue().matches("[0-9a-f-]{36}@fachtag"));
            assertEquals(dayUid, entry.getProperty("RELATED-TO").get().getValue());
        }
        // stable: the same UIDs on the next request
        Calendar again = new CalendarBuilder()
                .build(new StringReader(
                        http().get(eventPath(EventFixtures.OPEN) + ".ics").body()));
        assertEquals(
                events.stream().map(e -> e.getUid().get().getValue()).toList(),
                again.<VEvent>getComponents("VEVENT").stream()
                        .map(e -> e.getUid().get().getValue())
                        .toList());
    }

    // ---------------------------------------------------------------- JSON API

    @Test
    @RunAsClient
    @SuppressWarnings("unchecked")
    void jsonHasTheEventWithAgendaWorkshopsAndFundingUnderStableNames() {
        Http.Response r = http().get("/api/v1/tenants/" + T + "/events/" + EventFixtures.OPEN);
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.header("Content-Type").orElse("").startsWith("application/json"));
        Map<String, Object> e = json(r.body());
        assertEquals(
                List.of(
                        "tenant",
                        "slug",
                        "language",
                        "url",
                        "icsUrl",
                        "pdfUrl",
                        "series",
                        "edition",
                        "title",
                        "motto",
                        "goal",
                        "description",
                        "date",
                        "start",
                        "end",
                        "timeZone",
                        "venue",
                        "format",
                        "cateringNote",
                        "livestreamNote",
                        "recordingNotice",
                        "changeReservation",
                        "organizingGroup",
                        "supporters",
                        "contact",
                        "registration",
                        "state",
                        "contributions",
                        "agenda",
                        "workshops",
                        "fundingNotices",
                        "illustrative"),
                new ArrayList<>(e.keySet()));
        assertEquals(T, e.get("tenant"));
        assertEquals(EventFixtures.OPEN, e.get("slug"));
        assertEquals(EventFixtures.TITLE, e.get("title"));
        assertEquals(7L, e.get("edition"));
        assertEquals(
                Map.of("slug", "fachtag-integration", "title", "Fachtag Integration Mittelsachsen"), e.get("series"));
        assertEquals(EventFixtures.openDay().toString(), e.get("date"));
        assertEquals("08:30", e.get("start"));
        assertEquals("16:00", e.get("end"));
        assertEquals("Europe/Berlin", e.get("timeZone"));
        assertEquals("HYBRID", e.get("format"));
        assertEquals("PUBLISHED", e.get("state"));
        assertEquals(List.of("venue.room"), e.get("illustrative"));
        Map<String, Object> venue = (Map<String, Object>) e.get("venue");
        assertEquals(List.of("name", "street", "postcode", "city", "room"), new ArrayList<>(venue.keySet()));
        assertEquals("09599", venue.get("postcode"));
        Map<String, Object> registration = (Map<String, Object>) e.get("registration");
        assertEquals(true, registration.get("open"));
        assertEquals(
                EventFixtures.registrationCloses() + "T23:59:00+0" + offsetHours(EventFixtures.registrationCloses())
                        + ":00",
                registration.get("closes"));
        assertNull(registration.get("opens"), "unknown values are null, the field is there");
        assertTrue(registration.containsKey("opens"));
        assertEquals(120L, registration.get("seats"));

        List<Map<String, Object>> agenda = (List<Map<String, Object>>) e.get("agenda");
        assertEquals(EventFixtures.AGENDA.size(), agenda.size());
        for (int i = 0; i < agenda.size(); i++) {
            String[] expected = EventFixtures.AGENDA.get(i);
            Map<String, Object> item = agenda.get(i);
            assertEquals(
                    List.of("id", "start", "end", "kind", "title", "subtitle", "description", "contributions"),
                    new ArrayList<>(item.keySet()));
            assertEquals(
                    List.of(expected[0], expected[1], expected[2], expected[3]),
                    List.of(item.get("start"), item.get("end"), item.get("kind"), item.get("title")),
                    "agenda in order");
        }
        List<Map<String, Object>> talk =
                (List<Map<String, Object>>) agenda.get(2).get("contributions");
        assertEquals(
                List.of("person", "organisation", "function", "role", "status"),
                new ArrayList<>(talk.get(0).keySet()));
        assertEquals(
                List.of(EventFixtures.REQUESTED_SPEAKER, "SPEAKER", "REQUESTED"),
                List.of(
                        talk.get(0).get("person"),
                        talk.get(0).get("role"),
                        talk.get(0).get("status")));
        assertEquals("CONFIRMED", talk.get(1).get("status"));

        List<Map<String, Object>> workshops = (List<Map<String, Object>>) e.get("workshops");
        assertEquals(1, workshops.size());
        Map<String, Object> w = workshops.get(0);
        assertEquals(
                List.of(
                        "id",
                        "code",
                        "title",
                        "subtitle",
                        "questions",
                        "description",
                        "audience",
                        "capacity",
                        "room",
                        "leads",
                        "contributions"),
                new ArrayList<>(w.keySet()));
        assertEquals("1", w.get("code"));
        assertEquals(List.of(EventFixtures.QUESTION_1, EventFixtures.QUESTION_2), w.get("questions"));
        assertEquals(
                EventFixtures.WORKSHOP_LEAD,
                ((List<Map<String, Object>>) w.get("leads")).get(0).get("person"));
        assertEquals(2, ((List<?>) w.get("contributions")).size());

        List<Map<String, Object>> day = (List<Map<String, Object>>) e.get("contributions");
        assertEquals(EventFixtures.DAY_MODERATOR, day.get(0).get("person"));
        assertEquals("MODERATOR", day.get(0).get("role"));

        List<Map<String, Object>> funding = (List<Map<String, Object>>) e.get("fundingNotices");
        assertEquals(
                List.of("funder", "label", "notice", "logoUrl"),
                new ArrayList<>(funding.get(0).keySet()));
        assertEquals(EventFixtures.FUNDING_NOTICE, funding.get(0).get("notice"));
        assertEquals("Gefördert durch", funding.get(0).get("label"));

        // the list: published events only, under the same names
        List<Map<String, Object>> list =
                jsonList(http().get("/api/v1/tenants/" + T + "/events").body());
        List<Object> slugs = list.stream().map(m -> m.get("slug")).toList();
        assertTrue(slugs.containsAll(List.of(EventFixtures.OPEN, EventFixtures.PAST)), slugs.toString());
        assertFalse(slugs.contains(EventFixtures.DRAFT), "no drafts");
        assertFalse(slugs.contains(EventFixtures.OTHER_TENANTS), "no other tenant's events");
        assertEquals(
                List.of("slug", "url", "apiUrl", "series", "title", "motto", "date", "start", "end", "city", "state"),
                new ArrayList<>(list.get(0).keySet()));

        // English on request
        Map<String, Object> en = json(http().get("/api/v1/tenants/" + T + "/events/" + EventFixtures.OPEN + "?lang=en")
                .body());
        assertEquals("en", en.get("language"));
        assertEquals("Integration Conference Mittelsachsen", ((Map<String, Object>) en.get("series")).get("title"));
    }

    @Test
    @RunAsClient
    void jsonAnswers404ForDraftsUnknownTenantsAndAnotherTenantsEvent() {
        Http http = http();
        for (String path : List.of(
                "/api/v1/tenants/" + T + "/events/" + EventFixtures.DRAFT,
                "/api/v1/tenants/" + T + "/events/" + EventFixtures.OTHER_TENANTS,
                "/api/v1/tenants/" + T + "/events/no-such-event",
                "/api/v1/tenants/no-such-tenant/events",
                "/api/v1/tenants/no-such-tenant/events/" + EventFixtures.OPEN)) {
            Http.Response r = http.get(path);
            assertEquals(404, r.status(), path + ": " + r);
            assertEquals(Map.of("status", 404L, "message", "Not found"), json(r.body()), path);
        }
        assertEquals(
                200,
                http.get("/api/v1/tenants/" + EventFixtures.OTHER_TENANT + "/events/" + EventFixtures.OTHER_TENANTS)
                        .status(),
                "the same slug under its own tenant");
    }

    @Test
    @RunAsClient
    void openApiDocumentsTheEventApi() {
        Http.Response r = http().get("/openapi");
        assertEquals(200, r.status(), r.toString());
        String doc = r.body();
        assertContains(doc, "/tenants/{tenant}/events/{event}");
        for (String name : List.of(
                "EventSummary",
                "AgendaItem",
                "Workshop",
                "Contribution",
                "FundingNotice",
                "illustrative",
                "timeZone")) {
            assertContains(doc, name);
        }
    }

    // ---------------------------------------------------------------- printed programme

    @Test
    @RunAsClient
    void printedProgrammeOpensAndEndsWithTheFundingNotice() throws IOException {
        HttpResponse<byte[]> r = bytes(eventPath(EventFixtures.OPEN) + ".pdf");
        assertEquals(200, r.statusCode());
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains(EventFixtures.OPEN + ".pdf"));
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            assertEquals(EventFixtures.TITLE, pdf.getDocumentInformation().getTitle());
            assertEquals("de-DE", pdf.getDocumentCatalog().getLanguage());
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertInOrder(
                    text,
                    List.of(
                            "Landkreis Mittelsachsen",
                            "7. FACHTAG INTEGRATION MITTELSACHSEN",
                            EventFixtures.TITLE,
                            EventFixtures.MOTTO,
                            "Zeit:",
                            "8:30 bis 16:00 Uhr",
                            "Ort:",
                            "Ablauf",
                            "8:30–9:00 Uhr",
                            "Come Together",
                            "9:15–10:15 Uhr",
                            EventFixtures.REQUESTED_SPEAKER,
                            "(angefragt)",
                            "Workshop 1: " + EventFixtures.WORKSHOP_TITLE,
                            EventFixtures.QUESTION_1,
                            "Anmeldung",
                            "Unterstützt von",
                            "Gefördert durch",
                            "Sächsisches Staatsministerium für Soziales und Gesellschaftlichen Zusammenhalt",
                            EventFixtures.FUNDING_NOTICE));
            assertContains(text, "Raum: " + EventFixtures.ROOM + " (beispielhaft ergänzt)");
            // the funding notice with the funder's name at the foot of every page
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                PDFTextStripper page = new PDFTextStripper();
                page.setStartPage(p);
                page.setEndPage(p);
                String onPage = page.getText(pdf).replaceAll("\\s+", " ");
                assertContains(onPage, EventFixtures.FUNDING_NOTICE);
                assertContains(onPage, "Gefördert durch Sächsisches Staatsministerium");
            }
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "Tagged: yes");
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
            }
        }
        // English on request
        try (PDDocument pdf = Loader.loadPDF(
                bytes(eventPath(EventFixtures.OPEN) + ".pdf?lang=en").body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertContains(text, "Programme");
            assertContains(text, "Funded by");
        }
    }

    // ---------------------------------------------------------------- accessibility, phones

    @Test
    @RunAsClient
    void eventPagesMeetWcag21AA() {
        for (String path : List.of(
                eventPath(EventFixtures.OPEN),
                eventPath(EventFixtures.OPEN) + "?lang=en",
                eventPath(EventFixtures.PAST),
                "/t/" + T + "/",
                "/t/" + T + "/?lang=en",
                "/t/" + EventFixtures.OTHER_TENANT + "/")) {
            EventBrowser.assertAccessible(url(path));
        }
    }

    @Test
    @RunAsClient
    void eventPageAndListFitAPhone375PxWide() {
        for (String path : List.of(eventPath(EventFixtures.OPEN), "/t/" + T + "/")) {
            long overflow = EventBrowser.contentWidthAt375(url(path));
            assertTrue(overflow <= 0, path + " scrolls sideways on a phone by " + overflow + " px");
        }
        if (Boolean.getBoolean("fachtag.it.screenshots")) {
            EventBrowser.screenshot(
                    url(eventPath(EventFixtures.OPEN)),
                    375,
                    java.nio.file.Path.of("target", "screenshots", "event-375.png"));
            EventBrowser.screenshot(
                    url(eventPath(EventFixtures.OPEN)),
                    1280,
                    java.nio.file.Path.of("target", "screenshots", "event-1280.png"));
            EventBrowser.screenshot(
                    url("/t/" + T + "/"), 375, java.nio.file.Path.of("target", "screenshots", "home-375.png"));
        }
    }

    // ---------------------------------------------------------------- in the container

    @Test
    void catalogShowsOnlyPublishedEventsOfTheBoundTenant() {
        assertTrue(TenantContext.callAs(T, () -> catalog.publicEvent(EventFixtures.OPEN))
                .isPresent());
        assertTrue(
                TenantContext.callAs(T, () -> catalog.publicEvent(EventFixtures.DRAFT))
                        .isEmpty(),
                "a draft is not public");
        assertTrue(
                TenantContext.callAs(T, () -> catalog.publicEvent(EventFixtures.OTHER_TENANTS))
                        .isEmpty(),
                "another tenant's event is not found");
        assertTrue(
                TenantContext.callAs(EventFixtures.OTHER_TENANT, () -> catalog.publicEvent(EventFixtures.OTHER_TENANTS))
                        .isPresent());
        List<String> listed = TenantContext.callAs(T, () -> catalog.publicEvents()).stream()
                .map(s -> s.slug())
                .toList();
        assertTrue(listed.contains(EventFixtures.OPEN) && !listed.contains(EventFixtures.DRAFT), listed.toString());
    }

    @Test
    void programmeEmbedsAPngLogoAndDrawsTheNameForAnSvgLogo() throws IOException {
        EventView event = TenantContext.callAs(T, () -> catalog.publicEvent(EventFixtures.OPEN))
                .orElseThrow();
        TenantSite site = TenantContext.callAs(T, () -> sites.site());
        EventProgramme programme = new EventProgramme(new EventTexts(Locale.GERMAN));
        URI page = URI.create("https://example.org/t/" + T + "/e/" + EventFixtures.OPEN);

        byte[] withPng = programme.render(
                event,
                site,
                Optional.of(new Logo(png(), "image/png", 1)),
                key -> Optional.empty(),
                page,
                Instant.now());
        try (PDDocument pdf = Loader.loadPDF(withPng)) {
            assertEquals(1, images(pdf.getPage(0)), "the PNG logo is on the first page");
        }
        // an SVG the parser cannot read: no image, the tenant's name stands in (a readable SVG is drawn:
        // EventProgrammeTest)
        byte[] withSvg = programme.render(
                event,
                site,
                Optional.of(new Logo("<svg".getBytes(StandardCharsets.UTF_8), "image/svg+xml", 1)),
                key -> Optional.empty(),
                page,
                Instant.now());
        try (PDDocument pdf = Loader.loadPDF(withSvg)) {
            assertEquals(0, images(pdf.getPage(0)), "an unreadable SVG cannot go in");
            assertContains(new PDFTextStripper().getText(pdf), site.name());
        }
    }

    // ---------------------------------------------------------------- helpers

    private Http http() {
        return new Http(URI.create(base.toString()));
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private static String eventPath(String slug) {
        return "/t/" + T + "/e/" + slug;
    }

    private HttpResponse<byte[]> bytes(String path) {
        try {
            return HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The page's visible text in one line: tags out (times glued to their dashes), entities decoded. */
    static String text(String html) {
        String body = html.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("(?s)<script.*?</script>", " ");
        body = body.replaceAll("</?time[^>]*>", "")
                .replaceAll("</?(span|strong|a)( [^>]*)?>", "")
                .replaceAll("<[^>]+>", " ");
        body = body.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#039;", "'");
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(cp))));
        }
        m.appendTail(out);
        return out.toString()
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .replace(" :", ":")
                .strip();
    }

    static void assertContains(String text, String expected) {
        if (!text.contains(expected)) {
            fail("expected «" + expected + "» in:\n" + text);
        }
    }

    static void assertInOrder(String text, List<String> expected) {
        int at = 0;
        for (String e : expected) {
            int found = text.indexOf(e, at);
            if (found < 0) {
                fail("expected «" + e + "» after position " + at + " (after «"
                        + text.substring(Math.max(0, at - 60), at) + "») in:\n" + text);
            }
            at = found + e.length();
        }
    }

    /** "08:30" as the flyer prints it: "8:30". */
    static String hm(String time) {
        return EventTexts.time(LocalTime.parse(time));
    }

    static String dtstart(LocalDate day, String time) {
        return "DTSTART;TZID=Europe/Berlin:" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "T"
                + time.replace(":", "") + "00";
    }

    static String property(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().toString().strip();
    }

    static int offsetHours(LocalDate day) {
        return java.time.ZoneId.of("Europe/Berlin")
                        .getRules()
                        .getOffset(day.atTime(23, 59))
                        .getTotalSeconds()
                / 3600;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String body) {
        return (Map<String, Object>) new org.openqa.selenium.json.Json().toType(body, Map.class);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> jsonList(String body) {
        return (List<Map<String, Object>>) new org.openqa.selenium.json.Json().toType(body, List.class);
    }

    private static int images(PDPage page) throws IOException {
        int n = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                n++;
            }
        }
        return n;
    }

    private static byte[] png() throws IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(120, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x00, 0x56, 0x6b));
        g.fillRect(0, 0, 120, 40);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
