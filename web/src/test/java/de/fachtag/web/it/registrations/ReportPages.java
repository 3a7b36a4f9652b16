package de.fachtag.web.it.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.fachtag.web.it.backoffice.BackofficeBrowser;
import de.fachtag.web.it.browser.A11y;
import de.fachtag.web.it.browser.Browser;
import de.fachtag.web.it.browser.BrowserExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;

/**
 * The report pages of {@code RegistrationsBackofficeIT}, in the class's Chromium and over HTTP:
 * the event report (the same figures on the page and in CSV, XLSX and JSON), the tenant's
 * reports, the ministry's figures (scope, no person, small cells), and the 404 for everything
 * outside the reader's tenant, role or scope.
 */
public final class ReportPages {

    static final String T = BackofficeFixtures.TENANT;
    static final String BASE = "/organizer/" + T + "/events/";
    static final String ORGANIZER = "organizer@mittelsachsen.demo";
    static final String CHECKIN_STAFF = "checkin@mittelsachsen.demo";
    static final String SAXON_ANALYST = "analyst@sms-sachsen.demo";
    static final String SAXONY_ANHALT_ANALYST = "analyst@ms-sachsen-anhalt.demo";
    /** What the fixtures registered about people: none of it may reach a ministry. */
    static final List<String> PERSONAL = List.of(
            "Anna Fotofreundin",
            "anna@example.org",
            "Bernd Wartend",
            "bernd@example.org",
            "Carla Livestream",
            "Volkshochschule",
            "dora@example.org",
            "Dora Plus",
            "Ida Anderswo",
            "ida@example.org",
            "HYPERLINK");

    private final String base;

