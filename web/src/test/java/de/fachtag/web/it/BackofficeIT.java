package de.fachtag.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.testing.TestDatabase;
import de.fachtag.web.it.backoffice.BackofficeBrowser;
import de.fachtag.web.it.browser.A11y;
import de.fachtag.web.it.browser.Browser;
import de.fachtag.web.it.browser.BrowserExtension;
import de.fachtag.web.it.browser.Http;
import de.fachtag.web.it.browser.Keyboard;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The organizer back office for series, events, agenda and workshops as organizers use it: the
 * built WAR in Payara Micro (one deployment for the class), driven by headless Chromium and a
 * plain HTTP client.
 *
 * <p>The tests never change the demo events (other test classes read them); each builds its own
 * events with slugs starting {@code bo-}. The database is fresh for each failsafe run.
 *
 * <p>Run alone: {@code mvn -o -q install -DskipTests && mvn -o -pl web verify -Dit.test=BackofficeIT
 * -Dfachtag.test.db=fachtag_it_backoffice}.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class BackofficeIT {

    static final String TENANT = "/organizer/mittelsachsen";
    static final String ORGANIZER = "organizer@mittelsachsen.demo";
    static final String NOT_FOUND = "Seite nicht gefunden";
    /** A demo event from the bundled tenant files (seeds 000/001); only read here. */
    static final String DEMO_EVENT = "fachtag-integration-2021";

    static final String OUTSIDE_HOURS = "Dieser Programmpunkt liegt außerhalb der Zeiten der Veranstaltung.";
    static final String NEEDS_DATE = "Zum Veröffentlichen braucht die Veranstaltung ein Datum.";
    static final String CONFLICT =
            "Jemand anderes hat diese Veranstaltung inzwischen geändert. Ihre Änderung ist nicht gespeichert.";

    @ArquillianResource
    URL base;

    BackofficeBrowser bo;

    @BeforeEach
    void signedOutInGerman() {
        bo = new BackofficeBrowser(BrowserExtension.browser().driver(), this::url);
    }

    // ---------------------------------------------------------------- 0. signing in

    static final String THROTTLED = "Zu viele fehlgeschlagene Anmeldungen für diese Adresse oder von diesem Gerät.";

    /**
     * Guessing passwords gets slow (DESIGN: limits in the database): after five wrong passwords for
     * an account even the right one waits, an unknown address gets the same answer, and twenty lock
     * the account until its tenant admin lifts the lock on the staff page (each lock and lift in the
     * security log). The counters are rows in the database; the test removes its own at the end, so
     * that other classes signing in from the same client address are not slowed down.
     */
    @Test
    void wrongPasswordsSlowSignInDownAndALockIsLiftedByTheTenantAdmin() throws Exception {
        Http http = new Http(URI.create(base.toString()));
        String account = "checkin@mittelsachsen.demo";
        String nobody = "niemand@mittelsachsen.demo";
        // other classes' wrong passwords from the same client address must not count here
        try (Connection c = database().asSuperuser().getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM sign_in_throttle");
        }
        try {
            // (the first wait is 5 s: each check follows its account's fifth failure at once)
            Http.Response right = fiveWrongThen(http, account);
            Http.Response unknown = fiveWrongThen(http, nobody);
            for (Http.Response waiting : List.of(right, unknown)) {
                assertThat(waiting.status()).as("%s", waiting).isEqualTo(429);
                assertThat(waiting.header("Retry-After")).as("%s", waiting).isPresent();
                assertThat(waiting.body()).contains(THROTTLED).doesNotContain("Passwort ist falsch");
            }
            assertThat(messageOf(right).replaceAll("\\d+", "n"))
                    .as("the same answer for a known and an unknown address")
                    .isEqualTo(messageOf(unknown).replaceAll("\\d+", "n"));

            assertThat(Long.parseLong(right.header("Retry-After").orElseThrow()))
                    .as("the first wait")
                    .isBetween(1L, 5L);
            // the database's clock decides the wait, so the test moves the rows, not the clock: a
            // minute left (however slow this machine is), then none
            try (Connection c = database().asSuperuser().getConnection();
                    Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE sign_in_throttle SET blocked_until = now() + interval '1 minute'");
                assertThat(http.signIn(account, BackofficeBrowser.PASSWORD).status())
                        .as("during the wait even the right password is refused")
                        .isEqualTo(429);
                s.executeUpdate("UPDATE sign_in_throttle SET blocked_until = now()");
            }
            assertThat(http.signIn(account, BackofficeBrowser.PASSWORD).status())
                    .as("after the wait the right password works")
                    .isEqualTo(302);

            // Twenty in a row lock the account: the first nineteen set as if typed (their waits add up to an hour).
            try (Connection c = database().asSuperuser().getConnection();
                    Statement s = c.createStatement()) {
                for (int i = 0; i < 5; i++) {
                    http.signIn(account, "falsch-" + i);
                    s.executeUpdate("UPDATE sign_in_throttle SET blocked_until = now() WHERE subject LIKE 'account:%'");
                }
                s.executeUpdate("UPDATE sign_in_throttle SET failures = 19 WHERE subject LIKE 'account:%'");
            }
            assertThat(http.signIn(account, "falsch-20").status()).isEqualTo(200);
            assertThat(http.signIn(account, BackofficeBrowser.PASSWORD).status())
                    .as("locked")
                    .isEqualTo(429);
            assertThat(securityLog()).contains("SIGN_IN_LOCKED");

            bo = BackofficeBrowser.signedIn(base.toString(), "admin@mittelsachsen.demo");
            bo.open(TENANT + "/staff");
            WebElement row = bo.driver().findElement(By.xpath("//tr[td[contains(., '" + account + "')]]"));
            assertThat(row.getText()).contains("Anmeldung gesperrt bis");
            Browser.clickAndLoad(bo.driver(), row.findElement(By.xpath(".//input[@value='Sperre aufheben']")));
            assertThat(bo.driver().findElement(By.id("messages")).getText()).contains("Die Sperre ist aufgehoben.");
            assertThat(securityLog()).contains("SIGN_IN_UNLOCKED");
            assertThat(http.signIn(account, BackofficeBrowser.PASSWORD).status())
                    .as("lifted")
                    .isEqualTo(302);
        } finally {
            try (Connection c = database().asSuperuser().getConnection();
                    Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM sign_in_throttle");
            }
        }
    }

    /**
     * A tenant admin is offered only the roles that fit the tenant's kind: a district's admin cannot
     * make anyone a ministry analyst, a ministry's admin cannot make organizers; a forged post of an
     * unfit role adds nobody.
     */
    @Test
    void aTenantAdminIsOfferedOnlyTheRolesThatFitTheKindOfTenant() throws Exception {
        Http http = new Http(URI.create(base.toString()));
        String district = session(http, "admin@mittelsachsen.demo");
        Http.Response districtStaff = http.get(TENANT + "/staff", district);
        assertThat(districtStaff.body())
                .contains("value=\"ORGANIZER\"", "value=\"CHECKIN\"", "value=\"TENANT_ADMIN\"")
                .doesNotContain("value=\"MINISTRY_ANALYST\"");

        String ministry = session(http, "admin@sms-sachsen.demo");
        Http.Response ministryStaff = http.get("/organizer/sms-sachsen/staff", ministry);
        assertThat(ministryStaff.status()).isEqualTo(200);
        assertThat(ministryStaff.body())
                .contains("value=\"MINISTRY_ANALYST\"", "value=\"TENANT_ADMIN\"")
                .doesNotContain("value=\"ORGANIZER\"", "value=\"CHECKIN\"");

        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("staff-add", "staff-add");
        forged.put("staff-add:email", "neu-analyse@mittelsachsen.example");
        forged.put("staff-add:displayName", "Neu");
        forged.put("staff-add:roles", "MINISTRY_ANALYST");
        forged.put("staff-add:add", "Konto anlegen");
        forged.put("jakarta.faces.ViewState", districtStaff.viewState());
        Http.Response refused = http.postForm(TENANT + "/staff", district, forged);
        assertThat(refused.status()).isIn(200, 400);
        Http.Response after = http.get(TENANT + "/staff", district);
        assertThat(after.body()).doesNotContain("neu-analyse@mittelsachsen.example");

        forged.put("staff-add:roles", "CHECKIN");
        forged.put("jakarta.faces.ViewState", after.viewState());
        assertThat(http.postForm(TENANT + "/staff", district, forged).body())
                .as("the same post with a fitting role")
                .contains("neu-analyse@mittelsachsen.example");
    }

    /** Signs in and returns the session cookie as a {@code Cookie} header value. */
    private static String session(Http http, String email) {
        Http.Response signedIn = http.signIn(email, BackofficeBrowser.PASSWORD);
        assertThat(signedIn.status()).as("%s", signedIn).isEqualTo(302);
        return "FACHTAG_SESSION=" + signedIn.cookieValue("FACHTAG_SESSION").orElseThrow();
    }

    private static Http.Response fiveWrongThen(Http http, String email) {
        for (int i = 1; i <= 5; i++) {
            Http.Response wrong = http.signIn(email, "falsches-passwort-" + i);
            assertThat(wrong.status())
                    .as("attempt %d for %s: %s", i, email, wrong)
                    .isEqualTo(200);
            assertThat(wrong.body()).contains("E-Mail-Adresse oder Passwort ist falsch.");
        }
        return http.signIn(email, BackofficeBrowser.PASSWORD);
    }

    private static String messageOf(Http.Response page) {
        int at = page.body().indexOf(THROTTLED);
        return page.body().substring(at, page.body().indexOf('<', at));
    }

    /**
     * A database that takes no connections just now (a restart, a failover, every connection in
     * use) is no error of the site: a public page kept by the page cache is still answered from it
     * (stale-if-error), any other page answers 503 with Retry-After, in the reader's language and
     * without the usual template (it needs the database), the JSON API a 503 problem; once the
     * database takes connections again, the same pages work without a restart. (Each address
     * carries a query of its own, so that no other test's visit has put it in the cache.)
     */
    @Test
    void aDatabaseThatTakesNoConnectionsAnswers503AndTheSiteComesBackByItself() throws Exception {
        Http http = new Http(URI.create(base.toString()));
        String run = UUID.randomUUID().toString();
        String page = "/t/mittelsachsen/e/" + DEMO_EVENT + "?run=" + run;
        String kept = page + "&kept";
        String json = "/api/v1/tenants/mittelsachsen/events/" + DEMO_EVENT + "?run=" + run;
        Http.Response before = http.get(kept);
        assertThat(before.status()).isEqualTo(200);
        try (Connection c = database().asSuperuser().getConnection();
                Statement s = c.createStatement()) {
            try {
                // this database only: TwoInstancesIT's members use the same role, at the same time, on another one
                s.execute("ALTER DATABASE \"" + database().name() + "\" CONNECTION LIMIT 0");
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + TestDatabase.APP
                        + "' AND datname = '" + database().name() + "'");
                Http.Response stale = http.get(kept);
                assertThat(stale.status()).as("%s", stale).isEqualTo(200);
                assertThat(withoutNonce(stale.body()))
                        .as("the page as kept, with a script nonce of its own")
                        .isEqualTo(withoutNonce(before.body()));
                Http.Response german = http.get(page);
                assertThat(german.status()).as("%s", german).isEqualTo(503);
                assertThat(german.header("Retry-After")).as("%s", german).isPresent();
                assertThat(german.body())
                        .contains("<html lang=\"de\"", "<h1>Vorübergehend nicht erreichbar</h1>")
                        .doesNotContain("Exception");
                Http.Response english = http.get(page + "&en", null, Map.of("Accept-Language", "en"));
                assertThat(english.status()).isEqualTo(503);
                assertThat(english.body()).contains("<html lang=\"en\"", "<h1>Temporarily unavailable</h1>");
                Http.Response api = http.get(json, null, Map.of("Accept", "application/json"));
                assertThat(api.status()).as("%s", api).isEqualTo(503);
                assertThat(api.header("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(api.header("Retry-After")).isPresent();
                assertThat(api.body()).contains("Vorübergehend nicht verfügbar");
            } finally {
                s.execute("ALTER DATABASE \"" + database().name() + "\" CONNECTION LIMIT -1");
            }
        }
        assertThat(http.get(page).status()).isEqualTo(200);
        assertThat(http.get(json, null, Map.of("Accept", "application/json")).status())
                .isEqualTo(200);
    }

    /** The page with its script nonce (wherever it stands) replaced by "N". */
    private static String withoutNonce(String page) {
        java.util.regex.Matcher nonce =
                java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"").matcher(page);
        assertThat(nonce.find()).as("a script nonce").isTrue();
        return page.replace(nonce.group(1), "N");
    }

    private static TestDatabase database() {
        return TestDatabase.existing(System.getenv().getOrDefault("FACHTAG_TEST_DB_NAME", "fachtag_it_web"));
    }

    private static String securityLog() throws SQLException {
        try (Connection c = database().asSuperuser().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT string_agg(action || ' ' || coalesce(detail, ''), '; ' ORDER BY id) FROM security_log")) {
            rs.next();
            return String.valueOf(rs.getString(1));
        }
    }

    // ---------------------------------------------------------------- 1. building a Fachtag

    /**
     * Series, event, agenda (one item refused outside the hours, one overlap warned about),
     * workshops with people (one chosen through the autocomplete by keyboard, one only
     * "angefragt"), publishing, the public page, and the next edition.
     */
    @Test
    void organizerBuildsAFachtagThatThePublicSees() {
        bo.signIn(ORGANIZER);

        // the series, typed with the keyboard alone
        bo.driver()
                .findElement(By.cssSelector("nav.site-nav"))
                .findElement(By.linkText("Reihen"))
                .click();
        Browser.waitForPage(bo.driver(), u -> u.equals(url(TENANT + "/series")));
        assertThat(bo.h1()).isEqualTo("Veranstaltungsreihen");
        Keyboard keys = new Keyboard(bo.driver());
        keys.tabUntil("the slug of a new series", Keyboard.id("series-form:slug"), 60);
        keys.type("bo-testreihe");
        assertThat(keys.tab().focused().getAttribute("id")).isEqualTo("series-form:title-de");
        keys.type("Fachtag Integration Testkreis");
        assertThat(keys.tab().focused().getAttribute("id")).isEqualTo("series-form:title-en");
        keys.type("Integration conference Testkreis");
        WebElement create = keys.tab().focused();
        assertThat(create.getAttribute("id")).isEqualTo("series-form:create-series");
        keys.enter();
        Browser.waitFor(bo.driver(), ExpectedConditions.stalenessOf(create));
        assertThat(bo.messages()).contains("Die Reihe „Fachtag Integration Testkreis“ (bo-testreihe) ist angelegt.");
        assertThat(bo.texts(".bo-series-title")).contains("Fachtag Integration Testkreis");

        // the event
        bo.open(TENANT + "/events");
        bo.submit(bo.element("new-event")); // a link: waits for the new page
        assertThat(bo.h1()).isEqualTo("Neue Veranstaltung");
        bo.type("event-form:slug", "bo-fachtag-2027")
                .choose("event-form:series-slug", "Fachtag Integration Testkreis")
                .type("event-form:edition", "3")
                .type("event-form:title-de", "3. Fachtag Integration im Testkreis")
                .type("event-form:motto-de", "Ein Blick zurück – Zwei nach vorn")
                .type("event-form:goal-de", "Ein Resümee ziehen und Weichen stellen.")
                .set("event-form:date", "2027-10-07")
                .set("event-form:start", "09:00")
                .set("event-form:end", "16:00")
                .type("event-form:venue-name", "Tagungszentrum")
                .type("event-form:venue-street", "Halsbrücker Straße 34")
                .type("event-form:venue-postcode", "09599")
                .type("event-form:venue-city", "Freiberg")
                .choose("event-form:format", "Vor Ort und als Livestream")
                .type("event-form:catering-note-de", "Für die Verpflegung wird gesorgt.")
                .type("event-form:change-reservation-de", "Änderungen des Ablaufes und der Referierenden vorbehalten.")
                .type("event-form:organizing-group", "Landratsamt\nJobcenter")
                .type("event-form:contact-email", "integration@example.org")
                .set("event-form:registration-closes", "2027-09-24T23:59")
                .type("event-form:seats", "80");
        bo.element("event-form:funder-keys:0").click();
        bo.submit("event-form:save");
        assertThat(bo.driver().getCurrentUrl()).isEqualTo(url(TENANT + "/events/bo-fachtag-2027"));
        assertThat(bo.messages()).contains("Die Veranstaltung ist als Entwurf angelegt.");
        assertThat(bo.h1()).isEqualTo("Veranstaltung bearbeiten");
        assertThat(bo.value("event-form:title-de")).isEqualTo("3. Fachtag Integration im Testkreis");
        assertThat(bo.value("event-form:date")).isEqualTo("2027-10-07");
        assertThat(bo.value("event-form:organizing-group")).isEqualTo("Landratsamt\nJobcenter");
        assertThat(bo.chosen("event-form:series-slug")).isEqualTo("Fachtag Integration Testkreis");
        assertThat(bo.element("event-form:funder-keys:0").isSelected()).isTrue();
        assertThat(bo.text("#event-state")).isEqualTo("Entwurf");

        // the agenda: items entered out of order come back in time order
        bo.submit(bo.element("to-agenda"));
        assertThat(bo.h1()).isEqualTo("Ablauf: 3. Fachtag Integration im Testkreis");
        addAgendaItem("09:15", "10:15", "Input-Vortrag", "Input: Fünf Jahre Integrationsarbeit");
        assertThat(bo.messages()).contains("„Input: Fünf Jahre Integrationsarbeit“ ist im Ablauf.");
        addAgendaItem("09:00", "09:15", "Begrüßung", "Begrüßung");

        addAgendaItem("08:00", "08:30", "Ankommen", "Frühstück");
        assertThat(bo.fieldMessage("agenda-item-form:start")).isEqualTo(OUTSIDE_HOURS);
        assertThat(bo.element("agenda-item-form:start").getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(bo.element("agenda-item-form:start").getAttribute("aria-describedby"))
                .contains("agenda-item-form:start-error");
        assertThat(bo.messages()).contains("Es wurde nichts gespeichert.");
        assertThat(bo.value("agenda-item-form:title-de"))
                .as("input kept after the refusal")
                .isEqualTo("Frühstück");
        assertThat(bo.texts("#timeline .bo-timeline__title")).doesNotContain("Frühstück");
        A11y.assertNoViolations(bo.driver());

        addAgendaItem("10:00", "11:00", "Podiumsgespräch", "Podiumsgespräch: Migrantisches Leben");
        assertThat(bo.messages())
                .contains("„Podiumsgespräch: Migrantisches Leben“ ist im Ablauf.")
                .contains("Überschneidungen");
        assertThat(bo.text("#overlap-warning"))
                .contains("Überschneidungen")
                .contains("„Input: Fünf Jahre Integrationsarbeit“ und „Podiumsgespräch: Migrantisches Leben“");
        assertThat(bo.texts("#timeline .bo-timeline__title"))
                .containsExactly(
                        "Begrüßung", "Input: Fünf Jahre Integrationsarbeit", "Podiumsgespräch: Migrantisches Leben");
        assertThat(bo.texts("#timeline .bo-timeline__time"))
                .extracting(t -> t.split("\\s")[0])
                .containsExactly("09:00–09:15", "09:15–10:15", "10:00–11:00");
        assertThat(bo.timelineItem("Podiumsgespräch: Migrantisches Leben").getText())
                .contains("Überschneidet sich");

        // a person on the input talk, typed in full: the tenant's autocomplete knows her from now on
        bo.submit(
                BackofficeBrowser.button(bo.timelineItem("Input: Fünf Jahre Integrationsarbeit"), "Person hinzufügen"));
        assertThat(bo.chosen("contribution-form:target")).endsWith("Input: Fünf Jahre Integrationsarbeit");
        assertThat(bo.driver().switchTo().activeElement().getAttribute("id"))
                .isEqualTo("contribution-form:person_input");
        bo.type("contribution-form:person_input", "Zora Beispiel-Lindner")
                .type("contribution-form:organisation", "Landratsamt Testkreis")
                .type("contribution-form:function", "Integrationskoordinatorin")
                .choose("contribution-form:role", "Referierende");
        bo.submit("contribution-form:add-person");
        assertThat(bo.messages()).contains("Zora Beispiel-Lindner ist eingetragen.");
        assertThat(bo.timelineItem("Input: Fünf Jahre Integrationsarbeit").getText())
                .contains("Referierende: Zora Beispiel-Lindner, Integrationskoordinatorin (Landratsamt Testkreis)");
        A11y.assertNoViolations(bo.driver());

        // the workshops
        bo.submit(bo.element("to-workshops"));
        assertThat(bo.h1()).isEqualTo("Workshops: 3. Fachtag Integration im Testkreis");
        bo.type("workshop-form:code", "1")
                .type("workshop-form:title-de", "Mittelsachsen integriert")
                .type(
                        "workshop-form:questions-de",
                        "Welche Bereiche prägen die Integrationsarbeit?\nWie lassen sich Projekte sichern?")
                .type("workshop-form:capacity", "25")
                .type("workshop-form:room", "Raum 1");
        bo.submit("workshop-form:save-workshop");
        assertThat(bo.messages()).contains("Der Workshop „Mittelsachsen integriert“ ist angelegt.");
        assertThat(bo.chosen("contribution-form:target"))
                .as("people go to the new workshop")
                .isEqualTo("1 Mittelsachsen integriert");

        // chosen from the autocomplete, with the keyboard
        WebElement person = bo.element("contribution-form:person_input");
        person.click();
        person.sendKeys("Zora B");
        Browser.waitFor(
                bo.driver(),
                ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[id='contribution-form:person_panel'] li")));
        assertThat(bo.texts("[id='contribution-form:person_panel'] li")).contains("Zora Beispiel-Lindner");
        person.sendKeys(Keys.ARROW_DOWN);
        person.sendKeys(Keys.ENTER);
        Browser.waitFor(bo.driver(), d -> "Zora Beispiel-Lindner".equals(person.getAttribute("value")));
        bo.choose("contribution-form:role", "Workshop-Leitung");
        bo.submit("contribution-form:add-person");
        assertThat(bo.messages()).contains("Zora Beispiel-Lindner ist eingetragen.");

        bo.type("workshop-form:code", "2").type("workshop-form:title-de", "Darf es etwas mehr als Folklore sein?");
        bo.submit("workshop-form:save-workshop");
        assertThat(bo.chosen("contribution-form:target")).isEqualTo("2 Darf es etwas mehr als Folklore sein?");
        bo.type("contribution-form:person_input", "Quentin Anfrage")
                .type("contribution-form:organisation", "DSM e.V.")
                .choose("contribution-form:role", "Moderation")
                .choose("contribution-form:status", "angefragt");
        bo.submit("contribution-form:add-person");
        assertThat(bo.messages()).contains("Quentin Anfrage ist als angefragt eingetragen.");
        assertThat(bo.workshop("Mittelsachsen integriert").getText())
                .contains("Workshop-Leitung: Zora Beispiel-Lindner", "Welche Bereiche prägen die Integrationsarbeit?");
        assertThat(bo.workshop("Darf es etwas mehr als Folklore sein?").getText())
                .contains("Moderation: Quentin Anfrage (DSM e.V.) angefragt");
        A11y.assertNoViolations(bo.driver());

        // a requested person can be marked confirmed and back; a person entered by mistake is removed
        bo.submit(BackofficeBrowser.button(
                bo.workshop("Darf es etwas mehr als Folklore sein?"), "als zugesagt markieren"));
        assertThat(bo.messages()).contains("ist jetzt zugesagt");
        assertThat(bo.workshop("Darf es etwas mehr als Folklore sein?").getText())
                .doesNotContain("(DSM e.V.) angefragt");
        bo.submit(BackofficeBrowser.button(
                bo.workshop("Darf es etwas mehr als Folklore sein?"), "als angefragt markieren"));
        assertThat(bo.messages()).contains("ist jetzt angefragt");
        bo.choose("contribution-form:target", "2 Darf es etwas mehr als Folklore sein?");
        bo.type("contribution-form:person_input", "Irrtum Eintrag").choose("contribution-form:role", "Referierende");
        bo.submit("contribution-form:add-person");
        assertThat(bo.workshop("Darf es etwas mehr als Folklore sein?").getText())
                .contains("Irrtum Eintrag");
        bo.submit(bo.workshop("Darf es etwas mehr als Folklore sein?")
                .findElement(By.xpath(".//input[@type='submit' and @aria-label='Entfernen: Irrtum Eintrag']")));
        assertThat(bo.messages()).contains("„Irrtum Eintrag“ ist entfernt.");
        assertThat(bo.workshop("Darf es etwas mehr als Folklore sein?").getText())
                .doesNotContain("Irrtum Eintrag")
                .contains("Moderation: Quentin Anfrage (DSM e.V.) angefragt");

        // publish
        bo.open(TENANT + "/events");
        bo.submit(BackofficeBrowser.button(bo.eventRow("bo-fachtag-2027"), "Veröffentlichen"));
        assertThat(bo.messages()).contains("„3. Fachtag Integration im Testkreis“ ist veröffentlicht.");
        assertThat(bo.eventRow("bo-fachtag-2027").getText())
                .contains("Veröffentlicht", "3. Ausgabe", "Donnerstag, 07.10.2027", "09:00–16:00");

        // the public page shows the programme in time order with its times and people
        Http.Response page = http().get("/t/mittelsachsen/e/bo-fachtag-2027");
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        bo.driver().get(url("/t/mittelsachsen/e/bo-fachtag-2027"));
        assertThat(bo.h1()).isEqualTo("3. Fachtag Integration im Testkreis");
        assertThat(bo.texts(".agenda__item .agenda__title"))
                .containsExactly(
                        "Begrüßung", "Input: Fünf Jahre Integrationsarbeit", "Podiumsgespräch: Migrantisches Leben");
        List<String> times = bo.driver().findElements(By.cssSelector(".agenda__item .agenda__time time")).stream()
                .map(t -> t.getAttribute("datetime"))
                .toList();
        assertThat(times).hasSize(6);
        assertThat(times.get(0)).startsWith("2027-10-07T09:00");
        assertThat(times.get(1)).startsWith("2027-10-07T09:15");
        assertThat(times.get(2)).startsWith("2027-10-07T09:15");
        assertThat(times.get(3)).startsWith("2027-10-07T10:15");
        assertThat(times.get(4)).startsWith("2027-10-07T10:00");
        assertThat(times.get(5)).startsWith("2027-10-07T11:00");
        String main = bo.text("main");
        assertThat(main)
                .contains(
                        "Zora Beispiel-Lindner",
                        "Mittelsachsen integriert",
                        "Darf es etwas mehr als Folklore sein?",
                        "Quentin Anfrage");
        assertThat(bo.driver()
                        .findElement(By.xpath("//dd[contains(., 'Quentin Anfrage')]"))
                        .getText())
                .contains("angefragt");

        // the next edition: a draft copy with edition + 1 and no date
        bo.open(TENANT + "/events");
        bo.submit(BackofficeBrowser.button(bo.eventRow("bo-fachtag-2027"), "Nächste Ausgabe anlegen"));
        assertThat(bo.text("#next-edition-form h2"))
                .isEqualTo("Nächste Ausgabe von „3. Fachtag Integration im Testkreis“ anlegen");
        assertThat(bo.value("next-edition-form:new-slug")).as("suggested slug").isEqualTo("bo-fachtag-2028");
        A11y.assertNoViolations(bo.driver());
        bo.submit("next-edition-form:create-next");
        assertThat(bo.messages())
                .contains("Die nächste Ausgabe von „3. Fachtag Integration im Testkreis“ ist als Entwurf angelegt.");
        // edition number and year replaced in the copied texts (on by default), and the page says what was copied
        assertThat(bo.text("#next-edition-copied")).startsWith("Übernommen: 3 Programmpunkte");
        assertThat(bo.text("#next-edition-renumbered")).startsWith("Nummer und Jahr ersetzt in: Titel");
        assertThat(bo.eventRow("bo-fachtag-2028").getText()).contains("4. Fachtag Integration im Testkreis");
        assertThat(bo.eventRow("bo-fachtag-2028").getText())
                .contains("4. Ausgabe", "noch kein Datum", "Entwurf", "Fachtag Integration Testkreis");
        assertThat(bo.eventRow("bo-fachtag-2027").getText()).contains("Veröffentlicht", "Donnerstag, 07.10.2027");
        bo.open(TENANT + "/events/bo-fachtag-2028");
        assertThat(bo.value("event-form:edition")).isEqualTo("4");
        assertThat(bo.value("event-form:date")).isEmpty();
        assertThat(bo.value("event-form:registration-closes")).isEmpty();
        assertThat(bo.value("event-form:start")).isEqualTo("09:00");
        bo.open(TENANT + "/events/bo-fachtag-2028/agenda");
        assertThat(bo.texts("#timeline .bo-timeline__title"))
                .containsExactly(
                        "Begrüßung", "Input: Fünf Jahre Integrationsarbeit", "Podiumsgespräch: Migrantisches Leben");
        assertThat(bo.present("overlap-warning")).isTrue();

        // in the copy: move the panel after the input talk (the warning goes), remove the welcome
        bo.submit(BackofficeBrowser.button(bo.timelineItem("Podiumsgespräch: Migrantisches Leben"), "Bearbeiten"));
        assertThat(bo.text("#item-title")).isEqualTo("Programmpunkt „Podiumsgespräch: Migrantisches Leben“ bearbeiten");
        assertThat(bo.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("agenda-item-form:start");
        assertThat(bo.value("agenda-item-form:start")).isEqualTo("10:00");
        bo.set("agenda-item-form:start", "10:15").set("agenda-item-form:end", "11:15");
        bo.submit("agenda-item-form:save-item");
        assertThat(bo.messages()).contains("„Podiumsgespräch: Migrantisches Leben“ ist geändert.");
        assertThat(bo.present("overlap-warning")).isFalse();
        assertThat(bo.texts("#timeline .bo-timeline__time"))
                .extracting(t -> t.split("\\s")[0])
                .containsExactly("09:00–09:15", "09:15–10:15", "10:15–11:15");
        bo.submit(BackofficeBrowser.button(bo.timelineItem("Begrüßung"), "Entfernen"));
        assertThat(bo.timelineItem("Begrüßung").getText())
                .contains("Diesen Programmpunkt mit allen Mitwirkenden entfernen?");
        A11y.assertNoViolations(bo.driver());
        bo.submit(BackofficeBrowser.button(bo.timelineItem("Begrüßung"), "Ja, entfernen"));
        assertThat(bo.messages()).contains("„Begrüßung“ ist aus dem Ablauf entfernt.");
        assertThat(bo.texts("#timeline .bo-timeline__title"))
                .containsExactly("Input: Fünf Jahre Integrationsarbeit", "Podiumsgespräch: Migrantisches Leben");
        bo.open(TENANT + "/events/bo-fachtag-2028/workshops");
        assertThat(bo.texts("#workshops .bo-workshop__title"))
                .containsExactly("1 Mittelsachsen integriert", "2 Darf es etwas mehr als Folklore sein?");
        Http.Response draft = http().get("/t/mittelsachsen/e/bo-fachtag-2028");
        assertThat(draft.status()).as("a draft is not public: %s", draft).isEqualTo(404);

        // and the published edition withdrawn again
        bo.open(TENANT + "/events/bo-fachtag-2027");
        bo.submit("event-form:unpublish");
        assertThat(bo.messages()).contains("Die Veranstaltung ist zurückgezogen und wieder ein Entwurf.");
        assertThat(bo.text("#event-state")).isEqualTo("Entwurf");
        assertThat(http().get("/t/mittelsachsen/e/bo-fachtag-2027").status()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- 2. rules and conflicts

    @Test
    void publishingWithoutADateIsRefusedWithTheMessageAtTheDate() {
        bo.signIn(ORGANIZER);
        createEvent("bo-ohne-datum", "Fachtag ohne Datum", null);
        bo.type("event-form:motto-de", "Nicht verloren");
        bo.submit("event-form:publish");
        assertThat(bo.fieldMessage("event-form:date")).isEqualTo(NEEDS_DATE);
        assertThat(bo.messages())
                .contains("Die Angaben sind gespeichert, aber die Veranstaltung ist nicht veröffentlicht.");
        assertThat(bo.value("event-form:motto-de"))
                .as("input typed before publishing is saved, not dropped")
                .isEqualTo("Nicht verloren");
        assertThat(bo.element("event-form:date").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(bo.text("#event-state")).isEqualTo("Entwurf");
        A11y.assertNoViolations(bo.driver());

        bo.open(TENANT + "/events");
        bo.submit(BackofficeBrowser.button(bo.eventRow("bo-ohne-datum"), "Veröffentlichen"));
        assertThat(bo.messages()).contains("„Fachtag ohne Datum“: " + NEEDS_DATE);
        assertThat(bo.eventRow("bo-ohne-datum").getText()).contains("Entwurf");
    }

    @Test
    void everyFieldIsCheckedAndNothingIsSavedHalf() {
        bo.signIn(ORGANIZER);
        bo.open(TENANT + "/events/new");
        bo.type("event-form:slug", "Bo Falsch!")
                .type("event-form:venue-postcode", "123")
                .type("event-form:contact-email", "keine-adresse")
                .set("event-form:start", "16:00")
                .set("event-form:end", "09:00");
        bo.submit("event-form:save");
        assertThat(bo.fieldMessage("event-form:slug"))
                .isEqualTo("Nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. 7-fachtag-2027.");
        assertThat(bo.fieldMessage("event-form:title-de")).isEqualTo("Bitte ausfüllen.");
        assertThat(bo.fieldMessage("event-form:venue-postcode"))
                .isEqualTo("Bitte eine fünfstellige Postleitzahl angeben.");
        assertThat(bo.fieldMessage("event-form:contact-email")).startsWith("Bitte eine gültige E-Mail-Adresse angeben");
        assertThat(bo.element("event-form:title-de").getAttribute("aria-invalid"))
                .isEqualTo("true");
        A11y.assertNoViolations(bo.driver());

        // fields right, but the end before the start: the service's rule, next to the end
        bo.type("event-form:slug", "bo-halb")
                .type("event-form:title-de", "Halb gespeichert?")
                .type("event-form:venue-postcode", "09599")
                .type("event-form:contact-email", "a@example.org");
        bo.submit("event-form:save");
        assertThat(bo.fieldMessage("event-form:end")).isEqualTo("Das Ende muss nach dem Beginn liegen.");
        assertThat(bo.driver().getCurrentUrl()).isEqualTo(url(TENANT + "/events/new"));
        A11y.assertNoViolations(bo.driver());
        Http.Response none = http().get(TENANT + "/events/bo-halb", sessionCookie());
        assertThat(none.status()).as("nothing was saved: %s", none).isEqualTo(404);
    }

    @Test
    void theSecondOfTwoEditorsGetsTheConflictMessage() {
        bo.signIn(ORGANIZER);
        createEvent("bo-konflikt", "Fachtag für zwei", "2027-11-11");

        Browser second = Browser.start();
        try {
            BackofficeBrowser other = new BackofficeBrowser(second.driver(), this::url);
            other.signIn("admin@mittelsachsen.demo");
            other.open(TENANT + "/events/bo-konflikt");
            bo.open(TENANT + "/events/bo-konflikt");

            bo.type("event-form:motto-de", "Motto der ersten");
            bo.submit("event-form:save");
            assertThat(bo.messages()).contains("Die Angaben sind gespeichert.");

            other.type("event-form:motto-de", "Motto der zweiten");
            other.submit("event-form:save");
            assertThat(other.messages()).contains(CONFLICT);
            assertThat(other.value("event-form:motto-de"))
                    .as("the second editor's input stays")
                    .isEqualTo("Motto der zweiten");
            A11y.assertNoViolations(other.driver());

            other.submit("conflict-form:reload");
            assertThat(other.value("event-form:motto-de")).isEqualTo("Motto der ersten");
            other.type("event-form:motto-de", "Motto der zweiten");
            other.submit("event-form:save");
            assertThat(other.messages()).contains("Die Angaben sind gespeichert.");

            // the agenda too: the first editor's page is now out of date
            bo.open(TENANT + "/events/bo-konflikt/agenda");
            other.open(TENANT + "/events/bo-konflikt/agenda");
            other.type("agenda-item-form:title-de", "Begrüßung")
                    .set("agenda-item-form:start", "09:00")
                    .set("agenda-item-form:end", "09:30")
                    .choose("agenda-item-form:kind", "Begrüßung");
            other.submit("agenda-item-form:save-item");
            assertThat(other.messages()).contains("„Begrüßung“ ist im Ablauf.");
            addAgendaItem("10:00", "11:00", "Input-Vortrag", "Input");
            assertThat(bo.messages()).contains(CONFLICT);
            bo.submit("conflict-form:reload");
            assertThat(bo.texts("#timeline .bo-timeline__title")).containsExactly("Begrüßung");
        } finally {
            second.quit();
        }
    }

    // ---------------------------------------------------------------- 3. who may see and change what

    @Test
    void anotherTenantsOrganizerGetsNotFound() {
        bo.signIn("organizer@agsa.demo");
        String cookie = sessionCookie();
        for (String path : List.of(
                TENANT + "/events/" + DEMO_EVENT,
                TENANT + "/events/" + DEMO_EVENT + "/agenda",
                TENANT + "/events/" + DEMO_EVENT + "/workshops",
                TENANT + "/events",
                TENANT + "/events/new",
                TENANT + "/series")) {
            Http.Response r = http().get(path, cookie);
            assertThat(r.status()).as("%s", r).isEqualTo(404);
            assertThat(r.body()).contains("<h1>" + NOT_FOUND + "</h1>").doesNotContain("Mittelsachsen");
        }
        bo.driver().get(url(TENANT + "/events/" + DEMO_EVENT));
        assertThat(bo.h1()).isEqualTo(NOT_FOUND);

        // an event this tenant does not have looks the same
        Http.Response own = http().get("/organizer/agsa/events/" + DEMO_EVENT, cookie);
        assertThat(own.status()).as("%s", own).isEqualTo(404);
        assertThat(own.body()).contains("<h1>" + NOT_FOUND + "</h1>");
    }

    @Test
    void checkInStaffReadButCannotChange() {
        bo.signIn("checkin@mittelsachsen.demo");
        bo.open(TENANT + "/events");
        assertThat(bo.text("main")).contains("Ändern können sie nur Organisator*innen und die Administration.");
        assertThat(bo.present("new-event")).isFalse();
        assertThat(bo.driver().findElements(By.cssSelector("#events-form input[type=submit]")))
                .isEmpty();
        bo.open(TENANT + "/events/" + DEMO_EVENT);
        assertThat(bo.present("event-form:save")).isFalse();
        assertThat(bo.element("event-form:title-de").isEnabled()).isFalse();
        bo.open(TENANT + "/events/" + DEMO_EVENT + "/agenda");
        assertThat(bo.present("agenda-item-form")).isFalse();
        assertThat(bo.present("contribution-form")).isFalse();
        A11y.assertNoViolations(bo.driver());
    }

    // ---------------------------------------------------------------- 4. accessibility and language

    /** WCAG 2.1 A/AA on the back office pages, signed in as an organizer. One line per page. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /organizer/mittelsachsen/events                                        | Veranstaltungen
            /organizer/mittelsachsen/series                                        | Veranstaltungsreihen
            /organizer/mittelsachsen/events/new                                    | Neue Veranstaltung
            /organizer/mittelsachsen/events/fachtag-integration-2021               | Veranstaltung bearbeiten
            /organizer/mittelsachsen/events/fachtag-integration-2021/agenda        | Ablauf: 5 Jahre Integrationsarbeit Mittelsachsen
            /organizer/mittelsachsen/events/fachtag-integration-2021/workshops     | Workshops: 5 Jahre Integrationsarbeit Mittelsachsen
            /organizer/mittelsachsen/events?lang=en                                | Events
            """)
    void backOfficePageMeetsWcag21AA(String path, String heading) {
        bo.signIn(ORGANIZER);
        A11y.assertNoViolations(bo.driver(), url(path));
        assertThat(bo.h1()).as("h1 of %s", path).isEqualTo(heading);
    }

    @Test
    void theBackOfficeSpeaksEnglishOnRequest() {
        bo.signIn(ORGANIZER);
        bo.open(TENANT + "/events/" + DEMO_EVENT + "/agenda?lang=en");
        assertThat(bo.driver().findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("en");
        assertThat(bo.text("#item-title")).isEqualTo("Add a programme item");
        assertThat(bo.texts(".bo-subnav a")).contains("Details", "Programme", "Workshops");
        bo.open(TENANT + "/events/new");
        bo.submit("event-form:save");
        assertThat(bo.fieldMessage("event-form:title-de")).isEqualTo("Please fill in.");
        bo.open(TENANT + "/events?lang=de");
        assertThat(bo.h1()).isEqualTo("Veranstaltungen");
    }

    // ---------------------------------------------------------------- 5. the feedback inbox

    static final String INBOX = TENANT + "/feedback";

    /**
     * Accessibility feedback sent on the public pages reaches the tenant's inbox (BGG §12b, BITV
     * 2.0): listed as new with its deadline, overdue marked in words, counted in the navigation
     * and on the dashboard; opened, answered with a note, closed and reopened with the keyboard
     * alone; both pages pass axe-core. The test makes its own message overdue by moving its
     * receipt back three weeks; the counts are compared with the database's, since other classes
     * send feedback too.
     */
    @Test
    void feedbackIsListedAnsweredClosedAndReopenedInTheInboxByKeyboard() throws Exception {
        String text = "BO-Posteingang: Der Kontrast im Kopfbereich ist zu schwach. " + System.nanoTime();
        sendFeedback("/t/mittelsachsen/feedback?from=/t/mittelsachsen/", text, "leserin@example.org");
        UUID id = feedbackId("mittelsachsen", text);
        try (Connection c = database().asSuperuser().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE feedback_message SET received_at = now() - interval '21 days', reply_due = now() - interval '7 days'"
                                + " WHERE id = ?")) {
            s.setObject(1, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        long[] before = openAndOverdue("mittelsachsen");
        assertThat(before[0]).isPositive();
        assertThat(before[1]).isPositive();

        bo.signIn(ORGANIZER);
        bo.open(TENANT + "/");
        assertThat(bo.text("#desk-feedback")).isEqualTo(countsText(before));
        assertThat(bo.text("#nav-feedback")).isEqualTo("Rückmeldungen (" + before[0] + " offen)");
        A11y.assertNoViolations(bo.driver());

        // the dashboard's link leads to the inbox, where the message is new and overdue
        bo.submit(bo.element("desk-feedback-link"));
        assertThat(bo.driver().getCurrentUrl()).isEqualTo(url(INBOX));
        assertThat(bo.h1()).isEqualTo("Rückmeldungen zur Barrierefreiheit");
        A11y.assertNoViolations(bo.driver());
        WebElement row = bo.element("feedback-" + id);
        assertThat(row.getText()).contains("Neu").contains("überfällig").contains(text.substring(0, 40));
        assertThat(row.getAttribute("class")).contains("fb-row--overdue");

        // opened, answered with a note: keyboard only
        Keyboard keys = new Keyboard(bo.driver());
        WebElement link = keys.tabUntil(
                "the link to the message",
                e -> "a".equals(e.getTagName())
                        && String.valueOf(e.getAttribute("href")).endsWith("/feedback/" + id),
                80);
        assertThat(link.getText()).startsWith("Rückmeldung vom ");
        keys.enter();
        Browser.waitForPage(bo.driver(), u -> u.equals(url(INBOX + "/" + id)));
        assertThat(bo.h1()).startsWith("Rückmeldung vom ");
        assertThat(bo.text("#message-text")).isEqualTo(text);
        assertThat(bo.text("#page")).isEqualTo("/t/mittelsachsen/");
        assertThat(bo.element("email").findElement(By.tagName("a")).getAttribute("href"))
                .isEqualTo("mailto:leserin@example.org");
        assertThat(bo.text("#state")).isEqualTo("Neu");
        assertThat(bo.text("#due")).contains("überfällig");
        A11y.assertNoViolations(bo.driver());
        keys.tabUntil("the note", Keyboard.id("answer-form:note"), 40);
        keys.type("Per E-Mail geantwortet; der Kontrast wird geändert.");
        WebElement answer = keys.tab().focused();
        assertThat(answer.getAttribute("id")).isEqualTo("answer-form:answer");
        keys.enter();
        Browser.waitFor(bo.driver(), ExpectedConditions.stalenessOf(answer));
        assertThat(bo.messages()).isEqualTo("Die Rückmeldung ist als beantwortet markiert.");
        assertThat(bo.text("#state")).isEqualTo("Beantwortet");
        assertThat(bo.text("#answered")).contains("von " + ORGANIZER);
        assertThat(bo.text("#answer-note")).isEqualTo("Per E-Mail geantwortet; der Kontrast wird geändert.");
        assertThat(bo.present("answer-form:answer")).as("answered once").isFalse();
        A11y.assertNoViolations(bo.driver());

        // the counts drop by one
        long[] after = openAndOverdue("mittelsachsen");
        assertThat(after).containsExactly(before[0] - 1, before[1] - 1);
        bo.open(TENANT + "/");
        assertThat(bo.text("#desk-feedback")).isEqualTo(countsText(after));

        // closed, reopened (the deadline stays), closed again
        bo.open(INBOX + "/" + id);
        bo.submit("answer-form:close");
        assertThat(bo.messages()).isEqualTo("Die Rückmeldung ist geschlossen.");
        assertThat(bo.text("#state")).isEqualTo("Geschlossen");
        bo.submit("answer-form:reopen");
        assertThat(bo.messages()).startsWith("Die Rückmeldung ist wieder offen. Die Antwortfrist bleibt der ");
        assertThat(bo.text("#state")).isEqualTo("Neu");
        assertThat(bo.text("#due")).contains("überfällig");
        assertThat(bo.text("#answered")).startsWith("Früher beantwortet am ");
        assertThat(openAndOverdue("mittelsachsen")).containsExactly(before);
        bo.submit("answer-form:close");
        assertThat(bo.text("#state")).isEqualTo("Geschlossen");
        bo.open(INBOX);
        assertThat(bo.element("feedback-" + id).getText())
                .contains("Geschlossen")
                .doesNotContain("überfällig");
    }

    /** Another tenant's message, an unknown id and check-in staff all get the not-found page. */
    @Test
    void anotherTenantsFeedbackIsNotFound() throws Exception {
        String theirs = "BO-Posteingang: nur für den Verein " + System.nanoTime();
        sendFeedback("/t/agsa/feedback", theirs, null);
        UUID agsaId = feedbackId("agsa", theirs);

        bo.signIn(ORGANIZER);
        String cookie = sessionCookie();
        for (String path : List.of(
                INBOX + "/" + agsaId,
                INBOX + "/" + UUID.randomUUID(),
                INBOX + "/kein-schluessel",
                "/organizer/agsa/feedback/" + agsaId,
                "/organizer/agsa/feedback")) {
            Http.Response r = http().get(path, cookie);
            assertThat(r.status()).as("%s", r).isEqualTo(404);
            assertThat(r.body()).contains("<h1>" + NOT_FOUND + "</h1>").doesNotContain(theirs);
        }
        Http.Response form = http().get(INBOX, cookie);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).doesNotContain(theirs);
        bo.driver().get(url(INBOX + "/" + agsaId));
        assertThat(bo.h1()).isEqualTo(NOT_FOUND);

        bo = BackofficeBrowser.signedIn(base.toString(), "checkin@mittelsachsen.demo");
        String checkin = sessionCookie();
        assertThat(http().get(INBOX, checkin).status())
                .as("check-in staff have no inbox")
                .isEqualTo(404);
        assertThat(bo.present("nav-feedback")).isFalse();
        try (Connection c = database().asSuperuser().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT state FROM feedback_message WHERE id = ?")) {
            s.setObject(1, agsaId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("NEW");
            }
        }
    }

    /** Sends the public feedback form as a visitor (signed out). */
    private void sendFeedback(String path, String message, String email) {
        BrowserExtension.browser().reset();
        bo.driver().get(url(path));
        bo.type("feedback-form:message", message);
        if (email != null) {
            bo.type("feedback-form:email", email);
        }
        bo.submit("feedback-form:send");
        assertThat(bo.present("feedback-form"))
                .as("the form is gone after sending")
                .isFalse();
    }

    private UUID feedbackId(String tenant, String message) throws SQLException {
        try (Connection c = database().asSuperuser().getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT id FROM feedback_message WHERE tenant_id = ? AND message = ?")) {
            s.setString(1, tenant);
            s.setString(2, message);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("feedback stored for %s", tenant).isTrue();
                return (UUID) rs.getObject(1);
            }
        }
    }

    /** {open, overdue} of a tenant, from the database. */
    private long[] openAndOverdue(String tenant) throws SQLException {
        try (Connection c = database().asSuperuser().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT count(*), count(*) FILTER (WHERE reply_due < now()) FROM feedback_message WHERE tenant_id = ? AND state = 'NEW'")) {
            s.setString(1, tenant);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    private static String countsText(long[] counts) {
        return counts[0] == 0
                ? "Keine offenen Rückmeldungen."
                : (counts[0] == 1 ? "Eine offene Rückmeldung" : counts[0] + " offene Rückmeldungen") + ", davon "
                        + counts[1] + " überfällig.";
    }

    // ---------------------------------------------------------------- helpers

    /** Creates a draft with the essentials through the editor; leaves the browser on its editor. */
    private void createEvent(String slug, String title, String date) {
        bo.open(TENANT + "/events/new");
        bo.type("event-form:slug", slug)
                .type("event-form:title-de", title)
                .set("event-form:start", "09:00")
                .set("event-form:end", "16:00");
        if (date != null) {
            bo.set("event-form:date", date);
        }
        bo.submit("event-form:save");
        assertThat(bo.driver().getCurrentUrl())
                .as("after creating %s: %s", slug, bo.messages())
                .isEqualTo(url(TENANT + "/events/" + slug));
    }

    private void addAgendaItem(String start, String end, String kind, String title) {
        bo.set("agenda-item-form:start", start)
                .set("agenda-item-form:end", end)
                .choose("agenda-item-form:kind", kind)
                .type("agenda-item-form:title-de", title);
        bo.submit("agenda-item-form:save-item");
    }

    private String sessionCookie() {
        org.openqa.selenium.Cookie cookie = bo.driver().manage().getCookieNamed("FACHTAG_SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        return "FACHTAG_SESSION=" + cookie.getValue();
    }

    private static Http http;

    private Http http() {
        if (http == null) {
            String root = base.toExternalForm();
            http = new Http(URI.create(root.endsWith("/") ? root : root + "/"));
        }
        return http;
    }

    @Test
    void aChangedConsentTextBecomesANewVersionAndTheOldOneStays() {
        bo.signIn("organizer@agsa.demo");
        bo.open("/organizer/agsa/consents");
        assertThat(bo.h1()).isEqualTo("Einwilligungs- und Hinweistexte");
        assertThat(bo.present("consent-list:current:1:edit"))
                .as("only the administration edits consent texts")
                .isFalse();
        bo.submit("sign-out-form:sign-out");

        bo.signIn("admin@agsa.demo");
        bo.open("/organizer/agsa/consents");
        assertThat(bo.texts("#consent-list\\:current td")).anyMatch(t -> t.contains("Fotoerlaubnis"));
        bo.submit("consent-list:current:1:edit");
        assertThat(bo.value("consent-form:label-de")).startsWith("Fotoerlaubnis");
        bo.submit("consent-form:save");
        assertThat(bo.messages()).contains("unverändert");

        bo.submit("consent-list:current:1:edit");
        bo.type(
                "consent-form:label-de",
                "Fotoerlaubnis (neue Fassung): Fotos, auf denen ich zu sehen bin, dürfen veröffentlicht werden.");
        bo.submit("consent-form:save");
        assertThat(bo.messages()).contains("ist jetzt in Version 2 gespeichert");
        List<String> history = bo.texts("#history td");
        assertThat(history)
                .anyMatch(t -> t.startsWith("Fotoerlaubnis: Ich bin einverstanden"))
                .anyMatch(t -> t.startsWith("Fotoerlaubnis (neue Fassung)"));

        bo.submit("consent-list:current:1:edit");
        bo.type("consent-form:label-de", "");
        bo.submit("consent-form:save");
        assertThat(bo.fieldMessage("consent-form:label-de")).isEqualTo("Bitte ausfüllen.");
    }

    /**
     * The logo upload (issue 12): a PNG is saved with a message and shown as a preview; a file
     * over 1 MB, a text file and an SVG with a script each get a clear message on the page (no
     * error page, the logo unchanged); the colour fields are pickers that tell their contrast
     * against white.
     */
    @Test
    void logoUploadSaysWhatHappenedAndRefusesLargeWrongAndActiveFiles() throws Exception {
        bo.signIn("admin@agsa.demo");
        bo.open("/organizer/agsa/settings");
        // a hex field (typed, checked by the server) with a colour picker beside it that writes into it
        assertThat(bo.element("primaryColour-picker").getAttribute("type")).isEqualTo("color");
        assertThat(bo.element("primaryColour-picker").getAttribute("value"))
                .isEqualToIgnoringCase(bo.element("settings-form:primaryColour").getAttribute("value"));
        ((org.openqa.selenium.JavascriptExecutor) bo.driver())
                .executeScript(
                        "var p = document.getElementById('primaryColour-picker'); p.value = '#111111'; p.dispatchEvent(new Event('input'));");
        assertThat(bo.element("settings-form:primaryColour").getAttribute("value"))
                .as("the picker writes the field")
                .isEqualTo("#111111");
        assertThat(bo.text("#primaryColour-contrast"))
                .as("and the contrast line follows")
                .contains("18,9:1");
        bo.open("/organizer/agsa/settings");
        assertThat(bo.text("#primaryColour-contrast")).contains("Kontrast zu Weiß");

        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("logo");
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(120, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.nio.file.Path png = dir.resolve("logo.png");
        javax.imageio.ImageIO.write(image, "png", png.toFile());
        upload(png);
        assertThat(bo.messages()).contains("Das Logo ist gespeichert.");
        assertThat(bo.present("logo-preview")).isTrue();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        BrowserExtension.browser().screenshot(java.nio.file.Path.of("target", "screenshots", "settings-logo-1280.png"));

        java.nio.file.Path big = dir.resolve("gross.png");
        byte[] bytes = new byte[1_300_000];
        new java.util.Random(1).nextBytes(bytes);
        java.nio.file.Files.write(big, bytes);
        upload(big);
        assertThat(bo.fieldMessage("logo-form:logo")).isEqualTo("Bitte eine Bilddatei bis 512 KB wählen.");

        java.nio.file.Path text = dir.resolve("logo.txt");
        java.nio.file.Files.writeString(text, "kein Bild");
        upload(text);
        assertThat(bo.fieldMessage("logo-form:logo")).isEqualTo("Bitte ein Bild als PNG, JPEG oder SVG wählen.");

        java.nio.file.Path svg = dir.resolve("logo.svg");
        java.nio.file.Files.writeString(
                svg,
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>");
        upload(svg);
        assertThat(bo.fieldMessage("logo-form:logo")).startsWith("Dieses SVG enthält Skripte");
        A11y.assertNoViolations(bo.driver());
    }

    private void upload(java.nio.file.Path file) {
        bo.element("logo-form:logo").sendKeys(file.toAbsolutePath().toString());
        bo.submit("logo-form:upload");
        assertThat(bo.h1()).isEqualTo("Einstellungen des Veranstalters");
    }

    private String url(String path) {
        return http().uri(path).toString();
    }
}
