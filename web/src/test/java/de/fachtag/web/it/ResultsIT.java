package de.fachtag.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.web.it.backoffice.BackofficeBrowser;
import de.fachtag.web.it.browser.A11y;
import de.fachtag.web.it.browser.BrowserExtension;
import de.fachtag.web.it.browser.Http;
import de.fachtag.web.it.events.EventFixtures;
import de.fachtag.web.it.results.ResultsFixtures;
import java.net.URI;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Results, recommendations and the published documentation against the built WAR: the public
 * page with its contents, cross-references as links and keyword index (German and English), 404
 * for an unpublished documentation, a draft and another tenant's event; the organizer's page with
 * both directions of provenance and the drafting check, 404 for another tenant's event; axe-core
 * on both pages. Data: {@link ResultsFixtures}.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class ResultsIT {

    static final String T = EventFixtures.TENANT;
    static final String NOT_FOUND = "Seite nicht gefunden";
    static final String DOC = "/t/" + T + "/e/" + EventFixtures.OPEN + "/documentation";
    static final String BACKOFFICE = "/organizer/" + T + "/events/" + EventFixtures.OPEN + "/results";

    @ArquillianResource
    URL base;

    @Test
    @RunAsClient
    void thePublishedDocumentationLinksResultsRecommendationsAndItsKeywordIndex() {
        Http.Response page = http().get(DOC);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        String body = page.body();
        assertThat(body)
                .contains(
                        "href=\"#index\"",
                        "Zum Stichwortverzeichnis springen",
                        "Inhalt",
                        "Programm",
                        ResultsFixtures.RESULT_TEXT,
                        ResultsFixtures.RECOMMENDATION,
                        "Stichwortverzeichnis",
                        ResultsFixtures.KEYWORD,
                        "Beschäftigung");
        // the first recommendation's identifier: a heading anchor, linked from the second one ("ergänzt") and from the
        // index
        String id = body.replaceAll("(?s).*<h3 id=\"(HE-[A-Z0-9-]+-01)\".*", "$1");
        assertThat(id).startsWith("HE-").endsWith("-01");
        assertThat(body).contains("ergänzt <a href=\"#" + id + "\">" + id + "</a>");
        String index = body.substring(body.indexOf("<h2 id=\"index\""));
        assertThat(index)
                .as("the index links the keyword's result and recommendation")
                .contains(ResultsFixtures.KEYWORD, "<a href=\"#result-", "<a href=\"#" + id + "\">" + id + "</a>");
        // headings in order: one h1, then h2 and h3 only
        assertThat(body.split("<h1").length - 1).isEqualTo(1);
        assertThat(body).doesNotContain("<h4", "<h5");

        Http.Response en = http().get(DOC + "?lang=en");
        assertThat(en.status()).isEqualTo(200);
        assertThat(en.body())
                .contains(
                        "Keyword index",
                        ResultsFixtures.KEYWORD_EN,
                        "Recognition of foreign qualifications",
                        "supplements");
    }

    @Test
    @RunAsClient
    void anUnpublishedDocumentationADraftAndAnotherTenantsEventAre404() {
        Http http = http();
        for (String path : List.of(
                "/t/" + T + "/e/" + EventFixtures.PAST + "/documentation",
                "/t/" + T + "/e/" + EventFixtures.DRAFT + "/documentation",
                "/t/" + T + "/e/no-such-event/documentation",
                "/t/" + EventFixtures.OTHER_TENANT + "/e/" + EventFixtures.OPEN + "/documentation")) {
            Http.Response r = http.get(path);
            assertThat(r.status()).as(path + ": " + r).isEqualTo(404);
            assertThat(r.body()).as(path).contains(NOT_FOUND);
        }
    }

    @Test
    @RunAsClient
    void theDocumentationPassesAxe() {
        var browser = BrowserExtension.browser();
        browser.reset();
        A11y.assertNoViolations(browser.driver(), url(DOC));
        A11y.assertNoViolations(browser.driver(), url(DOC + "?lang=en"));
    }

    @Test
    @RunAsClient
    void theOrganizerSeesBothDirectionsAndTheCheckAndAnotherTenantsEventIs404() {
        BackofficeBrowser bo = BackofficeBrowser.signedIn(base.toString(), "organizer@" + T + ".demo");
        bo.open(BACKOFFICE);
        String page = bo.driver().findElement(By.tagName("main")).getText();
        assertThat(page)
                .contains(
                        ResultsFixtures.RESULT_TEXT,
                        ResultsFixtures.RECOMMENDATION,
                        "Eingeflossen in",
                        "Hergeleitet aus",
                        "Die Dokumentation ist veröffentlicht.");
        assertThat(bo.element("check-open").getText())
                .as("the open question is neither used nor set aside")
                .contains("Wer finanziert die Lotsen");
        A11y.assertNoViolations(bo.driver());

        bo.driver().get(bo.url("/organizer/" + T + "/events/" + EventFixtures.OTHER_TENANTS + "/results"));
        assertThat(bo.driver().findElement(By.tagName("body")).getText())
                .as("another tenant's event")
                .contains(NOT_FOUND);
    }

    private Http http() {
        return new Http(URI.create(base.toString()));
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