    private ReportPages(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static ReportPages at(String base) {
        return new ReportPages(base);
    }

    private String url(String path) {
        return base + path;
    }

    private BackofficeBrowser signedIn(String email) {
        return BackofficeBrowser.signedIn(base, email);
    }

    /** The event report of rg-liste, read from the page, the CSV, the XLSX and the JSON: one set of figures. */
    public void eventReportIsTheSameOnThePageAndInEveryFile() {
        BackofficeBrowser bo = signedIn(ORGANIZER);
        bo.open(BASE + BackofficeFixtures.LIST + "/report");
        assertThat(bo.h1()).isEqualTo("Auswertung: " + BackofficeFixtures.LIST_TITLE);
        A11y.assertNoViolations(bo.driver());
        looksRightAt1280And390(bo, "event-report");

        // five registrations: A (2 seats) has two and one waiting, B (1 seat) one, one on the livestream
        Map<String, List<List<String>>> page = new java.util.LinkedHashMap<>();
        for (String id : List.of("key-figures", "by-mode", "by-workshop", "by-sector", "by-day")) {
            page.put(id, pageRows(bo, id));
        }
        assertThat(page.get("key-figures"))
                .containsExactly(
                        List.of("Anmeldungen", "5"),
                        List.of("Bestätigt", "4"),
                        List.of("Warteliste", "1"),
                        List.of("Storniert", "0"),
                        List.of("Nachgerückt", "0"),
                        List.of("Vor Ort", "3"),
                        List.of("Livestream", "1"),
                        List.of("Anwesend", "0"),
                        List.of("Nicht erschienen", "0"));
        assertThat(page.get("by-workshop"))
                .containsExactly(
                        List.of("A Workshop A zum Thema Teilhabe", "2", "2", "1", "0"),
                        List.of("B Workshop B zum Thema Teilhabe", "1", "1", "0", "0"),
                        List.of("ohne Workshop", "–", "1", "0", "0"));
        assertThat(page.get("by-day")).hasSize(1);
        assertThat(page.get("by-day").get(0)).endsWith("5", "5");
        assertThat(bo.text("#definitions")).contains("Alle Anmeldungen, die für die Veranstaltung eingegangen sind");
        assertThat(bo.driver().findElements(By.cssSelector(".ui-chart canvas[role='img'][aria-label]")))
                .hasSize(2);

        String cookie = bo.sessionCookie();
        String path = BASE + BackofficeFixtures.LIST + "/report";
        Files.Download csv = Files.get(url(path + ".csv"), cookie);
        assertEquals(200, csv.status());
        assertThat(csv.contentType()).startsWith("text/csv");
        List<CSVRecord> records = Files.csv(csv.body());
        assertThat(records.get(0).get(0)).isEqualTo("Auswertung: " + BackofficeFixtures.LIST_TITLE);
        assertThat(records.get(1).get(0)).startsWith("Stand der Daten: ");
        assertThat(records.stream().map(CSVRecord::toList).toList())
                .as("every figure's definition as a header note")
                .contains(List.of(
                        "Anmeldungen",
                        "Alle Anmeldungen, die für die Veranstaltung eingegangen sind, gleich ob sie "
                                + "bestätigt, auf der Warteliste oder storniert sind."));

        Files.Download xlsx = Files.get(url(path + ".xlsx"), cookie);
        assertEquals(200, xlsx.status());
        Map<String, List<List<String>>> sheets = Files.xlsxSheets(xlsx.body());
        assertThat(sheets).containsKey("Was die Zahlen bedeuten");

        Map<String, String> captions = Map.of(
                "key-figures",
                "Kennzahlen",
                "by-mode",
                "Nach Teilnahmeart",
                "by-workshop",
                "Nach Workshop",
                "by-sector",
                "Nach Arbeitsbereich",
                "by-day",
                "Anmeldungen nach Tag");
        for (var table : page.entrySet()) {
            String caption = captions.get(table.getKey());
            assertThat(csvSection(records, caption, table.getValue().size()))
                    .as("CSV: %s", caption)
                    .isEqualTo(table.getValue());
            List<List<String>> sheet = sheets.get(caption);
            assertThat(sheet).as("XLSX sheet %s", caption).isNotNull();
            assertThat(trim(sheet.subList(2, 2 + table.getValue().size())))
                    .as("XLSX: %s", caption)
                    .isEqualTo(table.getValue());
        }

        Files.Download pdf = Files.get(url(path + ".pdf"), cookie);
        assertEquals(200, pdf.status());
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String printed = Files.pdfText(pdf.body());
        assertThat(printed)
                .contains(
                        "Auswertung: " + BackofficeFixtures.LIST_TITLE,
                        "Stand der Daten: ",
                        "Anmeldungen: Alle Anmeldungen, die für die Veranstaltung eingegangen sind",
                        BackofficeFixtures.FUNDING_NOTICE);
        for (List<String> row : page.get("key-figures")) {
            assertThat(printed).as("PDF: %s", row).contains(String.join(" ", row));
        }
        assertThat(printed).contains(String.join(" ", page.get("by-workshop").get(0)));

        Files.Download json = Files.get(url(path + ".json"), cookie);
        assertEquals(200, json.status());
        assertThat(json.contentType()).startsWith("application/json");
        Map<String, Object> body = new Json().toType(new String(json.body(), StandardCharsets.UTF_8), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>)
                ((Map<String, Object>) ((Map<String, Object>) body.get("report")).get("total")).get("values");
        List<String> labels = List.of(
                "MADE",
                "CONFIRMED",
                "WAITLISTED",
                "CANCELLED",
                "PROMOTED",
                "ON_SITE",
                "LIVESTREAM",
                "ATTENDED",
                "NO_SHOW");
        for (int i = 0; i < labels.size(); i++) {
            assertThat(String.valueOf(((Number) values.get(labels.get(i))).longValue()))
                    .as("JSON %s", labels.get(i))
                    .isEqualTo(page.get("key-figures").get(i).get(1));
        }
        assertThat(body.get("definitions").toString())
                .contains("Alle Anmeldungen, die für die Veranstaltung eingegangen sind");

        // the tenant's reports: the year's table has the event with the same figures
        bo.open("/organizer/" + T + "/reports");
        assertThat(bo.h1()).isEqualTo("Auswertungen");
        A11y.assertNoViolations(bo.driver());
        looksRightAt1280And390(bo, "reports");
        String year = "year-" + BackofficeFixtures.day().getYear();
        assertThat(pageRows(bo, year))
                .anySatisfy(row -> assertThat(row)
                        .containsExactly(BackofficeFixtures.LIST_TITLE, row.get(1), "5", "4", "1", "0", "0"));

        // the start page: what comes next, with the same figures
        bo.open("/organizer/" + T + "/");
        A11y.assertNoViolations(bo.driver());
        looksRightAt1280And390(bo, "desk");
        // the desk lists the next 20 events; other classes' events on the same day (slugs before
        // "rg-") may push this one off it, and then the list is full
        String desk = bo.text("#desk");
        assertThat(desk).as("each event says what is next").contains("Check-in am", "Anmeldung");
        assertThat(bo.text("#desk-mails")).containsAnyOf("Mails warten auf den Versand", "Keine Mails warten");
        assertThat(bo.text("main")).doesNotContain("folgen in diesem Bereich");
        if (desk.contains(BackofficeFixtures.LIST_TITLE)) {
            assertThat(desk).contains("4 bestätigt", "1 auf der Warteliste");
        } else {
            assertThat(bo.driver().findElements(org.openqa.selenium.By.cssSelector("#desk > li")))
                    .hasSize(20);
        }
    }

    /**
     * The funding report (Verwendungsnachweis) of the event's funder, linked from the event's report:
     * a German PDF with the funder's notice on every page, the figures of the event's report
     * protected by the small-cell rule ("< 5", "geschützt"), the places that print the notice and
     * the signature lists (per workshop; livestream apart, without signatures; nobody waiting).
     * Another tenant's event or funder, an unknown funder and check-in staff get the 404.
     */
    public void fundingReportIsTheEventsFiguresProtectedWithTheNoticeOnEveryPageAndTheSignatureLists()
            throws Exception {
        BackofficeBrowser bo = signedIn(ORGANIZER);
        bo.open(BASE + BackofficeFixtures.LIST + "/report");
        A11y.assertNoViolations(bo.driver());
        List<WebElement> links = bo.driver().findElements(By.cssSelector("a.funding-report"));
        assertThat(links).hasSize(1);
        assertThat(links.get(0).getText()).startsWith("Verwendungsnachweis für Sächsisches Staatsministerium");
        String path = BASE + BackofficeFixtures.LIST + "/report/funding/sms-sachsen";
        assertThat(links.get(0).getAttribute("href")).endsWith(path);
        List<List<String>> byMode = pageRows(bo, "by-mode");

        String cookie = bo.sessionCookie();
        Files.Download pdf = Files.get(url(path), cookie);
        assertEquals(200, pdf.status());
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("de-DE");
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Verwendungsnachweis: " + BackofficeFixtures.LIST_TITLE);
            assertThat(doc.getNumberOfPages())
                    .as("the report, then one list per page")
                    .isGreaterThanOrEqualTo(4);
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(stripper.getText(doc).replaceAll("\\s+", " "))
                        .as("page %d", p)
                        .contains("Gefördert durch", BackofficeFixtures.FUNDING_NOTICE);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(doc.getNumberOfPages());
            String text = stripper.getText(doc).replaceAll("\\s+", " ");

            // the event report's figures by mode, protected as the funder sees them
            List<de.fachtag.reporting.Counts> counts = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (List<String> row : byMode) {
                labels.add(row.get(0));
                counts.add(new de.fachtag.reporting.Counts(Map.of(
                        de.fachtag.reporting.Metric.MADE,
                        Long.parseLong(row.get(1)),
                        de.fachtag.reporting.Metric.CONFIRMED,
                        Long.parseLong(row.get(2)),
                        de.fachtag.reporting.Metric.WAITLISTED,
                        Long.parseLong(row.get(3)),
                        de.fachtag.reporting.Metric.CANCELLED,
                        Long.parseLong(row.get(4)))));
            }
            var table = de.fachtag.reporting.FundingFigures.table(
                    "by-mode",
                    T,
                    labels,
                    counts,
                    de.fachtag.reporting.FundingFigures.STATUS,
                    de.fachtag.reporting.Metric.MADE);
            boolean suppressed = false;
            for (int r = 0; r < labels.size(); r++) {
                List<String> expected = new ArrayList<>(List.of(labels.get(r)));
                for (int c = 0; c < table.columns().size(); c++) {
                    expected.add(printed(table.cells().cell(r, c)));
                    suppressed |= !table.cells().cell(r, c).shown();
                }
                expected.add(printed(table.cells().rowTotal(r)));
                assertThat(text).as("by mode, %s", labels.get(r)).contains(String.join(" ", expected));
            }
            assertThat(suppressed)
                    .as("the fixture's small figures are suppressed")
                    .isTrue();
            assertThat(text)
                    .contains("< 5", "Zahlen über 1 bis 4 Personen werden als „< 5“ gezeigt.")
                    .doesNotContain("Vor Ort 3 ", "Livestream 1 ");
            assertThat(text)
                    .contains(
                            "Die Veranstaltung",
                            BackofficeFixtures.LIST_TITLE,
                            "Tagungszentrum",
                            "Freiberg",
                            "Landkreis Mittelsachsen",
                            "Programm, wie durchgeführt",
                            "Workshop A zum Thema Teilhabe");

            // where the notice is printed: the platform's own list
            assertThat(text)
                    .contains(
                            "Wo der Fördervermerk erscheint",
                            "Veranstaltungsseite",
                            "Programm zum Ausdrucken (PDF)",
                            "Jede E-Mail an Angemeldete",
                            "Fotoliste (PDF)")
                    .doesNotContain("Namensschild");

            // the annex: the confirmed on site per workshop with a signature column, the livestream apart
            int annex = text.indexOf("Anlage: Unterschriftenlisten");
            assertThat(annex).isPositive();
            String lists = text.substring(annex);
            assertThat(lists)
                    .contains(
                            "Unterschriftenliste Workshop A: Workshop A zum Thema Teilhabe",
                            "Unterschrift",
                            "Anna Fotofreundin",
                            "alert(1)",
                            "Unterschriftenliste Workshop B",
                            BackofficeFixtures.PLUS_NAME,
                            "Teilnahme über den Livestream (ohne Unterschrift)",
                            "Carla Livestream")
                    .doesNotContain("Bernd Wartend");
            assertThat(lists.indexOf("Carla Livestream")).isGreaterThan(lists.indexOf("Teilnahme über den Livestream"));
        }

        for (String other : List.of(
                BASE + BackofficeFixtures.FOREIGN + "/report/funding/sms-sachsen",
                BASE + BackofficeFixtures.FOREIGN + "/report/funding/ms-sachsen-anhalt",
                BASE + BackofficeFixtures.LIST + "/report/funding/ms-sachsen-anhalt",
                BASE + BackofficeFixtures.LIST + "/report/funding/gibt-es-nicht",
                BASE + "gibt-es-nicht/report/funding/sms-sachsen",
                "/organizer/agsa/events/" + BackofficeFixtures.FOREIGN + "/report/funding/ms-sachsen-anhalt")) {
            assertEquals(404, Files.get(url(other), cookie).status(), other + " for an organizer of " + T);
        }
        assertEquals(
                404,
                Files.get(url(path), signedIn(CHECKIN_STAFF).sessionCookie()).status(),
                "check-in staff");
    }

