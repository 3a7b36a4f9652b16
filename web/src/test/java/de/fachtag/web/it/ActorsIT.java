package de.fachtag.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.actors.ActorFile;
import de.fachtag.actors.ActorNotFoundException;
import de.fachtag.actors.ActorService;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.web.it.actors.ActorsFixtures;
import de.fachtag.web.it.actors.ActorsPages;
import de.fachtag.web.it.backoffice.BackofficeBrowser;
import de.fachtag.web.it.browser.A11y;
import de.fachtag.web.it.browser.BrowserExtension;
import de.fachtag.web.it.browser.Http;
import jakarta.ejb.EJB;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

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

    @EJB
    de.fachtag.event.EventService events;

    @EJB
    de.fachtag.results.FollowUpService followUp;

    @EJB
    de.fachtag.results.ResultsService results;

    @EJB
    de.fachtag.results.PublishingService publishing;

    @Test
    @RunAsClient
    void theDirectoryShowsTheActorsOfSeed004TheMatrixWithHeadersAndTheWegweiser() {
        Http.Response page = http().get(DIRECTORY);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        String body = page.body();
        assertThat(body)
                .contains(
                        "Akteure und Zuständigkeiten",
                        "Agentur für Arbeit Freiberg",
                        "Jobcenter Mittelsachsen",
                        "Bundesamt für Migration und Flüchtlinge",
                        "Handwerkskammer Chemnitz",
                        "beispielhaft ergänzt",
                        "Wegweiser nach Lebenslagen",
                        "/actors/guide/anerkannt-sucht-arbeit",
                        "Stand:");
        String matrix = body.substring(
                body.indexOf("<table class=\"matrix\""),
                body.indexOf("</table>", body.indexOf("<table class=\"matrix\"")));
        assertThat(matrix)
                .contains(
                        "<caption",
                        "<th scope=\"col\">Aufgabe</th>",
                        "<th scope=\"row\"",
                        "Asylverfahren durchführen",
                        ">BAMF</a></th>",
                        "<span aria-hidden=\"true\">V</span><span class=\"visually-hidden\">verantwortlich</span>");
        assertThat(matrix.split("<th scope=\"col\">").length - 1)
                .as("a column header per actor of the matrix, and the tasks'")
                .isGreaterThanOrEqualTo(12);
        assertThat(matrix).doesNotContain("<td scope");
        assertThat(body.split("<h1").length - 1).isEqualTo(1);
        assertThat(body).doesNotContain("<h4");

        Http.Response en = http().get(DIRECTORY + "?lang=en");
        assertThat(en.body())
                .contains(
                        "Actors and responsibilities",
                        "Responsibility matrix",
                        "Conduct the asylum procedure",
                        "Recognised refugee, looking for work");

        Http.Response home = http().get("/t/" + T + "/");
        assertThat(home.body()).contains("href=\"" + path(DIRECTORY) + "\"");
    }

    @Test
    @RunAsClient
    void theFiltersNarrowTheDirectoryByTaskTargetGroupLifeSituationAndText() {
        String byTask = list(http().get(DIRECTORY + "?task=asylverfahren").body());
        assertThat(byTask)
                .contains("Bundesamt für Migration und Flüchtlinge", "Migrationsberatungsstellen")
                .doesNotContain("Handwerkskammer Chemnitz", "Jugendamt des Landkreises");
        String byGroup = list(
                http().get(DIRECTORY + "?group=unbegleitete-minderjaehrige").body());
        assertThat(byGroup).contains("Jugendamt des Landkreises").doesNotContain("Handwerkskammer Chemnitz");
        String bySituation = list(http().get(DIRECTORY + "?situation=familie-schulpflichtige-kinder")
                .body());
        assertThat(bySituation).contains("Landesamt für Schule und Bildung").doesNotContain("Bundesamt für Migration");
        String byText = list(http().get(DIRECTORY + "?q=kammer").body());
        assertThat(byText)
                .contains("Handwerkskammer Chemnitz", "Industrie- und Handelskammer")
                .doesNotContain("Jobcenter Mittelsachsen");
        Http.Response unknown = http().get(DIRECTORY + "?task=%3Cscript%3E&group=nope");
        assertThat(unknown.status())
                .as("an unknown filter value is ignored, never a 500")
                .isEqualTo(200);
        assertThat(list(unknown.body())).contains("Jobcenter Mittelsachsen").doesNotContain("<script>");
    }

    @Test
    @RunAsClient
    void anActorsPagePublishesANameOnlyWithConsentAndTheWegweiserListsResponsibleActorsInOrder() {
        Http.Response actor = http().get(DIRECTORY + "/" + ActorsFixtures.ACTOR);
        assertThat(actor.status()).isEqualTo(200);
        assertThat(actor.body())
                .contains(
                        ActorsFixtures.ACTOR_NAME,
                        ActorsFixtures.NO_CONSENT_ROLE,
                        ActorsFixtures.CONSENT,
                        "Ukrainisch",
                        ActorsFixtures.DOUBLE_TASK,
                        "<th scope=\"row\"")
                .as("no consent: the role alone")
                .doesNotContain(ActorsFixtures.NO_CONSENT);
        Http.Response office = http().get(DIRECTORY + "/landratsamt");
        assertThat(office.body())
                .contains("Leitung Stabsbereich Koordination, Unterbringung und Integration", "Ausländerbehörde")
                .doesNotContain("Ramona Noetzel", "Jennifer Diehl");
        for (String file : List.of(".json", ".csv")) {
            assertThat(http().get(DIRECTORY + file).body())
                    .as(file)
                    .doesNotContain("Ramona Noetzel", ActorsFixtures.NO_CONSENT)
                    .contains("Jobcenter Mittelsachsen");
        }

        String guide = http().get(DIRECTORY + "/guide/anerkannt-sucht-arbeit").body();
        assertThat(guide)
                .contains("Anerkannt geflüchtet, auf Arbeitssuche", "Aufenthaltserlaubnis erteilen und verlängern");
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
        for (String path : List.of(
                DIRECTORY + "/" + ActorsFixtures.OTHER_ACTOR,
                DIRECTORY + "/guide/" + ActorsFixtures.OTHER_SITUATION,
                DIRECTORY + "/no-such-actor",
                DIRECTORY + "/guide/no-such-situation",
                "/t/" + ActorsFixtures.OTHER_TENANT + "/actors/bamf",
                "/t/" + ActorsFixtures.OTHER_TENANT + "/actors/guide/anerkannt-sucht-arbeit")) {
            Http.Response r = http.get(path);
            assertThat(r.status()).as(path + ": " + r).isEqualTo(404);
            assertThat(r.body()).as(path).contains(NOT_FOUND);
        }
        assertThat(http.get("/t/" + ActorsFixtures.OTHER_TENANT + "/actors/" + ActorsFixtures.OTHER_ACTOR)
                        .status())
                .as("the other tenant's own page")
                .isEqualTo(200);
    }

    @Test
    @RunAsClient
    void theSchnittstellenpapierIsAPdfWithTheMatrix() throws Exception {
        HttpResponse<byte[]> pdf = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(url(DIRECTORY + ".pdf")))
                                .timeout(Duration.ofSeconds(60))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        List<String> pages = de.fachtag.web.print.PdfChecks.pages(pdf.body());
        String all = String.join(" ", pages);
        assertThat(all)
                .contains(
                        "Schnittstellenpapier",
                        "Zuständigkeitsmatrix",
                        "Stand der Daten",
                        "Asylverfahren durchführen",
                        "BAMF",
                        "Wegweiser nach Lebenslagen",
                        "Verzeichnis der Akteure",
                        "Gefördert durch",
                        "Diese Maßnahme wird mitfinanziert")
                .doesNotContain("Ramona Noetzel");
        assertThat(de.fachtag.web.print.PdfChecks.structureTypes(pdf.body())).contains("Table", "TH", "TD", "H1", "H2");
    }

    @Test
    void theYamlExportImportedAgainGivesTheSameFile() {
        // the other tenant's directory: replacing Mittelsachsen's would drop the confirmation links other tests open
        String o = ActorsFixtures.OTHER_TENANT;
        byte[] exported = TenantContext.callAs(o, () -> actors.exportFile());
        assertThat(ActorFile.parse("export.yaml", exported).directory().actor(ActorsFixtures.OTHER_ACTOR))
                .isPresent();
        TenantContext.runAs(o, () -> actors.importFile("export.yaml", exported));
        assertThat(TenantContext.callAs(o, () -> actors.exportFile())).isEqualTo(exported);
        String text = new String(TenantContext.callAs(T, () -> actors.exportFile()), StandardCharsets.UTF_8);
        assertThat(text).contains("tenant: mittelsachsen", "key: bamf", ActorsFixtures.NO_CONSENT);
        // another tenant's responsibility id is not found from here
        java.util.UUID agsa = TenantContext.callAs(
                ActorsFixtures.OTHER_TENANT,
                () -> actors.directory().responsibilities().get(0).id());
        org.junit.jupiter.api.Assertions.assertThrows(
                ActorNotFoundException.class, () -> TenantContext.runAs(T, () -> actors.removeResponsibility(agsa)));
    }

    @Test
    @RunAsClient
    void theEditorSeesTheGapTheDoubleAndTheStaleEntriesAndAnotherTenantsPageIs404() {
        BackofficeBrowser bo = BackofficeBrowser.signedIn(base.toString(), "organizer@" + T + ".demo");
        bo.open("/organizer/" + T + "/actors");
        assertThat(bo.element("check-gaps").getText()).contains(ActorsFixtures.GAP_TASK);
        assertThat(bo.element("check-doubles").getText())
                .contains(ActorsFixtures.DOUBLE_TASK, "Jobcenter", ActorsFixtures.ACTOR_NAME);
        assertThat(bo.element("check-stale").getText())
                .as("the paper's entries of 2017")
                .contains("2017-06-13");
        assertThat(bo.driver().findElement(By.tagName("main")).getText())
                .contains(ActorsFixtures.NO_CONSENT, "Name nicht veröffentlicht");
        A11y.assertNoViolations(bo.driver());

        String cookie = "FACHTAG_SESSION=" + bo.sessionCookie();
        Http.Response yaml = http().get("/organizer/" + T + "/actors.yaml", cookie);
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.body()).contains("tenant: mittelsachsen", "lifeSituations:");
        assertThat(http().get("/organizer/" + T + "/actors.yaml").status())
                .as("not without signing in")
                .isNotEqualTo(200);

        bo.driver().get(bo.url("/organizer/" + ActorsFixtures.OTHER_TENANT + "/actors"));
        assertThat(bo.driver().findElement(By.tagName("body")).getText())
                .as("another tenant's back office")
                .contains(NOT_FOUND);
        assertThat(http().get("/organizer/" + ActorsFixtures.OTHER_TENANT + "/actors.yaml", cookie)
                        .status())
                .isEqualTo(404);
    }

    @Test
    @RunAsClient
    void aConfirmationLinkConfirmsTheEntriesOnceAndExpiredOrOtherTenantsLinksOpenNothing() {
        String confirm = DIRECTORY + "/confirm/" + ActorsFixtures.OPEN_TOKEN;
        var browser = BrowserExtension.browser();
        browser.reset();
        A11y.assertNoViolations(browser.driver(), url(confirm));
        assertThat(browser.driver().findElement(By.id("confirm-entries")).getText())
                .contains(ActorsFixtures.DOUBLE_TASK);
        de.fachtag.web.it.browser.Browser.clickAndLoad(
                browser.driver(), browser.driver().findElement(By.id("confirm-form:confirm")));
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("die Angaben sind bestätigt");
        browser.driver().get(url(confirm));
        assertThat(browser.driver().findElement(By.id("confirm-used")).getText())
                .contains("schon verwendet");

        Http.Response expired = http().get(DIRECTORY + "/confirm/" + ActorsFixtures.EXPIRED_TOKEN);
        assertThat(expired.status()).isEqualTo(200);
        assertThat(expired.body()).contains("abgelaufen").doesNotContain("confirm-form");
        assertThat(expired.header("Cache-Control").orElse("")).contains("no-store");
        for (String path : List.of(
                "/t/" + ActorsFixtures.OTHER_TENANT + "/actors/confirm/" + ActorsFixtures.OPEN_TOKEN,
                DIRECTORY + "/confirm/agsa.ItOpenConfirmationLinkAbcdefghijklmnopqrstu",
                DIRECTORY + "/confirm/mittelsachsen.NoSuchConfirmationLinkAbcdefghijklmnopqrst")) {
            Http.Response r = http().get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).contains(NOT_FOUND);
        }
    }

    @Test
    void aConfirmationIsUsedOnceAndItsEntriesCarryTheConfirmation() {
        String token = TenantContext.callAs(
                T,
                () -> confirmations.issue(confirmations.create(
                        ActorsFixtures.ACTOR, "leitung@example.org", java.time.Duration.ofDays(1))));
        assertThat(TenantContext.callAs(ActorsFixtures.OTHER_TENANT, () -> confirmations.open(token)))
                .as("another tenant")
                .isEmpty();
        TenantContext.runAs(T, () -> confirmations.correct(token, "Die Öffnungszeiten haben sich geändert."));
        assertThat(TenantContext.callAs(T, () -> confirmations.open(token))
                        .orElseThrow()
                        .state())
                .isEqualTo(de.fachtag.actors.ActorConfirmations.State.USED);
        org.junit.jupiter.api.Assertions.assertThrows(
                de.fachtag.actors.ActorRuleException.class,
                () -> TenantContext.runAs(T, () -> confirmations.confirm(token)));
        assertThat(TenantContext.callAs(T, () -> confirmations.corrections()))
                .extracting(c -> c.text())
                .contains("Die Öffnungszeiten haben sich geändert.");
        String other = TenantContext.callAs(
                T,
                () -> confirmations.issue(confirmations.create(
                        ActorsFixtures.ACTOR, "leitung@example.org", java.time.Duration.ofDays(1))));
        TenantContext.runAs(T, () -> confirmations.confirm(other));
        assertThat(TenantContext.callAs(T, () -> actors.directory().ofActor(ActorsFixtures.ACTOR)))
                .allSatisfy(r -> assertThat(r.confirmedBy()).isEqualTo("leitung@example.org (Bestätigungslink)"));
    }

    @Test
    @RunAsClient
    void everyPublicPagePassesAxeAndThePhoneGetsTheMatrixAsAList() {
        var browser = BrowserExtension.browser();
        browser.reset();
        for (String path : List.of(
                DIRECTORY,
                DIRECTORY + "?lang=en",
                DIRECTORY + "?task=asylverfahren",
                DIRECTORY + "/bamf",
                DIRECTORY + "/" + ActorsFixtures.ACTOR + "?lang=en",
                DIRECTORY + "/guide/anerkannt-sucht-arbeit",
                DIRECTORY + "/guide/neu-angekommen-asyl?lang=en")) {
            A11y.assertNoViolations(browser.driver(), url(path));
        }
        browser.emulateWidth(390, 844);
        try {
            browser.driver().get(url(DIRECTORY + "?lang=de"));
            assertThat(browser.driver()
                            .findElement(By.cssSelector(".matrix-wide"))
                            .isDisplayed())
                    .isFalse();
            assertThat(browser.driver()
                            .findElement(By.cssSelector(".matrix-narrow"))
                            .isDisplayed())
                    .isTrue();
            assertThat(browser.driver().findElement(By.id("task-asylverfahren")).getText())
                    .contains("Asylverfahren");
            A11y.assertNoViolations(browser.driver());
        } finally {
            browser.reset();
        }
    }

    // ------------------------------------------------------------------ links to the rest

    @Test
    void linksToTheDirectoryAcceptOnlyTheTenantsOwnActorsAndIds() {
        String slug = ActorsFixtures.DEMO_EVENT;
        de.fachtag.event.EventView demo =
                TenantContext.callAs(T, () -> events.event(slug).orElseThrow());
        java.util.UUID hupfer = demo.workshops().stream()
                .flatMap(w -> w.contributions().stream())
                .filter(c -> "Julia Hupfer".equals(c.person()))
                .findFirst()
                .orElseThrow()
                .id();
        for (String key : List.of(ActorsFixtures.OTHER_ACTOR, "no-such-actor")) {
            org.junit.jupiter.api.Assertions.assertThrows(
                    de.fachtag.event.EventRuleException.class,
                    () -> TenantContext.runAs(T, () -> events.linkContributionActor(slug, demo.version(), hupfer, key)),
                    key);
        }
        assertThat(TenantContext.callAs(
                        T,
                        () -> events.event(slug)
                                .orElseThrow()
                                .contribution(hupfer)
                                .orElseThrow()
                                .actorKey()))
                .as("nothing changed")
                .isNull();
        // another tenant's contribution id is not found from here
        java.util.UUID agsaContribution = TenantContext.callAs(
                ActorsFixtures.OTHER_TENANT,
                () -> events.event("stadt-land-dorf-2024").orElseThrow().agenda().stream()
                        .flatMap(a -> a.contributions().stream())
                        .findFirst()
                        .orElseThrow()
                        .id());
        org.junit.jupiter.api.Assertions.assertThrows(
                de.fachtag.event.EventNotFoundException.class,
                () -> TenantContext.runAs(
                        T,
                        () -> events.linkContributionActor(
                                slug, demo.version(), agsaContribution, ActorsFixtures.ACTOR)));
        // linked and unlinked again: the actor's references follow
        TenantContext.runAs(T, () -> events.linkContributionActor(slug, demo.version(), hupfer, ActorsFixtures.ACTOR));
        assertThat(TenantContext.callAs(T, () -> actors.references(ActorsFixtures.ACTOR, true))
                        .events())
                .extracting(de.fachtag.actors.ActorReferences.EventPart::slug)
                .contains(slug);
        long version =
                TenantContext.callAs(T, () -> events.event(slug).orElseThrow().version());
        TenantContext.runAs(T, () -> events.linkContributionActor(slug, version, hupfer, " "));
        assertThat(TenantContext.callAs(T, () -> actors.references(ActorsFixtures.ACTOR, true))
                        .events())
                .extracting(de.fachtag.actors.ActorReferences.EventPart::slug)
                .doesNotContain(slug);

        // a recommendation: another tenant's actor is refused, another tenant's recommendation not found
        String open = de.fachtag.web.it.events.EventFixtures.OPEN;
        java.util.UUID rec = TenantContext.callAs(
                T,
                () -> results.documentation(open).recommendations().stream()
                        .filter(r -> ActorsFixtures.RECOMMENDATION.equals(r.titleDe()))
                        .findFirst()
                        .orElseThrow()
                        .id());
        org.junit.jupiter.api.Assertions.assertThrows(
                de.fachtag.results.ResultsRuleException.class,
                () -> TenantContext.runAs(T, () -> followUp.assignActor(open, rec, ActorsFixtures.OTHER_ACTOR)));
        assertThat(TenantContext.callAs(T, () -> followUp.standing(open, rec).responsibleActorKey()))
                .as("nothing changed")
                .isEqualTo(ActorsFixtures.ACTOR);
        java.util.UUID agsaRec = TenantContext.callAs(
                ActorsFixtures.OTHER_TENANT,
                () -> results.documentation("stadt-land-dorf-2024")
                        .recommendations()
                        .get(0)
                        .id());
        org.junit.jupiter.api.Assertions.assertThrows(
                de.fachtag.results.ResultsNotFoundException.class,
                () -> TenantContext.runAs(T, () -> followUp.assignActor(open, agsaRec, ActorsFixtures.ACTOR)));
        org.junit.jupiter.api.Assertions.assertThrows(
                ActorNotFoundException.class,
                () -> TenantContext.runAs(T, () -> actors.references(ActorsFixtures.OTHER_ACTOR, false)));
        assertThat(TenantContext.callAs(T, () -> actors.linkable()))
                .containsKey(ActorsFixtures.ACTOR)
                .doesNotContainKey(ActorsFixtures.OTHER_ACTOR);
    }

    @Test
    @RunAsClient
    void anActorsPageListsItsEventsAndRecommendationsAndTheEventAndDocumentationLinkIt() {
        String jobcenter = http().get(DIRECTORY + "/jobcenter").body();
        assertThat(jobcenter)
                .contains(
                        "id=\"actor-events\"",
                        "href=\"" + path("/t/" + T + "/e/" + ActorsFixtures.DEMO_EVENT) + "\"",
                        "3. Input-Vortrag",
                        "Beschäftigung - suchen, finden und bleiben!");
        String iab = http().get(DIRECTORY + "/iab?lang=en").body();
        assertThat(iab).contains("Events", path("/t/" + T + "/e/" + ActorsFixtures.DEMO_EVENT));

        String event = http().get("/t/" + T + "/e/" + ActorsFixtures.DEMO_EVENT).body();
        assertThat(event)
                .contains(
                        "href=\"" + path(DIRECTORY + "/jobcenter") + "\"",
                        "href=\"" + path(DIRECTORY + "/iab") + "\"",
                        "href=\"" + path(DIRECTORY + "/treibhaus") + "\"",
                        "href=\"" + path(DIRECTORY + "/landratsamt") + "\"");

        String actor = http().get(DIRECTORY + "/" + ActorsFixtures.ACTOR).body();
        int from = actor.indexOf("id=\"actor-recommendations\"");
        assertThat(from).isPositive();
        String recommendations = actor.substring(from, actor.indexOf("</ul>", from));
        assertThat(recommendations)
                .contains(
                        ActorsFixtures.RECOMMENDATION,
                        "Stand",
                        "offen",
                        path("/t/" + T + "/e/" + de.fachtag.web.it.events.EventFixtures.OPEN + "/documentation#"));
        String documentation = http().get(
                        "/t/" + T + "/e/" + de.fachtag.web.it.events.EventFixtures.OPEN + "/documentation")
                .body();
        assertThat(documentation)
                .contains("href=\"" + path(DIRECTORY + "/" + ActorsFixtures.ACTOR) + "\"", ActorsFixtures.ACTOR_NAME);
        assertThat(http().get(DIRECTORY + "/" + ActorsFixtures.OTHER_ACTOR).status())
                .as("another tenant's actor")
                .isEqualTo(404);

        var browser = BrowserExtension.browser();
        browser.reset();
        for (String p : List.of(
                DIRECTORY + "/jobcenter",
                DIRECTORY + "/" + ActorsFixtures.ACTOR + "?lang=en",
                "/t/" + T + "/e/" + ActorsFixtures.DEMO_EVENT,
                "/t/" + T + "/e/" + de.fachtag.web.it.events.EventFixtures.OPEN + "/documentation")) {
            A11y.assertNoViolations(browser.driver(), url(p));
        }
    }

    @Test
    @RunAsClient
    void archivingAnActorFirstListsEveryResponsibilityRecommendationAndEventPageReferringToIt() {
        BackofficeBrowser bo = BackofficeBrowser.signedIn(base.toString(), "organizer@" + T + ".demo");
        bo.open("/organizer/" + T + "/actors");
        ActorsPages.archive(bo, "Jobcenter Mittelsachsen");
        assertThat(bo.element("archive-confirm").getText())
                .contains(
                        "„Jobcenter“ archivieren?",
                        "Zuständigkeiten",
                        "Arbeitsvermittlung für Geflüchtete im SGB II",
                        "Veranstaltungsseiten");
        assertThat(bo.element("archive-events").getText())
                .contains(
                        "5 Jahre Integrationsarbeit Mittelsachsen",
                        "3. Input-Vortrag",
                        "3 Beschäftigung - suchen, finden und bleiben!");
        A11y.assertNoViolations(bo.driver());
        bo.submit("archive-confirm:cancel-archive");
        assertThat(bo.present("archive-confirm")).isFalse();
        assertThat(http().get(DIRECTORY + "/jobcenter").status())
                .as("cancelled: still public")
                .isEqualTo(200);

        ActorsPages.archive(bo, ActorsFixtures.ACTOR_NAME);
        assertThat(bo.element("archive-recommendations").getText()).contains(ActorsFixtures.RECOMMENDATION, "offen");
        assertThat(bo.element("archive-responsibilities").getText()).contains(ActorsFixtures.DOUBLE_TASK);
        bo.submit("archive-confirm:cancel-archive");

        ActorsPages.archive(bo, ActorsFixtures.ARCHIVE_ACTOR_NAME);
        assertThat(bo.element("archive-responsibilities").getText()).contains(ActorsFixtures.GAP_TASK);
        bo.submit("archive-confirm:confirm-archive");
        assertThat(bo.messages()).contains(ActorsFixtures.GAP_TASK);
        assertThat(http().get(DIRECTORY + "/" + ActorsFixtures.ARCHIVE_ACTOR).status())
                .as("archived: gone from the public pages")
                .isEqualTo(404);
    }

    @Test
    @RunAsClient
    void theWorkshopEditorLinksAContributionToAnActorAndTheRecommendationPageChoosesOne() {
        BackofficeBrowser bo = BackofficeBrowser.signedIn(base.toString(), "organizer@" + T + ".demo");
        // axe-core and no sideways scroll at 390 px on the changed editors and the actor page
        for (String p : List.of(
                "/organizer/" + T + "/events/" + ActorsFixtures.DEMO_EVENT + "/workshops",
                "/organizer/" + T + "/events/" + ActorsFixtures.DEMO_EVENT + "/agenda",
                "/organizer/" + T + "/actors",
                DIRECTORY + "/jobcenter")) {
            de.fachtag.web.it.browser.PageLook.atBothWidths(
                    BrowserExtension.browser(), url(p), "actors-links" + p.replaceAll("[^a-z0-9]+", "-"));
        }
        bo.open("/organizer/" + T + "/events/" + ActorsFixtures.DEMO_EVENT + "/workshops");
        A11y.assertNoViolations(bo.driver());
        bo.submit("actor-link-form:link-actor");
        assertThat(bo.fieldMessage("actor-link-form:contribution")).contains("Bitte eine Mitwirkung wählen");
        ActorsPages.chooseContaining(bo, "actor-link-form:contribution", "Julia Hupfer");
        bo.choose("actor-link-form:actor", ActorsFixtures.ACTOR_NAME);
        bo.submit("actor-link-form:link-actor");
        assertThat(bo.messages()).contains("Julia Hupfer", ActorsFixtures.ACTOR_NAME);
        assertThat(http().get("/t/" + T + "/e/" + ActorsFixtures.DEMO_EVENT).body())
                .contains("href=\"" + path(DIRECTORY + "/" + ActorsFixtures.ACTOR) + "\"");
        ActorsPages.chooseContaining(bo, "actor-link-form:contribution", "Julia Hupfer");
        bo.choose("actor-link-form:actor", "(kein Akteur)");
        bo.submit("actor-link-form:link-actor");
        assertThat(bo.messages()).contains("mit keinem Akteur mehr verknüpft");
        assertThat(http().get("/t/" + T + "/e/" + ActorsFixtures.DEMO_EVENT).body())
                .doesNotContain("href=\"" + path(DIRECTORY + "/" + ActorsFixtures.ACTOR) + "\"");

        bo.open("/organizer/" + T + "/events/" + ActorsFixtures.DEMO_EVENT + "/agenda");
        assertThat(bo.driver().findElement(By.tagName("main")).getText()).contains("Akteur: Jobcenter Mittelsachsen");
        A11y.assertNoViolations(bo.driver());
        // the recommendation's page of the results back office: the responsible actor is chosen from the directory
        bo.open("/organizer/" + T + "/events/" + de.fachtag.web.it.events.EventFixtures.OPEN + "/results");
        bo.driver()
                .get(bo.driver()
                        .findElement(By.cssSelector("a[id^='page-'][id$='-02']"))
                        .getAttribute("href"));
        assertThat(bo.chosen("actor-form:actor")).isEqualTo(ActorsFixtures.ACTOR_NAME);
        assertThat(ActorsPages.options(bo, "actor-form:actor")).contains("Jobcenter Mittelsachsen");
        A11y.assertNoViolations(bo.driver());
        bo.submit("actor-form:save-actor");
        assertThat(bo.messages()).contains("Gespeichert");
        assertThat(bo.chosen("actor-form:actor")).isEqualTo(ActorsFixtures.ACTOR_NAME);
    }

    /**
     * The confirmation link end to end: the editor sends the links, the outbox delivers the mail
     * to the SMTP server (the run's GreenMail), the contact follows the link from the delivered
     * mail and confirms, and the entry's last-confirmed date is today.
     */
    @Test
    @RunAsClient
    void theContactFollowsTheLinkFromTheDeliveredMailAndTheEntrysConfirmationDateChanges() throws Exception {
        BackofficeBrowser bo = BackofficeBrowser.signedIn(base.toString(), "organizer@" + T + ".demo");
        bo.open("/organizer/" + T + "/actors");
        assertThat(ActorsPages.staleRow(bo)).contains("2020-01-15");
        int before = ActorsPages.mailsTo(ActorsFixtures.STALE_ADDRESS).size();
        bo.submit("confirmations-form:send-links");
        assertThat(bo.messages()).contains(ActorsFixtures.STALE_ACTOR_NAME);

        long until = System.currentTimeMillis() + 90_000;
        List<jakarta.mail.internet.MimeMessage> mails = ActorsPages.mailsTo(ActorsFixtures.STALE_ADDRESS);
        while (mails.size() <= before && System.currentTimeMillis() < until) {
            Thread.sleep(250);
            mails = ActorsPages.mailsTo(ActorsFixtures.STALE_ADDRESS);
        }
        assertThat(mails.size()).as("the outbox delivered the mail").isGreaterThan(before);
        jakarta.mail.internet.MimeMessage mail = mails.get(mails.size() - 1);
        assertThat(mail.getSubject()).contains("Bitte bestätigen", ActorsFixtures.STALE_ACTOR_NAME);
        String text = ActorsPages.plainText(mail);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(
                        "https?://\\S+/t/" + T + "/actors/confirm/(" + T + "\\.[A-Za-z0-9_-]{43})")
                .matcher(text);
        assertThat(link.find()).as("a confirmation link in: " + text).isTrue();

        var browser = BrowserExtension.browser();
        browser.reset();
        browser.driver().get(url(DIRECTORY + "/confirm/" + link.group(1)));
        assertThat(browser.driver().findElement(By.id("confirm-entries")).getText())
                .contains(ActorsFixtures.GAP_TASK);
        de.fachtag.web.it.browser.Browser.clickAndLoad(
                browser.driver(), browser.driver().findElement(By.id("confirm-form:confirm")));
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("die Angaben sind bestätigt");

        bo = BackofficeBrowser.signedIn(base.toString(), "organizer@" + T + ".demo");
        bo.open("/organizer/" + T + "/actors");
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).toString();
        assertThat(ActorsPages.staleRow(bo))
                .contains(today, ActorsFixtures.STALE_ADDRESS + " (Bestätigungslink)")
                .doesNotContain("2020-01-15");
        assertThat(bo.element("check-stale").getText()).doesNotContain(ActorsFixtures.STALE_ACTOR_NAME);
    }

    // ------------------------------------------------------------------ areas, target groups, life situations

    @Test
    void areasTargetGroupsAndLifeSituationsWithTheirStepsAreEditedAndBadInputChangesNothing() {
        // the other tenant's directory: a new area would add gaps to every task of Mittelsachsen's checks
        String o = ActorsFixtures.OTHER_TENANT;
        TenantContext.runAs(
                o,
                () -> actors.saveArea(new de.fachtag.actors.ActorDirectory.Area(
                        "it-halle", "Halle (Saale)", de.fachtag.actors.ActorLevel.MUNICIPAL)));
        TenantContext.runAs(
                o,
                () -> actors.saveTargetGroup(new de.fachtag.actors.ActorDirectory.TargetGroup(
                        "it-studierende", "Studierende", "Students", "eingeschrieben an einer Hochschule", null)));
        TenantContext.runAs(
                o,
                () -> actors.saveTask(new de.fachtag.actors.ActorDirectory.Task(
                        "it-agsa-zweite", "Zweite Aufgabe", null, null, null, null, null, null)));
        var steps = List.of(
                new de.fachtag.actors.ActorDirectory.Step("it-agsa-aufgabe", "Zuerst", "First"),
                new de.fachtag.actors.ActorDirectory.Step("it-agsa-zweite", null, null));
        TenantContext.runAs(
                o,
                () -> actors.saveLifeSituation(new de.fachtag.actors.ActorDirectory.LifeSituation(
                        "it-studium", "Studium aufnehmen", "Starting to study", null, null, "it-studierende", steps)));
        var d = TenantContext.callAs(o, () -> actors.directory());
        assertThat(d.area("it-halle").orElseThrow().name()).isEqualTo("Halle (Saale)");
        assertThat(d.targetGroup("it-studierende").orElseThrow().labelEn()).isEqualTo("Students");
        var situation = d.lifeSituations().stream()
                .filter(x -> x.key().equals("it-studium"))
                .findFirst()
                .orElseThrow();
        assertThat(situation.steps())
                .extracting(de.fachtag.actors.ActorDirectory.Step::task)
                .containsExactly("it-agsa-aufgabe", "it-agsa-zweite");
        // changed: the steps in the new order, the area renamed
        TenantContext.runAs(
                o,
                () -> actors.saveLifeSituation(new de.fachtag.actors.ActorDirectory.LifeSituation(
                        "it-studium",
                        "Studium aufnehmen",
                        null,
                        null,
                        null,
                        null,
                        List.of(steps.get(1), steps.get(0)))));
        TenantContext.runAs(
                o,
                () -> actors.saveArea(new de.fachtag.actors.ActorDirectory.Area(
                        "it-halle", "Halle", de.fachtag.actors.ActorLevel.MUNICIPAL)));
        var changed = TenantContext.callAs(o, () -> actors.directory());
        assertThat(changed.lifeSituations().stream()
                        .filter(x -> x.key().equals("it-studium"))
                        .findFirst()
                        .orElseThrow()
                        .steps())
                .extracting(de.fachtag.actors.ActorDirectory.Step::task)
                .containsExactly("it-agsa-zweite", "it-agsa-aufgabe");
        assertThat(changed.area("it-halle").orElseThrow().name()).isEqualTo("Halle");

        // bad input: a rule's message, nothing changed; another tenant's task or target group is not found
        byte[] before = TenantContext.callAs(o, () -> actors.exportFile());
        List<Runnable> bad = List.of(
                () -> actors.saveArea(new de.fachtag.actors.ActorDirectory.Area(
                        "Ungültig!", "X", de.fachtag.actors.ActorLevel.STATE)),
                () -> actors.saveArea(new de.fachtag.actors.ActorDirectory.Area("it-ohne-ebene", "X", null)),
                () -> actors.saveArea(new de.fachtag.actors.ActorDirectory.Area(
                        "it-lang", "x".repeat(201), de.fachtag.actors.ActorLevel.STATE)),
                () -> actors.saveTargetGroup(
                        new de.fachtag.actors.ActorDirectory.TargetGroup("it-leer", " ", null, null, null)),
                () -> actors.saveLifeSituation(new de.fachtag.actors.ActorDirectory.LifeSituation(
                        "it-studium",
                        "Studium",
                        null,
                        null,
                        null,
                        null,
                        List.of(new de.fachtag.actors.ActorDirectory.Step("it-doppelt", null, null)))),
                () -> actors.saveLifeSituation(new de.fachtag.actors.ActorDirectory.LifeSituation(
                        "it-studium", " ", null, null, null, null, List.of())));
        for (Runnable r : bad) {
            org.junit.jupiter.api.Assertions.assertThrows(
                    de.fachtag.actors.ActorRuleException.class, () -> TenantContext.runAs(o, r));
        }
        org.junit.jupiter.api.Assertions.assertThrows(
                ActorNotFoundException.class,
                () -> TenantContext.runAs(
                        o,
                        () -> actors.saveLifeSituation(new de.fachtag.actors.ActorDirectory.LifeSituation(
                                "it-studium", "Studium", null, null, null, "zugewanderte", List.of()))));
        assertThat(TenantContext.callAs(o, () -> actors.exportFile()))
                .as("nothing changed")
                .isEqualTo(before);
    }

    @Test
    @RunAsClient
    void theEditorEditsTargetGroupsAndLifeSituationsAndGetsMessagesForBadInput() {
        BackofficeBrowser bo = BackofficeBrowser.signedIn(base.toString(), "organizer@" + T + ".demo");
        bo.open("/organizer/" + T + "/actors");
        bo.type("area-form:key", "Kein Schlüssel!").type("area-form:name", "Irgendwo");
        bo.submit("area-form:save-area");
        assertThat(bo.messages()).contains("„Kein Schlüssel!“ ist kein gültiger Schlüssel");
        assertThat(bo.element("areas").getText()).doesNotContain("Irgendwo");

        bo.type("group-form:key", "it-gruppe-bo").type("group-form:label", "IT-Zielgruppe aus dem Backoffice");
        bo.submit("group-form:save-group");
        assertThat(bo.messages()).contains("Gespeichert");
        assertThat(bo.element("groups").getText()).contains("IT-Zielgruppe aus dem Backoffice");

        bo.type("situation-form:key", "it-lage-bo")
                .type("situation-form:title", "IT-Lebenslage aus dem Backoffice")
                .type("situation-form:steps", "it-luecke | Zuerst hierhin\nkeine-solche-aufgabe");
        bo.submit("situation-form:save-situation");
        assertThat(bo.messages()).contains("„keine-solche-aufgabe“");
        assertThat(bo.element("situations").getText()).doesNotContain("IT-Lebenslage aus dem Backoffice");
        bo.type("situation-form:steps", "it-luecke | Zuerst hierhin\nit-doppelt");
        bo.submit("situation-form:save-situation");
        assertThat(bo.messages()).contains("Gespeichert");
        assertThat(bo.element("situations").getText()).contains("IT-Lebenslage aus dem Backoffice", "2 Schritte");
        A11y.assertNoViolations(bo.driver());

        String guide = http().get(DIRECTORY + "/guide/it-lage-bo").body();
        assertThat(guide).contains("IT-Lebenslage aus dem Backoffice", "Zuerst hierhin", ActorsFixtures.GAP_TASK);
        assertThat(guide.indexOf(ActorsFixtures.GAP_TASK)).isLessThan(guide.indexOf(ActorsFixtures.DOUBLE_TASK));
    }

    /**
     * The responsible actor in the documentation's PDF (named and linked to its public page) and in
     * the organizer's CSV, XLSX and JSON of results and recommendations (key and name).
     */
    @Test
    @RunAsClient
    void theDocumentationPdfAndTheResultsFilesNameTheResponsibleActor() throws Exception {
        String open = de.fachtag.web.it.events.EventFixtures.OPEN;
        var pdf = de.fachtag.web.it.registrations.Files.get(url("/t/" + T + "/e/" + open + "/documentation.pdf"), null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(de.fachtag.web.it.registrations.Files.pdfText(pdf.body()))
                .contains("Akteur:", ActorsFixtures.ACTOR_NAME);
        List<String> links = new java.util.ArrayList<>();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            for (var page : doc.getPages()) {
                for (var a : page.getAnnotations()) {
                    if (a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction()
                                    instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
        }
        assertThat(links).anyMatch(l -> l.endsWith("/t/" + T + "/actors/" + ActorsFixtures.ACTOR));
        String english = de.fachtag.web.it.registrations.Files.pdfText(de.fachtag.web.it.registrations.Files.get(
                        url("/t/" + T + "/e/" + open + "/documentation.pdf?lang=en"), null)
                .body());
        assertThat(english).contains("Actor:", ActorsFixtures.ACTOR_NAME);

        String cookie = BackofficeBrowser.signedIn(base.toString(), "organizer@" + T + ".demo")
                .sessionCookie();
        String files = "/organizer/" + T + "/events/" + open + "/results.";
        var csv = de.fachtag.web.it.registrations.Files.csv(
                de.fachtag.web.it.registrations.Files.get(url(files + "csv"), cookie)
                        .body());
        var headings = csv.stream()
                .filter(r -> r.size() > 0 && "Kennung".equals(r.get(0)))
                .findFirst()
                .orElseThrow();
        assertThat(headings.toList()).contains("Verantwortlich", "Akteur (Schlüssel)", "Akteur");
        int keyColumn = headings.toList().indexOf("Akteur (Schlüssel)");
        var row = csv.stream()
                .filter(r -> r.size() > keyColumn && r.toList().contains(ActorsFixtures.RECOMMENDATION))
                .findFirst()
                .orElseThrow();
        assertThat(row.get(keyColumn)).isEqualTo(ActorsFixtures.ACTOR);
        assertThat(row.get(keyColumn + 1)).isEqualTo(ActorsFixtures.ACTOR_NAME);
        var sheets = de.fachtag.web.it.registrations.Files.xlsxSheets(
                de.fachtag.web.it.registrations.Files.get(url(files + "xlsx"), cookie)
                        .body());
        assertThat(sheets.get("Handlungsempfehlungen"))
                .anyMatch(r -> r.contains(ActorsFixtures.RECOMMENDATION)
                        && r.contains(ActorsFixtures.ACTOR)
                        && r.contains(ActorsFixtures.ACTOR_NAME));
        String json = new String(
                de.fachtag.web.it.registrations.Files.get(url(files + "json"), cookie)
                        .body(),
                StandardCharsets.UTF_8);
        assertThat(json)
                .contains(
                        "\"actorKey\":\"" + ActorsFixtures.ACTOR + "\"",
                        "\"actorName\":\"" + ActorsFixtures.ACTOR_NAME + "\"",
                        "\"responsible\":");
    }

    /**
     * A recommendation of a series documentation names an actor too: the actor's page lists it and
     * links the series documentation; another tenant's actor is refused, another tenant's series
     * and a recommendation of another documentation are not found.
     */
    @Test
    void aSeriesRecommendationNamesAnActorOfItsOwnTenantOnly() {
        String a = ActorsFixtures.OTHER_TENANT;
        String series = ActorsFixtures.SERIES;
        java.util.UUID rec = TenantContext.callAs(
                a,
                () -> publishing.seriesDocumentation(series).recommendations().stream()
                        .filter(r -> ActorsFixtures.SERIES_RECOMMENDATION.equals(r.identifier()))
                        .findFirst()
                        .orElseThrow()
                        .id());
        assertThat(TenantContext.callAs(a, () -> actors.references(ActorsFixtures.OTHER_ACTOR, true))
                        .recommendations())
                .anyMatch(r ->
                        series.equals(r.seriesSlug()) && ActorsFixtures.SERIES_RECOMMENDATION.equals(r.identifier()));
        org.junit.jupiter.api.Assertions.assertThrows(
                de.fachtag.results.ResultsRuleException.class,
                () -> TenantContext.runAs(a, () -> followUp.assignSeriesActor(series, rec, ActorsFixtures.ACTOR)));
        org.junit.jupiter.api.Assertions.assertThrows(
                de.fachtag.results.ResultsNotFoundException.class,
                () -> TenantContext.runAs(T, () -> followUp.assignSeriesActor(series, rec, ActorsFixtures.ACTOR)));
        java.util.UUID eventRec = TenantContext.callAs(
                a,
                () -> results.documentation("stadt-land-dorf-2024")
                        .recommendations()
                        .get(0)
                        .id());
        org.junit.jupiter.api.Assertions.assertThrows(
                de.fachtag.results.ResultsNotFoundException.class,
                () -> TenantContext.runAs(
                        a, () -> followUp.assignSeriesActor(series, eventRec, ActorsFixtures.OTHER_ACTOR)));
        assertThat(TenantContext.callAs(a, () -> followUp.responsibles(List.of(rec)))
                        .get(rec)
                        .actorKey())
                .as("nothing changed")
                .isEqualTo(ActorsFixtures.OTHER_ACTOR);
    }

    @Test
    @RunAsClient
    void theActorsPageLinksTheSeriesDocumentationsRecommendation() {
        String page = http().get("/t/" + ActorsFixtures.OTHER_TENANT + "/actors/" + ActorsFixtures.OTHER_ACTOR)
                .body();
        int from = page.indexOf("id=\"actor-recommendations\"");
        assertThat(from).isPositive();
        assertThat(page.substring(from, page.indexOf("</ul>", from)))
                .contains(
                        ActorsFixtures.SERIES_RECOMMENDATION,
                        "href=\""
                                + path("/t/" + ActorsFixtures.OTHER_TENANT + "/series/" + ActorsFixtures.SERIES
                                        + "/documentation#" + ActorsFixtures.SERIES_RECOMMENDATION)
                                + "\"");
    }

    /**
     * A contribution names its actor already when it is added (agenda item and workshop lead);
     * another tenant's actor or an unknown key is refused and nothing is added.
     */
    @Test
    void aContributionNamesItsActorWhenItIsAdded() {
        String slug = ActorsFixtures.DEMO_EVENT;
        de.fachtag.event.EventView demo =
                TenantContext.callAs(T, () -> events.event(slug).orElseThrow());
        java.util.UUID workshop = demo.workshops().get(0).id();
        java.util.UUID item = demo.agenda().get(0).id();
        int before = TenantContext.callAs(
                T,
                () -> events.event(slug)
                        .orElseThrow()
                        .workshops()
                        .get(0)
                        .contributions()
                        .size());
        for (String key : List.of(ActorsFixtures.OTHER_ACTOR, "no-such-actor")) {
            org.junit.jupiter.api.Assertions.assertThrows(
                    de.fachtag.event.EventRuleException.class,
                    () -> TenantContext.runAs(
                            T,
                            () -> events.addContribution(
                                    slug,
                                    demo.version(),
                                    workshop,
                                    "IT Neue Leitung",
                                    null,
                                    null,
                                    de.fachtag.event.ContributionRole.WORKSHOP_LEAD,
                                    de.fachtag.event.ContributionStatus.CONFIRMED,
                                    key)),
                    key);
        }
        assertThat(TenantContext.callAs(
                        T,
                        () -> events.event(slug)
                                .orElseThrow()
                                .workshops()
                                .get(0)
                                .contributions()
                                .size()))
                .as("nothing added")
                .isEqualTo(before);
        for (java.util.UUID target : List.of(workshop, item)) {
            long version = TenantContext.callAs(
                    T, () -> events.event(slug).orElseThrow().version());
            TenantContext.runAs(
                    T,
                    () -> events.addContribution(
                            slug,
                            version,
                            target,
                            "IT Mit Akteur",
                            null,
                            null,
                            de.fachtag.event.ContributionRole.SPEAKER,
                            de.fachtag.event.ContributionStatus.CONFIRMED,
                            ActorsFixtures.ACTOR));
            de.fachtag.event.EventView now =
                    TenantContext.callAs(T, () -> events.event(slug).orElseThrow());
            var added = java.util.stream.Stream.concat(
                            now.workshops().stream().flatMap(w -> w.contributions().stream()),
                            now.agenda().stream().flatMap(a -> a.contributions().stream()))
                    .filter(c -> "IT Mit Akteur".equals(c.person()))
                    .findFirst()
                    .orElseThrow();
            assertThat(added.actorKey()).isEqualTo(ActorsFixtures.ACTOR);
            assertThat(TenantContext.callAs(T, () -> actors.references(ActorsFixtures.ACTOR, false))
                            .events())
                    .extracting(de.fachtag.actors.ActorReferences.EventPart::slug)
                    .contains(slug);
            TenantContext.runAs(T, () -> events.removeContribution(slug, now.version(), added.id()));
        }
    }

    /**
     * A result names its responsible actor from the directory when it is added or changed; another
     * tenant's actor is refused and nothing is added; the organizer's files carry key and name.
     */
    @Test
    void aResultNamesItsResponsibleActorOfTheTenantsDirectoryOnly() {
        String open = de.fachtag.web.it.events.EventFixtures.OPEN;
        var doc = TenantContext.callAs(T, () -> results.documentation(open));
        java.util.UUID place = doc.results().get(0).placeId();
        int before = doc.results().size();
        var input = new de.fachtag.results.ResultInput(
                place, doc.results().get(0).type(), "IT Ergebnis mit Akteur", null, null, null, List.of());
        org.junit.jupiter.api.Assertions.assertThrows(
                de.fachtag.results.ResultsRuleException.class,
                () -> TenantContext.runAs(T, () -> results.addResult(open, input, ActorsFixtures.OTHER_ACTOR)));
        assertThat(TenantContext.callAs(
                        T, () -> results.documentation(open).results().size()))
                .as("nothing added")
                .isEqualTo(before);
        java.util.UUID id = TenantContext.callAs(T, () -> results.addResult(open, input, ActorsFixtures.ACTOR));
        try {
            assertThat(TenantContext.callAs(T, () -> results.resultActors(List.of(id))))
                    .containsEntry(id, ActorsFixtures.ACTOR);
            assertThat(TenantContext.callAs(ActorsFixtures.OTHER_TENANT, () -> results.resultActors(List.of(id))))
                    .as("another tenant does not see it")
                    .isEmpty();
            org.junit.jupiter.api.Assertions.assertThrows(
                    de.fachtag.results.ResultsRuleException.class,
                    () -> TenantContext.runAs(
                            T, () -> results.changeResult(open, id, input, ActorsFixtures.OTHER_ACTOR)));
            assertThat(TenantContext.callAs(T, () -> results.resultActors(List.of(id))))
                    .as("nothing changed")
                    .containsEntry(id, ActorsFixtures.ACTOR);
            TenantContext.runAs(T, () -> results.changeResult(open, id, input, " "));
            assertThat(TenantContext.callAs(T, () -> results.resultActors(List.of(id))))
                    .isEmpty();
        } finally {
            TenantContext.runAs(T, () -> results.removeResult(open, id));
        }
    }

    /**
     * In the editors: the workshop editor adds a lead already linked to an actor (the event page
     * links it), and the results editor names a result's responsible actor, which the organizer's
     * CSV then carries; both are undone afterwards.
     */
    /**
     * A recommendation of a series documentation names its actor on the series results page. The
     * first recommendation's row is not the page's last: a form repeated per row lost its input
     * there once, so the list is one form and the choice must arrive from any row.
     */
    @Test
    @RunAsClient
    void aSeriesRecommendationNamesItsActorOnTheSeriesResultsPage() {
        BackofficeBrowser bo = BackofficeBrowser.signedIn(base.toString(), "organizer@agsa.demo");
        bo.open("/organizer/agsa/series/regionalkonferenzen-2019/results");
        // no lambda over Selenium types: the class is also loaded in the container, without Selenium
        List<String> selects = ActorsPages.ids(bo, "select[id$='series-actor:actor']");
        assertThat(selects).as("one choice per recommendation of the series").hasSizeGreaterThan(2);
        String first = selects.get(0);
        String before = bo.chosen(first);
        String actor = "Akteur der Auslandsgesellschaft";
        bo.choose(first, actor);
        bo.submit(first.replace(":actor", ":assign-actor"));
        assertThat(bo.messages()).contains("Gespeichert");
        assertThat(bo.chosen(first)).isEqualTo(actor);
        assertThat(bo.driver()
                        .findElements(By.cssSelector(".series-recommendation .series-actor-now"))
                        .get(0)
                        .getText())
                .isEqualTo("Akteur: " + actor);
        A11y.assertNoViolations(bo.driver());
        assertThat(http().get("/t/agsa/actors/" + ActorsFixtures.OTHER_ACTOR).body())
                .as("the actor's page lists the series recommendation")
                .contains("/series/regionalkonferenzen-2019/documentation#");
        bo.choose(first, before);
        bo.submit(first.replace(":actor", ":assign-actor"));
        assertThat(bo.chosen(first)).isEqualTo(before);
    }

    @Test
    @RunAsClient
    void theEditorsChooseTheActorWhenAddingAPersonAndForAResult() {
        BackofficeBrowser bo = BackofficeBrowser.signedIn(base.toString(), "organizer@" + T + ".demo");
        bo.open("/organizer/" + T + "/events/" + ActorsFixtures.DEMO_EVENT + "/workshops");
        ActorsPages.chooseContaining(bo, "contribution-form:target", "Beschäftigung");
        bo.type("contribution-form:person_input", "IT Neu mit Akteur");
        bo.choose("contribution-form:actor", ActorsFixtures.ACTOR_NAME);
        bo.submit("contribution-form:add-person");
        assertThat(bo.driver().findElement(By.tagName("main")).getText())
                .contains("IT Neu mit Akteur", "Akteur: " + ActorsFixtures.ACTOR_NAME);
        assertThat(http().get("/t/" + T + "/e/" + ActorsFixtures.DEMO_EVENT).body())
                .contains("href=\"" + path(DIRECTORY + "/" + ActorsFixtures.ACTOR) + "\"");
        bo.submit(bo.driver()
                .findElement(By.xpath(
                        "//input[contains(@id,'remove-person') and contains(@aria-label,'IT Neu mit Akteur')]")));
        assertThat(bo.messages()).contains("ist entfernt");
        assertThat(
                        bo.driver()
                                .findElements(
                                        By.xpath(
                                                "//input[contains(@id,'remove-person') and contains(@aria-label,'IT Neu mit Akteur')]")))
                .as("removed again")
                .isEmpty();

        String open = de.fachtag.web.it.events.EventFixtures.OPEN;
        bo.open("/organizer/" + T + "/events/" + open + "/results");
        bo.submit(
                bo.driver().findElements(By.cssSelector("[id$='edit-result']")).get(0));
        bo.choose("result-form:result-actor", ActorsFixtures.ACTOR_NAME);
        bo.submit("result-form:add-result");
        assertThat(bo.messages()).contains("Gespeichert");
        A11y.assertNoViolations(bo.driver());
        String cookie = bo.sessionCookie();
        var csv = de.fachtag.web.it.registrations.Files.csv(de.fachtag.web.it.registrations.Files.get(
                        url("/organizer/" + T + "/events/" + open + "/results.csv"), cookie)
                .body());
        assertThat(csv.stream()
                        .filter(r -> r.size() > 12 && "1.1".equals(r.get(0)))
                        .findFirst()
                        .orElseThrow()
                        .toList())
                .contains(ActorsFixtures.ACTOR, ActorsFixtures.ACTOR_NAME);
        assertThat(http().get("/t/" + T + "/e/" + open + "/documentation").body())
                .as("the public documentation links the result's actor")
                .contains("class=\"doc-result-actor\" href=\"" + path(DIRECTORY + "/" + ActorsFixtures.ACTOR) + "\">"
                        + ActorsFixtures.ACTOR_NAME + "</a>");
        bo.submit(
                bo.driver().findElements(By.cssSelector("[id$='edit-result']")).get(0));
        assertThat(bo.chosen("result-form:result-actor")).isEqualTo(ActorsFixtures.ACTOR_NAME);
        bo.choose("result-form:result-actor", "kein Akteur");
        bo.submit("result-form:add-result");
        assertThat(bo.messages()).contains("Gespeichert");
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
