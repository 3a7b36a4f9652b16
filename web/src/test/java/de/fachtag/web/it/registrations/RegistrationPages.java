package de.fachtag.web.it.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.fachtag.web.it.backoffice.BackofficeBrowser;
import de.fachtag.web.it.browser.Browser;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * The browser and HTTP side of {@code RegistrationsBackofficeIT}, kept out of the test class
 * because that class is also loaded in the container, which has no Selenium.
 */
public final class RegistrationPages {

    static final String T = BackofficeFixtures.TENANT;
    static final String BASE = "/organizer/" + T + "/events/";
    static final String ORGANIZER = "organizer@mittelsachsen.demo";
    static final String CHECKIN_STAFF = "checkin@mittelsachsen.demo";
    static final String NOT_FOUND = "Seite nicht gefunden";

    private final String base;

    private RegistrationPages(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static RegistrationPages at(String base) {
        return new RegistrationPages(base);
    }

    private String url(String path) {
        return base + path;
    }

    private BackofficeBrowser signedIn(String email) {
        return BackofficeBrowser.signedIn(base, email);
    }

    public void organizerSeesTheTableFiltersItAndAHostileNameStaysText() {
        BackofficeBrowser bo = signedIn(ORGANIZER);
        bo.open(BASE + BackofficeFixtures.LIST + "/registrations");
        assertThat(bo.h1()).isEqualTo("Anmeldungen: " + BackofficeFixtures.LIST_TITLE);
        assertThat(bo.texts(".rg-name"))
                .containsExactly(
                        "Anna Fotofreundin",
                        BackofficeFixtures.SCRIPT_NAME,
                        "Bernd Wartend",
                        "Carla Livestream",
                        BackofficeFixtures.PLUS_NAME);
        assertThat(bo.texts(".rg-position")).contains("1", "2", "3", "4", "5");
        assertThat(bo.text("#registration-counts"))
                .contains("5 Anmeldungen, davon 4 bestätigt und 1 auf der Warteliste");
        assertThat(bo.texts(".rg-waitlist")).containsExactly("Platz 1");
        // the name is text, not markup: no alert, no script element from it, escaped in the source
        assertThrows(NoAlertPresentException.class, () -> bo.driver().switchTo().alert());
        assertThat(bo.driver().findElements(By.xpath("//span[@class='rg-name']/script")))
                .isEmpty();
        assertThat(bo.driver().getPageSource()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(bo.texts(".rg-organisation")).contains(BackofficeFixtures.FORMULA_ORGANISATION);

        bo.choose("filter-form:status", "Warteliste");
        bo.submit("filter-form:apply");
        assertThat(bo.texts(".rg-name")).containsExactly("Bernd Wartend");
        assertThat(bo.element("export-csv").getAttribute("href")).contains("status=WAITLISTED");
        bo.submit("filter-form:reset");
        bo.choose("filter-form:photo", "Keine Fotos");
        bo.submit("filter-form:apply");
        assertThat(bo.texts(".rg-name")).containsExactly(BackofficeFixtures.SCRIPT_NAME, "Carla Livestream");
        bo.submit("filter-form:reset");
        bo.type("filter-form:search", "jobcenter");
        bo.submit("filter-form:apply");
        assertThat(bo.texts(".rg-name")).containsExactly("Anna Fotofreundin");
        assertThrows(NoAlertPresentException.class, () -> bo.driver().switchTo().alert());
    }

    public void exportsOpenWithTheirLibrariesWithFormulaCellsDefused() {
        BackofficeBrowser bo = signedIn(ORGANIZER);
        String cookie = bo.sessionCookie();
        String path = BASE + BackofficeFixtures.LIST;

        Files.Download csv = Files.get(url(path + "/registrations.csv"), cookie);
        assertEquals(200, csv.status());
        assertThat(csv.contentType()).startsWith("text/csv");
        List<CSVRecord> records = Files.csv(csv.body());
        assertThat(records.get(0).toList())
                .startsWith(
                        "Nr.",
                        "Name",
                        "E-Mail",
                        "Organisation",
                        "Arbeitsbereich",
                        "Teilnahme",
                        "Workshop",
                        "Status",
                        "Wartelistenplatz",
                        "Fotos");
        assertEquals(6, records.size(), "header and five registrations");
        assertThat(records.get(2).toList())
                .startsWith(
                        "2",
                        BackofficeFixtures.SCRIPT_NAME,
                        "script@example.org",
                        "'" + BackofficeFixtures.FORMULA_ORGANISATION,
                        "Sonstiges",
                        "Vor Ort",
                        "A",
                        "Bestätigt",
                        "",
                        "nein");
        assertThat(records.get(3).toList()).startsWith("3", "Bernd Wartend").contains("Warteliste", "1");
        assertThat(records.get(5).toList())
                .startsWith(
                        "5",
                        "'" + BackofficeFixtures.PLUS_NAME,
                        "dora@example.org",
                        "'" + BackofficeFixtures.AT_ORGANISATION);

        Files.Download filtered = Files.get(url(path + "/registrations.csv?status=waitlisted"), cookie);
        assertEquals(2, Files.csv(filtered.body()).size(), "the table's filter applies to the file");

        Files.Download xlsx = Files.get(url(path + "/registrations.xlsx"), cookie);
        assertEquals(200, xlsx.status());
        List<List<String>> sheet = Files.xlsx(xlsx.body());
        assertEquals(6, sheet.size());
        assertEquals("Name", sheet.get(0).get(1));
        assertEquals(BackofficeFixtures.SCRIPT_NAME, sheet.get(2).get(1));
        assertEquals("'" + BackofficeFixtures.FORMULA_ORGANISATION, sheet.get(2).get(3));
        assertEquals("'" + BackofficeFixtures.PLUS_NAME, sheet.get(5).get(1));
        assertEquals("'" + BackofficeFixtures.AT_ORGANISATION, sheet.get(5).get(3));

        Files.Download attendance = Files.get(url(path + "/attendance.pdf"), cookie);
        assertEquals(200, attendance.status());
        assertThat(attendance.contentType()).isEqualTo("application/pdf");
        String list = Files.pdfText(attendance.body());
        assertThat(list)
                .contains(
                        "Teilnehmerliste / Unterschriftenliste",
                        BackofficeFixtures.LIST_TITLE,
                        "Unterschrift",
                        "Workshop A: Workshop A zum Thema Teilhabe",
                        "Workshop B: Workshop B zum Thema Teilhabe",
                        "Anna Fotofreundin",
                        BackofficeFixtures.SCRIPT_NAME,
                        BackofficeFixtures.PLUS_NAME,
                        BackofficeFixtures.FUNDING_NOTICE);
        assertThat(list).doesNotContain("Bernd Wartend").doesNotContain("Carla Livestream");
        assertEquals(2, Files.pages(attendance.body()), "one list per workshop");
        String onlyB = Files.pdfText(
                Files.get(url(path + "/attendance.pdf?workshop=B"), cookie).body());
        assertThat(onlyB).contains(BackofficeFixtures.PLUS_NAME).doesNotContain("Anna Fotofreundin");

        String photos =
                Files.pdfText(Files.get(url(path + "/photo-list.pdf"), cookie).body());
        assertThat(photos)
                .contains(
                        "Fotoliste",
                        BackofficeFixtures.SCRIPT_NAME + " =HYPERLINK",
                        "A KEINE FOTOS 3 " + BackofficeFixtures.PLUS_NAME,
                        "Anna Fotofreundin Jobcenter Mittelsachsen A Fotos erlaubt",
                        BackofficeFixtures.FUNDING_NOTICE);

        Files.Download badges = Files.get(url(path + "/badges.pdf"), cookie);
        assertEquals(200, badges.status());
        assertEquals(3, Files.pages(badges.body()), "a badge for each confirmed on-site person");
        String badgeText = Files.pdfText(badges.body());
        assertThat(badgeText)
                .contains(
                        "Anna Fotofreundin",
                        "Jobcenter Mittelsachsen",
                        "Workshop A: Workshop A zum Thema Teilhabe",
                        BackofficeFixtures.LIST_TITLE,
                        "KEINE FOTOS");
        String code = Files.qrOnPage(badges.body(), 0);
        assertThat(code).matches("[23456789A-HJKMNP-Z]{10}");
        assertThat(badgeText).contains(code);
    }

    public void checkInByKeyboardTwiceSaysWhenAndUnknownCodesAreNamed() {
        BackofficeBrowser organizer = signedIn(ORGANIZER);
        byte[] badges = Files.get(url(BASE + BackofficeFixtures.CHECKIN + "/badges.pdf"), organizer.sessionCookie())
                .body();
        String code = Files.qrOnPage(badges, 0);

        BackofficeBrowser bo = signedIn(CHECKIN_STAFF);
        bo.open(BASE + BackofficeFixtures.CHECKIN + "/checkin");
        WebElement field = bo.driver().switchTo().activeElement();
        assertEquals("checkin-form:code", field.getAttribute("id"), "the code field has the focus");
        field.sendKeys(code.substring(0, 4).toLowerCase() + " " + code.substring(4) + Keys.ENTER);
        Browser.waitFor(bo.driver(), org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(field));
        Browser.waitFor(
                bo.driver(), d -> !d.findElements(By.id("checkin-result")).isEmpty());
        assertThat(bo.text("#checkin-result")).isEqualTo("Eingecheckt: Hanna Hier (Workshop A)");
        assertThat(bo.text("#checkin-presence"))
                .isEqualTo("1 von 2 bestätigten Teilnehmenden vor Ort sind eingecheckt.");
        assertThat(bo.driver().findElement(By.id("ci-scan-stop")).isDisplayed())
                .as("no camera runs: no Kamera beenden")
                .isFalse();

        WebElement again = bo.driver().switchTo().activeElement();
        assertEquals("checkin-form:code", again.getAttribute("id"), "ready for the next badge");
        again.sendKeys(code + Keys.ENTER);
        Browser.waitFor(
                bo.driver(),
                d -> d.findElement(By.id("checkin-result")).getText().startsWith("Bereits"));
        assertThat(bo.text("#checkin-result"))
                .matches("Bereits eingecheckt um \\d\\d:\\d\\d Uhr: Hanna Hier \\(Workshop A\\)");

        bo.driver().switchTo().activeElement().sendKeys("ZZZZ-ZZZZZZ" + Keys.ENTER);
        Browser.waitFor(
                bo.driver(),
                d -> d.findElement(By.id("checkin-result")).getText().startsWith("Unbekannt"));
        assertThat(bo.text("#checkin-result")).contains("Unbekannter Code „ZZZZ-ZZZZZZ“");
        assertThat(bo.present("ci-scan-start")).isTrue();

        // list mode, for someone without a badge: search by name, tick; a photo refusal shows at once
        bo.type("checkin-list:search", "ohnebild");
        bo.submit("checkin-list:find");
        assertThat(bo.text("#checkin-matches")).contains("Jonas Ohnebild", "KEINE FOTOS");
        bo.submit(bo.driver().findElement(By.cssSelector("#checkin-matches input[type=submit]")));
        assertThat(bo.text("#checkin-result")).startsWith("Eingecheckt: Jonas Ohnebild (Workshop A)");
        assertThat(bo.text("#checkin-no-photos")).isEqualTo("KEINE FOTOS");
        assertThat(bo.text("#checkin-presence"))
                .isEqualTo("2 von 2 bestätigten Teilnehmenden vor Ort sind eingecheckt.");
        assertThat(bo.text("#checkin-matches")).contains("bereits eingecheckt");
        screenshot("checkin-list-1280");
        de.fachtag.web.it.browser.A11y.assertNoViolations(bo.driver());
        de.fachtag.web.it.browser.BrowserExtension.browser().emulateWidth(390, 844);
        bo.open(BASE + BackofficeFixtures.CHECKIN + "/checkin");
        screenshot("checkin-390");
        de.fachtag.web.it.browser.BrowserExtension.browser().reset();
    }

    public void checkInStaffCannotOpenTheTableOrTheFiles() {
        BackofficeBrowser bo = signedIn(CHECKIN_STAFF);
        // the start page of a door account is the next event's check-in; its menu offers nothing else of the back
        // office
        assertThat(bo.driver().getCurrentUrl()).endsWith("/checkin");
        assertThat(bo.text(".site-nav"))
                .contains("Check-in")
                .doesNotContain("Veranstaltungen", "Reihen", "Einstellungen", "Einwilligungen", "Berichte");
        screenshot("checkin-start-1280");
        String cookie = bo.sessionCookie();
        for (String file : List.of(
                "/registrations",
                "/registrations.csv",
                "/registrations.xlsx",
                "/attendance.pdf",
                "/photo-list.pdf",
                "/badges.pdf")) {
            Files.Download d = Files.get(url(BASE + BackofficeFixtures.LIST + file), cookie);
            assertEquals(403, d.status(), file);
            assertThat(new String(d.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .doesNotContain("Anna Fotofreundin");
        }
        assertEquals(
                200,
                Files.get(url(BASE + BackofficeFixtures.LIST + "/checkin"), cookie)
                        .status());
    }

    public void anotherTenantsEventSlugAnswersNotFoundOnEveryPageAndFile() {
        BackofficeBrowser bo = signedIn(ORGANIZER);
        String cookie = bo.sessionCookie();
        for (String file : List.of(
                "/registrations",
                "/checkin",
                "/registrations.csv",
                "/registrations.xlsx",
                "/attendance.pdf",
                "/photo-list.pdf",
                "/badges.pdf")) {
            Files.Download foreign = Files.get(url(BASE + BackofficeFixtures.FOREIGN + file), cookie);
            assertEquals(404, foreign.status(), file);
            String body = new String(foreign.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(body).doesNotContain(BackofficeFixtures.FOREIGN_NAME);
            assertEquals(
                    404,
                    Files.get(url(BASE + "rg-gibt-es-nicht" + file), cookie).status(),
                    "like a missing event: " + file);
            assertEquals(
                    404,
                    Files.get(url("/organizer/agsa/events/" + BackofficeFixtures.FOREIGN + file), cookie)
                            .status(),
                    "another tenant's back office: " + file);
        }
        bo.open(BASE + BackofficeFixtures.LIST + "/registrations");
        bo.driver().get(url(BASE + BackofficeFixtures.FOREIGN + "/registrations"));
        assertThat(bo.h1()).isEqualTo(NOT_FOUND);
    }

    public void organizerAddsCorrectsCancelsMovesAndPromotesByHand() {
        // an analyst lands on the ministry's pages and sees no organizer menu
        BackofficeBrowser analyst = signedIn("analyst@sms-sachsen.demo");
        assertThat(analyst.driver().getCurrentUrl()).contains("/ministry/");
        assertThat(analyst.text(".site-nav"))
                .doesNotContain("Veranstaltungen", "Reihen", "Einstellungen", "Einwilligungen");
        BackofficeBrowser bo = signedIn(ORGANIZER);
        assertThat(bo.text(".site-nav")).contains("Veranstaltungen", "Reihen");
        String page = BASE + BackofficeFixtures.ACTIONS + "/registrations";
        bo.open(BASE + BackofficeFixtures.ACTIONS);
        bo.submit(bo.element("to-registrations"));
        assertThat(bo.driver().getCurrentUrl()).isEqualTo(url(page));

        // add by hand: workshop B is full, so the waiting list
        bo.type("registration-form:name", "Jana Neu")
                .type("registration-form:email", "jana@example.org")
                .type("registration-form:organisation", "Diakonie")
                .choose("registration-form:sector", "Migrations- und Sozialberatung")
                .choose("registration-form:workshop", "B Workshop B zum Thema Teilhabe");
        bo.submit("registration-form:save");
        assertThat(bo.messages()).contains("Jana Neu steht auf der Warteliste (Platz 1).");
        assertThat(statusOf(bo, "Jana Neu")).contains("Warteliste");

        // a wrong address: the message stands at the field, nothing is added
        bo.type("registration-form:name", "Kein Mail")
                .type("registration-form:email", "kein-mail")
                .choose("registration-form:sector", "Sonstiges")
                .choose("registration-form:workshop", "C Workshop C zum Thema Teilhabe");
        bo.submit("registration-form:save");
        assertThat(bo.fieldMessage("registration-form:email"))
                .isEqualTo("Bitte eine gültige E-Mail-Adresse angeben, z. B. name@beispiel.de.");
        assertThat(bo.texts(".rg-name")).doesNotContain("Kein Mail");

        // at 1280 px the whole table fits: every column and each row's actions in the viewport, no sideways scroll
        fitsTheViewport(bo);
        screenshot("registrations-1280");
        de.fachtag.web.it.browser.A11y.assertNoViolations(bo.driver());

        // correct the details
        bo.submit(action(bo, "Erik Erster", "Bearbeiten"));
        assertThat(bo.value("registration-form:organisation"))
                .as(bo.text("main"))
                .isEqualTo("Jobcenter");
        bo.type("registration-form:organisation", "Jobcenter Mittelsachsen, Team Integration");
        bo.submit("registration-form:save");
        assertThat(bo.messages()).contains("Die Angaben von Erik Erster sind gespeichert.");
        assertThat(row(bo, "Erik Erster").getText()).contains("Jobcenter Mittelsachsen, Team Integration");

        // promote with no free seat: refused, said at the top
        bo.submit(action(bo, "Jana Neu", "Nachrücken lassen"));
        assertThat(bo.messages()).contains("Es ist kein Platz frei.");
        assertThat(statusOf(bo, "Jana Neu")).contains("Warteliste");

        // move Gustav from B to C: his seat in B goes to Jana, who waited for it
        bo.submit(action(bo, "Gustav Gast", "Bearbeiten"));
        bo.choose("move-form:workshop", "C Workshop C zum Thema Teilhabe");
        bo.submit("move-form:move");
        assertThat(bo.messages()).contains("Gustav Gast ist jetzt im Workshop C.");
        assertThat(row(bo, "Gustav Gast")
                        .findElement(By.cssSelector(".rg-workshop"))
                        .getText())
                .isEqualTo("C");
        assertThat(row(bo, "Gustav Gast")
                        .findElement(By.cssSelector(".rg-workshop-title"))
                        .getText())
                .isEqualTo("Workshop C zum Thema Teilhabe");
        assertThat(statusOf(bo, "Jana Neu")).contains("Bestätigt");

        // cancel Erik's confirmed seat, confirmed in a dialog: Frida moves up
        confirmCancel(bo, "Erik Erster");
        assertThat(bo.messages()).contains("Die Anmeldung von Erik Erster ist storniert.");
        WebElement undo = bo.element("undo-form");
        assertThat(undo.getText()).contains("Die Anmeldung von Erik Erster ist storniert.");
        assertThat(inViewport(bo, undo))
                .as("the cancellation and its undo are in view")
                .isTrue();
        ((org.openqa.selenium.JavascriptExecutor) bo.driver())
                .executeScript("window.scrollTo(0, document.body.scrollHeight)");
        assertThat(inViewport(bo, bo.element("undo-form")))
                .as("still in view when scrolled down")
                .isTrue();
        screenshot("registrations-cancelled-1280");
        de.fachtag.web.it.browser.A11y.assertNoViolations(bo.driver());
        assertThat(statusOf(bo, "Erik Erster")).contains("Storniert");
        assertThat(statusOf(bo, "Frida Folgt")).contains("Bestätigt");

        // undo: Erik's seat went to Frida meanwhile, so he waits, and the page says so
        bo.submit("undo-form:undo");
        assertThat(bo.messages())
                .contains(
                        "Die Stornierung von Erik Erster ist rückgängig gemacht, aber der Platz ist inzwischen an jemand anderen vergeben");
        assertThat(statusOf(bo, "Erik Erster")).contains("Warteliste");
        assertThat(statusOf(bo, "Frida Folgt")).contains("Bestätigt");
        assertThat(bo.present("undo-form")).isFalse();

        // cancel Jana and undo at once: her seat is still free, she is confirmed again, the unsent mail withdrawn
        confirmCancel(bo, "Jana Neu");
        assertThat(statusOf(bo, "Jana Neu")).contains("Storniert");
        bo.submit("undo-form:undo");
        assertThat(bo.messages())
                .contains("Die Stornierung von Jana Neu ist rückgängig gemacht: Jana Neu ist wieder bestätigt.");
        assertThat(statusOf(bo, "Jana Neu")).contains("Bestätigt");

        // on a phone: the columns that matter, no sideways scroll
        de.fachtag.web.it.browser.BrowserExtension.browser().emulateWidth(390, 844);
        bo.open(page);
        assertThat(((Number)
                                ((org.openqa.selenium.JavascriptExecutor) bo.driver())
                                        .executeScript(
                                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                        .intValue())
                .as("no horizontal scroll at 390 px")
                .isLessThanOrEqualTo(0);
        assertThat(
                        (Boolean)
                                ((org.openqa.selenium.JavascriptExecutor) bo.driver())
                                        .executeScript(
                                                "var c = document.querySelector('.rg-table').parentElement; return c.scrollWidth <= c.clientWidth;"))
                .as("the table fits at 390 px: the less needed columns give way")
                .isTrue();
        assertThat(row(bo, "Erik Erster").findElement(By.cssSelector("summary")).isDisplayed())
                .isTrue();
        screenshot("registrations-390");
        de.fachtag.web.it.browser.BrowserExtension.browser().reset();
    }

    /**
     * The clerk's day at 1280 px (issue 12, "Done means"): find a person by the table's search,
     * move her to another workshop, cancel someone else and undo it, export the list (the file
     * arrives and holds the moved person's row), check in three people by the list. After each
     * step: nothing scrolls sideways, no table is cut off, the confirmation is in the viewport,
     * and the table's rows are at most 80 px high.
     */
    public void clerksDayFitsTheScreen() {
        de.fachtag.web.it.browser.Browser browser = de.fachtag.web.it.browser.BrowserExtension.browser();
        browser.emulateWidth(1280, 900);
        try {
            BackofficeBrowser bo = signedIn(ORGANIZER);
            String page = BASE + BackofficeFixtures.CLERK + "/registrations";
            bo.open(page);
            de.fachtag.web.it.browser.PageLook.check(browser, "clerk-1-table", 1280);
            rowsAreLow(bo);
            // the pager speaks German too (PrimeFaces' own default is "(1 of 1)")
            assertThat(bo.text(".ui-paginator-current")).isEqualTo("Seite 1 von 1");

            // find a person by the table's search
            bo.type("filter-form:search", "muster");
            bo.submit("filter-form:apply");
            assertThat(bo.texts(".rg-name")).containsExactly("Maria Muster");
            noSidewaysScroll(bo, "search");
            rowsAreLow(bo);

            // move her to another workshop
            bo.submit(action(bo, "Maria Muster", "Bearbeiten"));
            bo.choose("move-form:workshop", "B Workshop B zum Thema Teilhabe");
            bo.submit("move-form:move");
            assertThat(bo.messages()).contains("Maria Muster ist jetzt im Workshop B.");
            assertThat(inViewport(bo, bo.element("messages")))
                    .as("the move's confirmation is in view")
                    .isTrue();
            assertThat(row(bo, "Maria Muster")
                            .findElement(By.cssSelector(".rg-workshop"))
                            .getText())
                    .isEqualTo("B");
            noSidewaysScroll(bo, "move");
            rowsAreLow(bo);
            bo.submit("filter-form:reset");
            assertThat(bo.texts(".rg-name")).hasSize(5);

            // cancel another, confirmed in a dialog in view, and undo it
            confirmCancel(bo, "Nils Neumann");
            assertThat(statusOf(bo, "Nils Neumann")).contains("Storniert");
            assertThat(inViewport(bo, bo.element("undo-form")))
                    .as("the cancellation and its undo are in view")
                    .isTrue();
            de.fachtag.web.it.browser.PageLook.check(browser, "clerk-2-cancelled", 1280);
            rowsAreLow(bo);
            bo.submit("undo-form:undo");
            assertThat(bo.messages())
                    .contains(
                            "Die Stornierung von Nils Neumann ist rückgängig gemacht: Nils Neumann ist wieder bestätigt.");
            assertThat(inViewport(bo, bo.element("messages")))
                    .as("the undo's confirmation is in view")
                    .isTrue();
            assertThat(statusOf(bo, "Nils Neumann")).contains("Bestätigt");
            noSidewaysScroll(bo, "undo");
            rowsAreLow(bo);

            // export the list: the file the page links arrives and holds the moved person's row
            String href = bo.element("export-csv").getAttribute("href");
            Files.Download csv = Files.get(href, bo.sessionCookie());
            assertEquals(200, csv.status());
            List<CSVRecord> records = Files.csv(csv.body());
            assertEquals(6, records.size(), "header and five registrations");
            assertThat(records.stream()
                            .filter(r -> r.toList().contains("Maria Muster"))
                            .findFirst()
                            .orElseThrow()
                            .toList())
                    .contains("maria@example.org", "B", "Bestätigt");

            // check in three people by the list: search by name, tick
            bo.open(BASE + BackofficeFixtures.CLERK + "/checkin");
            int present = 0;
            for (String[] person : new String[][] {{"Maria Muster", "B"}, {"Olga Ostmann", "B"}, {"Rosa Roth", "A"}}) {
                bo.type("checkin-list:search", person[0].split(" ")[1]);
                bo.submit("checkin-list:find");
                assertThat(bo.text("#checkin-matches")).contains(person[0]);
                bo.submit(bo.driver().findElement(By.cssSelector("#checkin-matches input[type=submit]")));
                present++;
                assertThat(bo.text("#checkin-result"))
                        .startsWith("Eingecheckt: " + person[0] + " (Workshop " + person[1] + ")");
                assertThat(inViewport(bo, bo.element("checkin-result")))
                        .as("the check-in's confirmation is in view")
                        .isTrue();
                assertThat(bo.text("#checkin-presence"))
                        .isEqualTo(present + " von 5 bestätigten Teilnehmenden vor Ort sind eingecheckt.");
                noSidewaysScroll(bo, "check-in " + present);
            }
            de.fachtag.web.it.browser.PageLook.check(browser, "clerk-3-checkin", 1280);

            // back at the table: the three carry their check-in time
            bo.open(page);
            for (String name : List.of("Maria Muster", "Olga Ostmann", "Rosa Roth")) {
                assertThat(row(bo, name)
                                .findElement(By.cssSelector(".rg-checkin"))
                                .getText())
                        .as(name)
                        .matches(".*\\d\\d:\\d\\d.*");
            }
            de.fachtag.web.it.browser.PageLook.check(browser, "clerk-4-table", 1280);
            rowsAreLow(bo);
        } finally {
            browser.reset();
        }
    }

    private static void noSidewaysScroll(BackofficeBrowser bo, String step) {
        long overflow = ((Number) ((org.openqa.selenium.JavascriptExecutor) bo.driver())
                        .executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .longValue();
        assertThat(overflow).as("no sideways scroll after: " + step).isLessThanOrEqualTo(0);
    }

    /** Each row of the table is at most 80 px high (one line of name, e-mail, workshop title). */
    private static void rowsAreLow(BackofficeBrowser bo) {
        @SuppressWarnings("unchecked")
        List<String> high = (List<String>) ((org.openqa.selenium.JavascriptExecutor) bo.driver())
                .executeScript("var out = [];"
                        + "document.querySelectorAll('.rg-table > tbody > tr').forEach(function (r) {"
                        + "  var h = r.getBoundingClientRect().height;"
                        + "  if (h > 80) out.push(r.textContent.trim().replace(/\\s+/g, ' ').substring(0, 40) + ': ' + Math.round(h) + ' px'); });"
                        + "return out;");
        assertThat(high).as("rows higher than 80 px").isEmpty();
    }

    /** Opens the row's menu, chooses "Stornieren" and says yes in the confirmation dialog, which must be in view. */
    private static void confirmCancel(BackofficeBrowser bo, String name) {
        row(bo, name).findElement(By.cssSelector("summary")).click();
        row(bo, name).findElement(By.cssSelector("button.rg-cancel")).click();
        WebElement dialog = Browser.waitFor(
                bo.driver(),
                d -> d.findElements(By.cssSelector(".ui-confirm-dialog")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
        assertThat(dialog.getText()).contains(name + " wirklich stornieren?");
        assertThat(inViewport(bo, dialog))
                .as("the confirmation dialog is in view")
                .isTrue();
        WebElement before = Browser.page(bo.driver());
        dialog.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        Browser.waitForNewPage(bo.driver(), before);
    }

    /** Every header cell and each row's action toggle lies inside the viewport's width; the page does not scroll sideways. */
    private static void fitsTheViewport(BackofficeBrowser bo) {
        var js = (org.openqa.selenium.JavascriptExecutor) bo.driver();
        long overflow = ((Number) js.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .longValue();
        assertThat(overflow).as("no horizontal scroll").isLessThanOrEqualTo(0);
        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) js.executeScript("var w = document.documentElement.clientWidth, out = [];"
                + "document.querySelectorAll('.rg-table th, .rg-table summary').forEach(function (e) {"
                + "  var r = e.getBoundingClientRect(); if (r.width > 0 && (r.left < 0 || r.right > w)) out.push(e.textContent.trim()); });"
                + "var t = document.querySelector('.rg-table'); var c = t.parentElement;"
                + "if (c.scrollWidth > c.clientWidth) out.push('table scrolls: ' + c.scrollWidth + ' > ' + c.clientWidth);"
                + "return out;");
        assertThat(outside).as("columns and actions outside the viewport").isEmpty();
        assertThat(bo.driver().findElements(By.cssSelector(".rg-table thead th")).stream()
                        .filter(WebElement::isDisplayed)
                        .count())
                .as("every column shown at 1280 px")
                .isEqualTo(10);
    }

    private static boolean inViewport(BackofficeBrowser bo, WebElement e) {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) bo.driver())
                .executeScript(
                        "var r = arguments[0].getBoundingClientRect();"
                                + "return r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;",
                        e);
    }

    private static void screenshot(String name) {
        de.fachtag.web.it.browser.BrowserExtension.browser()
                .screenshot(java.nio.file.Path.of("target", "screenshots", name + ".jpg"));
    }

    /** Opens the row's action menu and gives its button. */
    private static WebElement action(BackofficeBrowser bo, String name, String label) {
        row(bo, name).findElement(By.cssSelector("summary")).click();
        return BackofficeBrowser.button(row(bo, name), label);
    }

    /**
     * While another transaction holds the event's seats longer than the lock timeout, adding a
     * person by hand says so at the top and keeps what was typed; nothing is added, no 500.
     */
    public void organizerIsToldWhenTheSeatsStayBusy() throws Exception {
        BackofficeBrowser bo = signedIn(ORGANIZER);
        bo.open(BASE + BackofficeFixtures.ACTIONS + "/registrations");
        bo.type("registration-form:name", "Lotte Later")
                .type("registration-form:email", "lotte@example.org")
                .choose("registration-form:sector", "Sonstiges")
                .choose("registration-form:workshop", "C Workshop C zum Thema Teilhabe");
        try (de.fachtag.web.it.registration.HeldSeatLock held = de.fachtag.web.it.registration.HeldSeatLock.take(
                BackofficeFixtures.TENANT, BackofficeFixtures.ACTIONS)) {
            bo.submit("registration-form:save");
        }
        assertThat(bo.messages()).contains("Gerade melden sich viele an. Bitte versuchen Sie es gleich noch einmal.");
        assertThat(bo.texts(".rg-name")).doesNotContain("Lotte Later");
        assertThat(bo.value("registration-form:name")).isEqualTo("Lotte Later");
    }

    /**
     * While another transaction holds the event's seats longer than the lock timeout, a check-in
     * says that the seats are busy, keeps the typed code in the field and checks nobody in; no 500.
     */
    public void checkInIsToldWhenTheSeatsStayBusyAndKeepsTheCode() throws Exception {
        BackofficeBrowser organizer = signedIn(ORGANIZER);
        byte[] badges = Files.get(
                        url(BASE + BackofficeFixtures.BUSY_CHECKIN + "/badges.pdf"), organizer.sessionCookie())
                .body();
        String code = Files.qrOnPage(badges, 0);

        BackofficeBrowser bo = signedIn(CHECKIN_STAFF);
        bo.open(BASE + BackofficeFixtures.BUSY_CHECKIN + "/checkin");
        bo.type("checkin-form:code", code);
        try (de.fachtag.web.it.registration.HeldSeatLock held = de.fachtag.web.it.registration.HeldSeatLock.take(
                BackofficeFixtures.TENANT, BackofficeFixtures.BUSY_CHECKIN)) {
            bo.driver().findElement(By.id("checkin-form:code")).sendKeys(Keys.ENTER);
            Browser.waitFor(
                    bo.driver(),
                    d -> !d.findElements(By.id("checkin-result")).isEmpty()
                            && d.findElement(By.id("checkin-result")).getText().startsWith("Die Plätze"));
        }
        assertThat(bo.text("#checkin-result"))
                .isEqualTo("Die Plätze sind gerade kurz belegt; es wurde niemand eingecheckt. "
                        + "Bitte versuchen Sie es gleich noch einmal.");
        assertThat(bo.value("checkin-form:code")).as("the code typed stays").isEqualTo(code);
        assertThat(bo.text("#checkin-presence"))
                .isEqualTo("0 von 1 bestätigten Teilnehmenden vor Ort sind eingecheckt.");
        // the lock is free again: the same code, sent again, checks in
        bo.driver().findElement(By.id("checkin-form:code")).sendKeys(Keys.ENTER);
        Browser.waitFor(
                bo.driver(),
                d -> d.findElement(By.id("checkin-result")).getText().startsWith("Eingecheckt"));
        assertThat(bo.text("#checkin-result")).isEqualTo("Eingecheckt: Karl Klemme (Workshop A)");
    }

    private static WebElement row(BackofficeBrowser bo, String name) {
        return bo.driver()
                .findElement(By.xpath("//tr[.//span[@class='rg-name' and normalize-space()='" + name + "']]"));
    }

    private static String statusOf(BackofficeBrowser bo, String name) {
        return row(bo, name).findElement(By.cssSelector(".rg-status")).getText();
    }
}