    private static String printed(de.fachtag.reporting.SmallCells.Cell cell) {
        return switch (cell.suppression()) {
            case NONE -> Long.toString(cell.value());
            case PRIMARY -> "< 5";
            case SECONDARY -> "geschützt";
        };
    }

    /** Another tenant's event, an unknown one, and staff without the role: the same 404 as a page that does not exist. */
    public void reportsOutsideTheReadersTenantOrRoleAreNotFound() {
        String organizer = signedIn(ORGANIZER).sessionCookie();
        for (String path : List.of(
                BASE + BackofficeFixtures.FOREIGN + "/report",
                BASE + BackofficeFixtures.FOREIGN + "/report.csv",
                BASE + BackofficeFixtures.FOREIGN + "/report.xlsx",
                BASE + BackofficeFixtures.FOREIGN + "/report.json",
                BASE + "gibt-es-nicht/report",
                BASE + "gibt-es-nicht/report.json",
                "/organizer/agsa/reports",
                "/organizer/agsa/events/" + BackofficeFixtures.FOREIGN + "/report",
                "/ministry/sms-sachsen/",
                "/ministry/sms-sachsen/figures.csv")) {
            assertEquals(404, Files.get(url(path), organizer).status(), path + " for an organizer of " + T);
        }
        String checkin = signedIn(CHECKIN_STAFF).sessionCookie();
        for (String path : List.of(
                BASE + BackofficeFixtures.LIST + "/report",
                BASE + BackofficeFixtures.LIST + "/report.csv",
                "/organizer/" + T + "/reports")) {
            assertEquals(404, Files.get(url(path), checkin).status(), path + " for check-in staff");
        }
    }

