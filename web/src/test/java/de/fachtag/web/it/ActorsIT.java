package de.fachtag.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import de.fachtag.actors.ActorFile;
import de.fachtag.actors.ActorNotFoundException;
import de.fachtag.actors.ActorService;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.web.it.actors.ActorsFixtures;
import de.fachtag.web.it.backoffice.BackofficeBrowser;
import de.fachtag.web.it.browser.A11y;
import de.fachtag.web.it.browser.BrowserExtension;
import de.fachtag.web.it.browser.Http;

/**
 * The actors directory against the built WAR, with the demo directory of Landkreis Mittelsachsen
 * (seed 004) and {@link ActorsFixtures}: the directory with its filters, the matrix as a table
 * with column and row headers (and as a list per task on a phone), an actor's page that shows a
 * person's name only with consent, the Wegweiser, the Schnittstellenpapier and the data files;
 * 404 for unknown keys and another tenant's; the editor's page with the gap, the double and the
 * stale entries, 404 for another tenant's staff page; the YAML export imported again gives the
 * same file; a confirmation link used once, an expired one, another tenant's 404; axe-core on
 * every page.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class ActorsIT {

    static final String T = ActorsFixtures.TENANT;
    static final String NOT_FOUND = "Seite nicht gefunden";
    static final String DIRECTORY = "/t/" + T + "/actors";

    @ArquillianResource
    URL base;

    @EJB
    ActorService actors;

    @EJB
    de.fachtag.actors.ActorConfirmations confirmations;

    @Test
    @RunAsClient
    void theDirectoryShowsTheActorsOfSeed004TheMatrixWithHeadersAndTheWegweiser() {
        Http.Response page = http().get(DIRECTORY);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("Akteure und Zuständigkeiten", "Agentur für Arbeit Freiberg", "Jobcenter Mittelsachsen",
                "Bundesamt für Migration und Flüchtlinge", "Handwerkskammer Chemnitz", "beispielhaft ergänzt",
                "Wegweiser nach Lebenslagen", "/actors/guide/anerkannt-sucht-arbeit", "Stand:");
        String matrix = body.substring(body.indexOf("<table class=\"matrix\""), body.indexOf("</table>", body.indexOf("<table class=\"matrix\"")));
        assertThat(matrix).contains("<caption", "<th scope=\"col\">Aufgabe</th>", "<th scope=\"row\"",
                "Asylverfahren durchführen", ">BAMF</a></th>", "<span aria-hidden=\"true\">V</span><span class=\"visually-hidden\">verantwortlich</span>");
        assertThat(matrix.split("<th scope=\"col\">").length - 1).as("a column header per actor of the matrix, and the tasks'")
                .isGreaterThanOrEqualTo(12);
        assertThat(matrix).doesNotContain("<td scope");
        assertThat(body.split("<h1").length - 1).isEqualTo(1);
        assertThat(body).doesNotContain("<h4");

        Http.Response en = http().get(DIRECTORY + "?lang=en");
        assertThat(en.body()).contains("Actors and responsibilities", "Responsibility matrix", "Conduct the asylum procedure",
                "Recognised refugee, looking for work");

        Http.Response home = http().get("/t/" + T + "/");
        assertThat(home.body()).contains("href=\"" + path(DIRECTORY) + "\"");
    }

    @Test
    @RunAsClient
    void theFiltersNarrowTheDirectoryByTaskTargetGroupLifeSituationAndText() {
        String byTask = list(http().get(DIRECTORY + "?task=asylverfahren").body());
        assertThat(byTask).contains("Bundesamt für Migration und Flüchtlinge", "Migrationsberatungsstellen")
                .doesNotContain("Handwerkskammer Chemnitz", "Jugendamt des Landkreises");
        String byGroup = list(http().get(DIRECTORY + "?group=unbegleitete-minderjaehrige").body());
        assertThat(byGroup).contains("Jugendamt des Landkreises").doesNotContain("Handwerkskammer Chemnitz");
        String bySituation = list(http().get(DIRECTORY + "?situation=familie-schulpflichtige-kinder").body());
        assertThat(bySituation).contains("Landesamt für Schule und Bildung").doesNotContain("Bundesamt für Migration");
        String byText = list(http().get(DIRECTORY + "?q=kammer").body());
        assertThat(byText).contains("Handwerkskammer Chemnitz", "Industrie- und Handelskammer").doesNotContain("Jobcenter Mittelsachsen");
        Http.Response unknown = http().get(DIRECTORY + "?task=%3Cscript%3E&group=nope");
        assertThat(unknown.status()).as("an unknown filter value is ignored, never a 500").isEqualTo(200);
        assertThat(list(unknown.body())).contains("Jobcenter Mittelsachsen").doesNotContain("<script>");
    }

    @Test
    @RunAsClient
    void anActorsPagePublishesANameOnlyWithConsentAndTheWegweiserListsResponsibleActorsInOrder() {
        Http.Response actor = http().get(DIRECTORY + "/" + ActorsFixtures.ACTOR);
        assertThat(actor.status()).isEqualTo(200);
        assertThat(actor.body()).contains(ActorsFixtures.ACTOR_NAME, ActorsFixtures.NO_CONSENT_ROLE, ActorsFixtures.CONSENT,
                "Ukrainisch", ActorsFixtures.DOUBLE_TASK, "<th scope=\"row\"")
                .as("no consent: the role alone").doesNotContain(ActorsFixtures.NO_CONSENT);
        Http.Response office = http().get(DIRECTORY + "/landratsamt");
        assertThat(office.body()).contains("Leitung Stabsbereich Koordination, Unterbringung und Integration",
                "Ausländerbehörde").doesNotContain("Ramona Noetzel", "Jennifer Diehl");
        for (String file : List.of(".json", ".csv")) {
            assertThat(http().get(DIRECTORY + file).body()).as(file).doesNotContain("Ramona Noetzel", ActorsFixtures.NO_CONSENT)
                    .contains("Jobcenter Mittelsachsen");
        }

        String guide = http().get(DIRECTORY + "/guide/anerkannt-sucht-arbeit").body();
        assertThat(guide).contains("Anerkannt geflüchtet, auf Arbeitssuche", "Aufenthaltserlaubnis erteilen und verlängern");
        int residence = guide.indexOf("Aufenthaltserlaubnis erteilen");
        int job = guide.indexOf("Arbeitsvermittlung für Geflüchtete im SGB II");
        int course = guide.indexOf("Integrationskurs zulassen");
        assertThat(residence).isLessThan(job);
        assertThat(job).isLessThan(course);
        assertThat(guide.substring(residence, job)).contains("Ausländerbehörde des Landkreises Mittelsachsen");
        assertThat(guide.substring(job, course)).contains("Jobcenter Mittelsachsen");
    }

    @Test
    @RunAsClient
    void unknownKeysAndAnotherTenantsActorsAndSituationsAre404() {
        Http http = http();
        for (String path : List.of(DIRECTORY + "/" + ActorsFixtures.OTHER_ACTOR,
                DIRECTORY + "/guide/" + ActorsFixtures.OTHER_SITUATION,
                DIRECTORY + "/no-such-actor",
                DIRECTORY + "/guide/no-such-situation",
                "/t/" + ActorsFixtures.OTHER_TENANT + "/actors/bamf",
                "/t/" + ActorsFixtures.OTHER_TENANT + "/actors/guide/anerkannt-sucht-arbeit")) {
            Http.Response r = http.get(path);
            assertThat(r.status()).as(path + ": " + r).isEqualTo(404);
            assertThat(r.body()).as(path).contains(NOT_FOUND);
        }
        assertThat(http.get("/t/" + ActorsFixtures.OTHER_TENANT + "/actors/" + ActorsFixtures.OTHER_ACTOR).status())
                .as("the other tenant's own page").isEqualTo(200);
    }

    @Test
    @RunAsClient
    void theSchnittstellenpapierIsAPdfWithTheMatrix() throws Exception {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(DIRECTORY + ".pdf")))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        List<String> pages = de.fachtag.web.print.PdfChecks.pages(pdf.body());
        String all = String.join(" ", pages);
        assertThat(all).contains("Schnittstellenpapier", "Zuständigkeitsmatrix", "Stand der Daten", "Asylverfahren durchführen",
                "BAMF", "Wegweiser nach Lebenslagen", "Verzeichnis der Akteure", "Gefördert durch",
                "Diese Maßnahme wird mitfinanziert").doesNotContain("Ramona Noetzel");
        assertThat(de.fachtag.web.print.PdfChecks.structureTypes(pdf.body())).contains("Table", "TH", "TD", "H1", "H2");
    }

    @Test
    void theYamlExportImportedAgainGivesTheSameFile() {
        // the other tenant's directory: replacing Mittelsachsen's would drop the confirmation links other tests open
        String o = ActorsFixtures.OTHER_TENANT;
        byte[] exported = TenantContext.callAs(o, () -> actors.exportFile());
        assertThat(ActorFile.parse("export.yaml", exported).directory().actor(ActorsFixtures.OTHER_ACTOR)).isPresent();
        TenantContext.runAs(o, () -> actors.importFile("export.yaml", exported));
        assertThat(TenantContext.callAs(o, () -> actors.exportFile())).isEqualTo(exported);
        String text = new String(TenantContext.callAs(T, () -> actors.exportFile()), StandardCharsets.UTF_8);
        assertThat(text).contains("tenant: mittelsachsen", "key: bamf", ActorsFixtures.NO_CONSENT);
        // another tenant's responsibility id is not found from here
        java.util.UUID agsa = TenantContext.callAs(ActorsFixtures.OTHER_TENANT,
                () -> actors.directory().responsibilities().get(0).id());
        org.junit.jupiter.api.Assertions.assertThrows(ActorNotFoundException.class,
                () -> TenantContext.runAs(T, () -> actors.removeResponsibility(agsa)));
    }

    @Test
    @RunAsClient
    void theEditorSeesTheGapTheDoubleAndTheStaleEntriesAndAnotherTenantsPageIs404() {
        BackofficeBrowser bo = BackofficeBrowser.signedIn(base.toString(), "organizer@" + T + ".demo");
        bo.open("/organizer/" + T + "/actors");
        assertThat(bo.element("check-gaps").getText()).contains(ActorsFixtures.GAP_TASK);
        assertThat(bo.element("check-doubles").getText()).contains(ActorsFixtures.DOUBLE_TASK, "Jobcenter",
                ActorsFixtures.ACTOR_NAME);
        assertThat(bo.element("check-stale").getText()).as("the paper's entries of 2017").contains("2017-06-13");
        assertThat(bo.driver().findElement(By.tagName("main")).getText()).contains(ActorsFixtures.NO_CONSENT,
                "Name nicht veröffentlicht");
        A11y.assertNoViolations(bo.driver());

        String cookie = "FACHTAG_SESSION=" + bo.sessionCookie();
        Http.Response yaml = http().get("/organizer/" + T + "/actors.yaml", cookie);
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.body()).contains("tenant: mittelsachsen", "lifeSituations:");
        assertThat(http().get("/organizer/" + T + "/actors.yaml").status()).as("not without signing in").isNotEqualTo(200);

        bo.driver().get(bo.url("/organizer/" + ActorsFixtures.OTHER_TENANT + "/actors"));
        assertThat(bo.driver().findElement(By.tagName("body")).getText()).as("another tenant's back office")
                .contains(NOT_FOUND);
        assertThat(http().get("/organizer/" + ActorsFixtures.OTHER_TENANT + "/actors.yaml", cookie).status()).isEqualTo(404);
    }

    @Test
    @RunAsClient
    void aConfirmationLinkConfirmsTheEntriesOnceAndExpiredOrOtherTenantsLinksOpenNothing() {
        String confirm = DIRECTORY + "/confirm/" + ActorsFixtures.OPEN_TOKEN;
        var browser = BrowserExtension.browser();
        browser.reset();
        A11y.assertNoViolations(browser.driver(), url(confirm));
        assertThat(browser.driver().findElement(By.id("confirm-entries")).getText()).contains(ActorsFixtures.DOUBLE_TASK);
        de.fachtag.web.it.browser.Browser.clickAndLoad(browser.driver(), browser.driver().findElement(By.id("confirm-form:confirm")));
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("die Angaben sind bestätigt");
        browser.driver().get(url(confirm));
        assertThat(browser.driver().findElement(By.id("confirm-used")).getText()).contains("schon verwendet");

        Http.Response expired = http().get(DIRECTORY + "/confirm/" + ActorsFixtures.EXPIRED_TOKEN);
        assertThat(expired.status()).isEqualTo(200);
        assertThat(expired.body()).contains("abgelaufen").doesNotContain("confirm-form");
        assertThat(expired.header("Cache-Control").orElse("")).contains("no-store");
        for (String path : List.of("/t/" + ActorsFixtures.OTHER_TENANT + "/actors/confirm/" + ActorsFixtures.OPEN_TOKEN,
                DIRECTORY + "/confirm/agsa.ItOpenConfirmationLinkAbcdefghijklmnopqrstu",
                DIRECTORY + "/confirm/mittelsachsen.NoSuchConfirmationLinkAbcdefghijklmnopqrst")) {
            Http.Response r = http().get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).contains(NOT_FOUND);
        }
    }

    @Test
    void aConfirmationIsUsedOnceAndItsEntriesCarryTheConfirmation() {
        String token = TenantContext.callAs(T, () -> confirmations.issue(
                confirmations.create(ActorsFixtures.ACTOR, "leitung@example.org", java.time.Duration.ofDays(1))));
        assertThat(TenantContext.callAs(ActorsFixtures.OTHER_TENANT, () -> confirmations.open(token))).as("another tenant")
                .isEmpty();
        TenantContext.runAs(T, () -> confirmations.correct(token, "Die Öffnungszeiten haben sich geändert."));
        assertThat(TenantContext.callAs(T, () -> confirmations.open(token)).orElseThrow().state())
                .isEqualTo(de.fachtag.actors.ActorConfirmations.State.USED);
        org.junit.jupiter.api.Assertions.assertThrows(de.fachtag.actors.ActorRuleException.class,
                () -> TenantContext.runAs(T, () -> confirmations.confirm(token)));
        assertThat(TenantContext.callAs(T, () -> confirmations.corrections())).extracting(c -> c.text())
                .contains("Die Öffnungszeiten haben sich geändert.");
        String other = TenantContext.callAs(T, () -> confirmations.issue(
                confirmations.create(ActorsFixtures.ACTOR, "leitung@example.org", java.time.Duration.ofDays(1))));
        TenantContext.runAs(T, () -> confirmations.confirm(other));
        assertThat(TenantContext.callAs(T, () -> actors.directory().ofActor(ActorsFixtures.ACTOR)))
                .allSatisfy(r -> assertThat(r.confirmedBy()).isEqualTo("leitung@example.org (Bestätigungslink)"));
    }

    @Test
    @RunAsClient
    void everyPublicPagePassesAxeAndThePhoneGetsTheMatrixAsAList() {
        var browser = BrowserExtension.browser();
        browser.reset();
        for (String path : List.of(DIRECTORY, DIRECTORY + "?lang=en", DIRECTORY + "?task=asylverfahren",
                DIRECTORY + "/bamf", DIRECTORY + "/" + ActorsFixtures.ACTOR + "?lang=en",
                DIRECTORY + "/guide/anerkannt-sucht-arbeit", DIRECTORY + "/guide/neu-angekommen-asyl?lang=en")) {
            A11y.assertNoViolations(browser.driver(), url(path));
        }
        browser.emulateWidth(390, 844);
        try {
            browser.driver().get(url(DIRECTORY + "?lang=de"));
            assertThat(browser.driver().findElement(By.cssSelector(".matrix-wide")).isDisplayed()).isFalse();
            assertThat(browser.driver().findElement(By.cssSelector(".matrix-narrow")).isDisplayed()).isTrue();
            assertThat(browser.driver().findElement(By.id("task-asylverfahren")).getText()).contains("Asylverfahren");
            A11y.assertNoViolations(browser.driver());
        } finally {
            browser.reset();
        }
    }

    /** The directory's list of actors, from the count to the matrix. */
    private static String list(String body) {
        int from = body.indexOf("id=\"actors-count\"");
        int to = body.indexOf("id=\"matrix-title\"");
        return from < 0 || to < 0 ? "" : body.substring(from, to);
    }

    private Http http() {
        return new Http(URI.create(base.toString()));
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private String path(String p) {
        return URI.create(base.toString()).getPath().replaceAll("/$", "") + p;
    }
}