    /**
     * The Saxon ministry's analyst: lands on the figures, sees the events its funder pays for
     * (Mittelsachsen's) and none of AGSA's, no person, small cells as "< 5"; the other ministry's
     * pages and every organizer page are not found. And the other way round for Saxony-Anhalt.
     */
    public void ministryAnalystsSeeTheirScopeAnonymouslyAndNothingElse() {
        BackofficeBrowser bo = signedIn(SAXON_ANALYST);
        assertThat(bo.driver().getCurrentUrl()).isEqualTo(url("/ministry/sms-sachsen/"));
        assertThat(bo.h1()).isEqualTo("Zahlen der geförderten Veranstaltungen");
        A11y.assertNoViolations(bo.driver());
        looksRightAt1280And390(bo, "ministry-sms-sachsen");
        assertThat(bo.texts("nav.site-nav a"))
                .contains("Zahlen")
                .doesNotContain("Veranstaltungen", "Reihen", "Einstellungen", "Einwilligungen", "Auswertungen");
        String page = bo.text("main");
        assertThat(page)
                .contains(BackofficeFixtures.LIST_TITLE, "5 Jahre Integrationsarbeit Mittelsachsen")
                .doesNotContain("Fremde Tagung", "Regionalkonferenz");
        for (String personal : PERSONAL) {
            assertThat(bo.driver().getPageSource())
                    .as("the ministry's page names nobody")
                    .doesNotContain(personal);
        }
        List<String> listRow = pageRows(bo, "events-by-status").stream()
                .filter(r -> r.get(0).equals(BackofficeFixtures.LIST_TITLE))
                .findFirst()
                .orElseThrow();
        assertThat(listRow).as("4 confirmed and 1 waiting are small cells").contains("< 5");
        assertThat(listRow.subList(1, listRow.size())).doesNotContain("1", "2", "3", "4");
        assertThat(bo.text("main")).contains("Zahlen über 1 bis 4 Personen werden als „< 5“ gezeigt.");

        String cookie = bo.sessionCookie();
        for (String file : List.of(
                "/ministry/sms-sachsen/figures.csv",
                "/ministry/sms-sachsen/figures.xlsx",
                "/ministry/sms-sachsen/figures.pdf",
                "/ministry/sms-sachsen/figures.json")) {
            Files.Download d = Files.get(url(file), cookie);
            assertEquals(200, d.status(), file);
            String text = file.endsWith(".xlsx")
                    ? Files.xlsxSheets(d.body()).toString()
                    : file.endsWith(".pdf") ? Files.pdfText(d.body()) : new String(d.body(), StandardCharsets.UTF_8);
            assertThat(text).contains(BackofficeFixtures.LIST_TITLE).doesNotContain("Fremde Tagung");
            for (String personal : PERSONAL) {
                assertThat(text).as("%s names nobody", file).doesNotContain(personal);
            }
        }
        for (String path : List.of(
                "/ministry/ms-sachsen-anhalt/",
                "/ministry/ms-sachsen-anhalt/figures.json",
                "/ministry/ms-sachsen-anhalt/figures.pdf",
                "/ministry/mittelsachsen/",
                "/organizer/sms-sachsen/",
                "/organizer/sms-sachsen/reports",
                "/organizer/" + T + "/events/" + BackofficeFixtures.LIST + "/report")) {
            assertEquals(404, Files.get(url(path), cookie).status(), path + " for the Saxon analyst");
        }

        BackofficeBrowser other = signedIn(SAXONY_ANHALT_ANALYST);
        assertThat(other.driver().getCurrentUrl()).isEqualTo(url("/ministry/ms-sachsen-anhalt/"));
        looksRightAt1280And390(other, "ministry-ms-sachsen-anhalt");
        // the four regional conferences of 2019, entered by hand: 297 people in the series' row
        assertThat(pageRows(other, "series"))
                .anySatisfy(row ->
                        assertThat(row.get(0)).contains("Regionalkonferenz").contains("manuell erfasst"))
                .anySatisfy(row -> assertThat(row).contains("297"));
        assertThat(other.text("main"))
                .contains("Regionalkonferenz")
                .doesNotContain(
                        BackofficeFixtures.LIST_TITLE, "Fremde Tagung", "5 Jahre Integrationsarbeit Mittelsachsen");
        A11y.assertNoViolations(other.driver());
    }

    /**
     * An analyst makes a token on the ministry's page (shown once), the figures API answers it
     * with the page's tables; no token, a wrong one, another ministry's path and a revoked token
     * answer 401, an unknown ministry 404.
     */
    public void theFiguresApiAnswersAnAnalystsTokenAndNothingElse() {
        BackofficeBrowser bo = signedIn(SAXON_ANALYST);
        bo.type("token-form:label", "");
        bo.submit("token-form:create");
        assertThat(bo.fieldMessage("token-form:label")).startsWith("Bitte geben Sie dem Token einen Namen");
        bo.type("token-form:label", "R-Skript Referat 42");
        bo.type("token-form:days", "30");
        bo.submit("token-form:create");
        assertThat(bo.messages()).contains("Das Token ist erstellt.");
        String token = bo.value("issued-token");
        assertThat(token).startsWith("sms-sachsen.");
        A11y.assertNoViolations(bo.driver());
        bo.open("/ministry/sms-sachsen/");
        assertThat(bo.present("issued-token")).as("shown once").isFalse();
        assertThat(bo.text("#tokens")).contains("R-Skript Referat 42", "gültig bis");

        String api = "/api/v1/ministry/sms-sachsen/figures";
        Files.Download ok = api(api, token);
        assertEquals(200, ok.status(), new String(ok.body(), StandardCharsets.UTF_8));
        String body = new String(ok.body(), StandardCharsets.UTF_8);
        assertThat(body).contains(BackofficeFixtures.LIST_TITLE, "\"definitions\"", "< 5");
        for (String personal : PERSONAL) {
            assertThat(body).doesNotContain(personal);
        }
        assertEquals(401, api(api, null).status(), "no token");
        assertEquals(
                401,
                api(api, "sms-sachsen.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde")
                        .status(),
                "an unknown token");
        assertEquals(
                401, api("/api/v1/ministry/ms-sachsen-anhalt/figures", token).status(), "another ministry");
        assertEquals(404, api("/api/v1/ministry/mittelsachsen/figures", token).status(), "not a ministry");
        assertEquals(404, api("/api/v1/ministry/gibt-es-nicht/figures", token).status(), "no such tenant");

        bo.open("/ministry/sms-sachsen/");
        By mine = By.xpath("//table[@id='tokens']//tr[th[normalize-space()='R-Skript Referat 42']]");
        assertThat(bo.driver().findElement(mine).getText())
                .as("its use is recorded")
                .doesNotContain("noch nie");
        Browser.clickAndLoad(
                bo.driver(), bo.driver().findElement(mine).findElement(By.cssSelector("input[type=submit]")));
        assertThat(bo.messages()).contains("Das Token ist widerrufen");
        assertThat(bo.driver().findElement(mine).getText()).contains("widerrufen am");
        assertEquals(401, api(api, token).status(), "revoked");
    }

    private Files.Download api(String path, String token) {
        try {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(url(path)))
                    .GET();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            java.net.http.HttpResponse<byte[]> r = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            return new Files.Download(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The page as a clerk sees it at 1280 px and on a 390 px phone, kept under
     * {@code target/screenshots/} for a person to look at; nothing may stick out sideways on the
     * phone (wide tables scroll inside their own region).
     */
    static void looksRightAt1280And390(BackofficeBrowser bo, String name) {
        Browser browser = BrowserExtension.browser();
        try {
            for (int width : new int[] {1280, 390}) {
                browser.emulateWidth(width, 900);
                JavascriptExecutor js = (JavascriptExecutor) bo.driver();
                long overflow = ((Number)
                                js.executeScript("return document.documentElement.scrollWidth - window.innerWidth"))
                        .longValue();
                assertThat(overflow)
                        .as("%s at %d px sticks out sideways by %d px", name, width, overflow)
                        .isLessThanOrEqualTo(0);
                browser.screenshot(Path.of("target", "screenshots", name + "-" + width + ".png"));
            }
        } finally {
            browser.emulateWidth(Browser.WIDTH, 1000);
        }
    }

    /** The rows of a figure table on the page, the row header first. */
    static List<List<String>> pageRows(BackofficeBrowser bo, String tableId) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : bo.driver().findElements(By.cssSelector("table#" + tableId + " tbody tr"))) {
            rows.add(tr.findElements(By.cssSelector("th, td")).stream()
                    .map(WebElement::getText)
                    .map(String::strip)
                    .toList());
        }
        return rows;
    }

    /** The {@code n} data rows after a caption and its header row in the CSV. */
    private static List<List<String>> csvSection(List<CSVRecord> records, String caption, int n) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).size() == 1 && records.get(i).get(0).equals(caption)) {
                return trim(records.subList(i + 2, i + 2 + n).stream()
                        .map(CSVRecord::toList)
                        .toList());
            }
        }
        throw new AssertionError("no section " + caption + " in the CSV");
    }

    private static List<List<String>> trim(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(String::strip).toList()).toList();
    }
}
