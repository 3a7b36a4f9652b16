package de.fachtag.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.web.it.backoffice.BackofficeBrowser;
import de.fachtag.web.it.browser.A11y;
import de.fachtag.web.it.browser.BrowserExtension;
import de.fachtag.web.it.browser.Http;
import de.fachtag.web.it.results.ResultsWorkFixtures;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The organizer's work after the event and the follow-up (issue 13, h13b), against the built WAR:
 * editing, removing (refused while used: provenance), setting aside and attaching pictures with a
 * text alternative; versions with their change log, the comparison and paragraph comments; the
 * follow-up state through the responsible person's personal link, shown with its date in the
 * public documentation; a workshop lead's link limited to its workshop; expired links refused
 * with a clear page, another tenant's tokens and ids 404; reminders once per period; axe-core on
 * every new page. Data: {@link ResultsWorkFixtures}, read through {@code /it-results-probe}. The
 * rules behind the pages, in the container: {@link FollowUpIT}.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class ResultsWorkIT {

    static final String T = ResultsWorkFixtures.TENANT;
    static final String E = ResultsWorkFixtures.EVENT;
    static final String NOT_FOUND = "Seite nicht gefunden";
    static final String RESULTS = "/organizer/" + T + "/events/" + E + "/results";
    static final String DOC = "/t/" + T + "/e/" + E + "/documentation";

    @ArquillianResource
    URL base;

    // --- the personal links ------------------------------------------------------------------------

    @Test
    @RunAsClient
    void theResponsiblePersonSetsTheStateThroughTheLinkAndTheDocumentationShowsItWithItsDate() {
        Map<String, String> ids = ids();
        String link = "/t/" + T + "/follow-up/" + ids.get("followUpToken");
        Http.Response page = http().get(link);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains(ResultsWorkFixtures.R1_TITLE, "Stand speichern");
        assertThat(page.header("Cache-Control").orElse("")).contains("no-store");
        assertThat(page.header("Referrer-Policy").orElse("")).isEqualTo("strict-origin");

        var browser = BrowserExtension.browser();
        browser.reset();
        BackofficeBrowser b = new BackofficeBrowser(browser.driver(), this::url);
        b.driver().get(url(link));
        A11y.assertNoViolations(b.driver());
        // adopted without a link: refused with a message, nothing changes
        b.choose("state-form:new-state", "ins Konzept übernommen");
        b.submit("state-form:save-state");
        assertThat(b.element("messages").getText()).contains("braucht einen Link");
        assertThat(b.element("state").getText()).contains("offen");
        b.choose("state-form:new-state", "ins Konzept übernommen");
        b.type("state-form:concept-link", "https://integrationskonzept.example/handlungsfeld-3#sprache");
        b.submit("state-form:save-state");
        assertThat(b.element("messages").getText()).contains("Danke");
        assertThat(b.element("state").getText()).contains("ins Konzept übernommen", "Zuletzt bestätigt am");
        assertThat(b.element("history").getText()).contains("ins Konzept übernommen");

        Http.Response doc = http().get(DOC);
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body())
                .contains(
                        "Stand: <strong>ins Konzept übernommen</strong>",
                        "href=\"https://integrationskonzept.example/handlungsfeld-3#sprache\"",
                        "Zuletzt bestätigt am",
                        "Verlauf des Stands",
                        "Verantwortlich: Sozialamt")
                .doesNotContain(ResultsWorkFixtures.R1_EMAIL);
        assertThat(http().get(DOC + "?lang=en").body()).contains("adopted into the concept", "Last confirmed on");
        A11y.assertNoViolations(b.driver(), url(DOC));
    }

    @Test
    @RunAsClient
    void anExpiredLinkIsRefusedWithAClearPageAndAnotherTenantsOrAWrongTokenIsNotFound() {
        Map<String, String> ids = ids();
        Http.Response expired = http().get("/t/" + T + "/workshop-results/" + ids.get("expiredToken"));
        assertThat(expired.status()).as(expired.toString()).isEqualTo(410);
        assertThat(expired.body()).contains("gilt nicht mehr").doesNotContain("result-form", "Kinderbetreuung");
        var browser = BrowserExtension.browser();
        browser.reset();
        A11y.assertNoViolations(browser.driver(), url("/t/" + T + "/workshop-results/" + ids.get("expiredToken")));

        for (String path : List.of(
                "/t/" + T + "/follow-up/" + ids.get("otherFollowUpToken"),
                "/t/" + T + "/workshop-results/" + ids.get("otherLeadToken"),
                "/t/" + T + "/workshop-results/" + ids.get("followUpToken"),
                "/t/" + T + "/follow-up/" + ids.get("leadToken"),
                "/t/" + T + "/follow-up/" + "A".repeat(43))) {
            Http.Response r = http().get(path);
            assertThat(r.status()).as(path + ": " + r).isEqualTo(404);
            assertThat(r.body()).as(path).contains(NOT_FOUND);
        }
        // the other tenant's token does work under its own tenant: the 404 above is isolation, not a broken token
        assertThat(http().get("/t/" + ResultsWorkFixtures.OTHER_TENANT + "/follow-up/" + ids.get("otherFollowUpToken"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    @RunAsClient
    void aWorkshopLeadEntersEditsAndRemovesResultsOfTheirWorkshopOnly() {
        Map<String, String> ids = ids();
        String link = "/t/" + T + "/workshop-results/" + ids.get("leadToken");
        var browser = BrowserExtension.browser();
        browser.reset();
        BackofficeBrowser b = new BackofficeBrowser(browser.driver(), this::url);
        b.driver().get(url(link));
        assertThat(b.driver().findElement(By.tagName("main")).getText())
                .contains("Sprache und Arbeit", ResultsWorkFixtures.USED_RESULT)
                .doesNotContain("Kinderbetreuung");
        A11y.assertNoViolations(b.driver());
        // nothing typed: a message, nothing stored
        b.submit("result-form:save-result");
        assertThat(b.element("messages").getText()).contains("Bitte");
        String text =
                "Lotsen begleiten zu den Kursen " + UUID.randomUUID().toString().substring(0, 8);
        b.choose("result-form:type", "Gutes Beispiel");
        b.type("result-form:text", text);
        b.submit("result-form:save-result");
        assertThat(b.element("messages").getText()).contains("gespeichert");
        assertThat(b.element("results").getText()).contains(text);
        // a used result cannot be removed by the lead either: no button for it
        assertThat(b.driver().findElements(By.cssSelector("input[aria-label='Ergebnis A.1 entfernen']")))
                .isEmpty();

        // the organizer sees it in workshop A
        BackofficeBrowser bo = BackofficeBrowser.signedIn(base.toString(), "organizer@" + T + ".demo");
        bo.open(RESULTS);
        assertThat(bo.driver().findElement(By.tagName("main")).getText()).contains(text);

        // the lead removes it again
        browser.driver().get(url(link));
        WebElement li = b.driver().findElements(By.cssSelector("#results > li")).stream()
                .filter(e -> e.getText().contains(text))
                .findFirst()
                .orElseThrow();
        b.submit(li.findElement(By.cssSelector("input[value='Entfernen']")));
        assertThat(b.element("messages").getText()).contains("entfernt");
        assertThat(b.driver().findElement(By.tagName("main")).getText()).doesNotContain(text);
    }

    @Test
    @RunAsClient
    void aWorkshopLeadPicksKeywordsFromTheVocabularyThroughTheLink() {
        Map<String, String> ids = ids();
        String link = "/t/" + T + "/workshop-results/" + ids.get("leadToken");
        var browser = BrowserExtension.browser();
        browser.reset();
        BackofficeBrowser b = new BackofficeBrowser(browser.driver(), this::url);
        b.driver().get(url(link));
        assertThat(b.element("result-form:keywords").getText())
                .contains(ResultsWorkFixtures.LEAD_KEYWORD)
                .doesNotContain("Fremdes Stichwort");
        String text = "Kursbegleitung durch Ehrenamtliche "
                + UUID.randomUUID().toString().substring(0, 8);
        b.choose("result-form:type", "Vorschlag/Maßnahme");
        b.type("result-form:text", text);
        keyword(b, ResultsWorkFixtures.LEAD_KEYWORD, true);
        b.submit("result-form:save-result");
        assertThat(b.element("messages").getText()).contains("gespeichert");
        WebElement li = leadResult(b, text);
        assertThat(li.getText()).contains("Stichwörter: " + ResultsWorkFixtures.LEAD_KEYWORD);
        A11y.assertNoViolations(b.driver());
        // the published documentation's index leads from the keyword to the lead's result
        String doc = http().get(DOC).body();
        String index = doc.substring(doc.indexOf("<h2 id=\"index\""));
        assertThat(index).contains(ResultsWorkFixtures.LEAD_KEYWORD);
        // in English the label is the English one
        assertThat(http().get(link + "?lang=en").body()).contains(ResultsWorkFixtures.LEAD_KEYWORD_EN);
        // editing keeps the keyword checked; unchecking it removes it from the result
        b.submit(leadResult(b, text).findElement(By.cssSelector("input[value='Bearbeiten']")));
        keyword(b, ResultsWorkFixtures.LEAD_KEYWORD, false);
        b.submit("result-form:save-result");
        assertThat(leadResult(b, text).getText()).doesNotContain("Stichwörter");
        // clean up: the lead removes the result again
        b.submit(leadResult(b, text).findElement(By.cssSelector("input[value='Entfernen']")));
        assertThat(b.element("messages").getText()).contains("entfernt");
    }

    /** Checks (or unchecks) a keyword of the lead's result form by its label; it must be in the wanted state before. */
    private static void keyword(BackofficeBrowser b, String label, boolean checked) {
        WebElement l = b.driver().findElements(By.cssSelector("[id='result-form:keywords'] label")).stream()
                .filter(e -> e.getText().equals(label))
                .findFirst()
                .orElseThrow();
        WebElement box = b.driver().findElement(By.id(l.getAttribute("for")));
        assertThat(box.isSelected()).as(label).isEqualTo(!checked);
        box.click();
    }

    private static WebElement leadResult(BackofficeBrowser b, String text) {
        return b.driver().findElements(By.cssSelector("#results > li")).stream()
                .filter(e -> e.getText().contains(text))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @RunAsClient
    void theDocumentationShowsAttendanceAndSectorsPerWorkshopProtectedAsInTheReports() throws Exception {
        Map<String, String> ids = ids();
        String body = http().get(DOC).body();
        int at = body.indexOf("id=\"figures-workshop-" + ids.get("workshopA") + "\"");
        assertThat(at).as("workshop A's figures").isPositive();
        String a = body.substring(at, body.indexOf("</ul>", at));
        // seven of workshop A checked in; the two people of the second sector are no figure of their own
        assertThat(a)
                .contains(
                        "Teilnahme (eingecheckt): 7", "Organisationen nach Bereich (bestätigte Anmeldungen):", "&lt; 5")
                .doesNotContain(": 2;", ": 2<", ": 1;", ": 1<");
        assertThat(body).contains("keine Zahl über weniger als 5 Personen", "Am Einlass eingecheckte Personen");
        assertThat(http().get(DOC + "?lang=en").body()).contains("Attendance (checked in): 7");
        // the PDF says the same and stays PDF/UA
        de.fachtag.web.it.registrations.Files.Download pdf =
                de.fachtag.web.it.registrations.Files.get(url(DOC + ".pdf"), null);
        assertThat(pdf.status()).isEqualTo(200);
        String text = String.join(" ", de.fachtag.web.print.PdfChecks.pages(pdf.body()));
        assertThat(text).contains("Teilnahme (eingecheckt): 7", "< 5");
        assertThat(de.fachtag.web.print.PdfChecks.pdfUaFailures(pdf.body())).isEmpty();
    }

    @Test
    @RunAsClient
    void theDocumentationShowsThePicturesWithTheirTextAlternativeOnThePageAndInThePdf() throws Exception {
        Map<String, String> ids = ids();
        String doc2 = "/t/" + T + "/e/" + ResultsWorkFixtures.EVENT_2 + "/documentation";
        String src = doc2 + "/pictures/" + ids.get("picture");
        String body = http().get(doc2).body();
        assertThat(body).contains("src=\"" + src + "\"", "alt=\"" + ResultsWorkFixtures.PICTURE_ALT + "\"");
        assertThat(http().get(doc2 + "?lang=en").body()).contains("alt=\"" + ResultsWorkFixtures.PICTURE_ALT_EN + "\"");
        Http.Response picture = http().get(src);
        assertThat(picture.status()).as(picture.toString()).isEqualTo(200);
        assertThat(picture.header("Content-Type").orElse("")).startsWith("image/png");
        // another tenant's picture, an unknown id and another tenant's address: not found
        for (String path : List.of(
                doc2 + "/pictures/" + ids.get("otherAttachment"),
                doc2 + "/pictures/" + UUID.randomUUID(),
                "/t/" + ResultsWorkFixtures.OTHER_TENANT + "/e/" + ResultsWorkFixtures.EVENT_2
                        + "/documentation/pictures/" + ids.get("picture"),
                DOC + "/pictures/" + ids.get("picture"))) {
            assertThat(http().get(path).status()).as(path).isEqualTo(404);
        }
        var browser = BrowserExtension.browser();
        browser.reset();
        A11y.assertNoViolations(browser.driver(), url(doc2));
        // the PDF: the picture is a figure whose alternate description is the text alternative; PDF/UA holds
        de.fachtag.web.it.registrations.Files.Download pdf =
                de.fachtag.web.it.registrations.Files.get(url(doc2 + ".pdf"), null);
        assertThat(pdf.status()).isEqualTo(200);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            List<String> alts = new java.util.ArrayList<>();
            figures(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            assertThat(alts).contains(ResultsWorkFixtures.PICTURE_ALT);
        }
        assertThat(de.fachtag.web.print.PdfChecks.pdfUaFailures(pdf.body())).isEmpty();
    }

    /** The alternate descriptions of every Figure of a structure tree. */
    private static void figures(List<Object> kids, List<String> alts) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if ("Figure".equals(e.getStructureType()) && e.getAlternateDescription() != null) {
                    alts.add(e.getAlternateDescription());
                }
                figures(e.getKids(), alts);
            }
        }
    }

    // --- the organizer's pages ---------------------------------------------------------------------

    @Test
    @RunAsClient
    void theOrganizerEditsSetsAsideAttachesAndCannotRemoveAUsedResult() throws Exception {
        Map<String, String> ids = ids();
        BackofficeBrowser bo = BackofficeBrowser.signedIn(base.toString(), "organizer@" + T + ".demo");
        bo.open(RESULTS);
        A11y.assertNoViolations(bo.driver());

        // provenance: the used result stays, the message names the recommendation
        bo.submit(bo.driver().findElement(By.cssSelector("input[aria-label='Ergebnis A.1 entfernen']")));
        assertThat(bo.element("messages").getText()).contains("eingeflossen", "-01");
        assertThat(bo.driver().findElement(By.tagName("main")).getText()).contains(ResultsWorkFixtures.USED_RESULT);

        // edit a result in the form it was recorded in
        bo.submit(bo.driver().findElement(By.cssSelector("input[aria-label='Ergebnis A.1 bearbeiten']")));
        assertThat(bo.element("result-form-title").getText()).isEqualTo("Ergebnis bearbeiten");
        assertThat(bo.value("result-form:text")).isEqualTo(ResultsWorkFixtures.USED_RESULT);
        bo.type("result-form:field-of-action", "Sprache und Bildung");
        bo.submit("result-form:add-result");
        assertThat(bo.element("messages").getText()).contains("Gespeichert");
        assertThat(bo.driver().findElement(By.tagName("main")).getText()).contains(ResultsWorkFixtures.USED_RESULT);

        // a picture without its text alternative is refused; with one it is attached and served to staff only
        Path png = Files.createTempFile("flipchart", ".png");
        Files.write(png, ResultsWorkFixtures.PIXEL);
        bo.element("attach-form:attach-file").sendKeys(png.toString());
        bo.submit("attach-form:attach");
        assertThat(bo.element("messages").getText()).contains("Textalternative");
        Path text = Files.createTempFile("kein-bild", ".png");
        Files.writeString(text, "kein Bild");
        bo.element("attach-form:attach-file").sendKeys(text.toString());
        bo.type("attach-form:attach-alt", "Flipchart");
        bo.submit("attach-form:attach");
        assertThat(bo.element("messages").getText()).contains("kein PNG- oder JPEG-Bild");
        bo.element("attach-form:attach-file").sendKeys(png.toString());
        bo.type("attach-form:attach-alt", "Flipchart mit drei Kursorten: Freiberg, Döbeln, Mittweida");
        bo.submit("attach-form:attach");
        WebElement img = bo.driver().findElement(By.cssSelector(".bo-attachments img"));
        assertThat(img.getAttribute("alt")).isEqualTo("Flipchart mit drei Kursorten: Freiberg, Döbeln, Mittweida");
        String src = img.getAttribute("src").substring(url("").length());
        Http.Response file = http().get(src, "FACHTAG_SESSION=" + bo.sessionCookie());
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type").orElse("")).startsWith("image/png");
        assertThat(http().get(src).status()).as("without a session").isNotEqualTo(200);
        A11y.assertNoViolations(bo.driver());

        // another tenant's picture, recommendation and result under this tenant's event: 404
        for (String path : List.of(
                RESULTS + "/attachments/" + ids.get("otherAttachment"),
                RESULTS + "/" + ids.get("otherRecommendation"),
                RESULTS + "/" + ids.get("usedResult"),
                RESULTS + "/" + UUID.randomUUID())) {
            Http.Response r = http().get(path, "FACHTAG_SESSION=" + bo.sessionCookie());
            assertThat(r.status()).as(path + ": " + r).isEqualTo(404);
        }

        // set aside with a reason, sent by Enter in the reason field as a keyboard user does: the
        // list is one form, so Enter must press this row's button, not the list's first one
        // (which would open the first result for editing)
        WebElement reason =
                bo.driver().findElements(By.cssSelector("input[id$=':reason']")).get(0);
        String reasonId = reason.getAttribute("id");
        bo.type(reasonId, "Im Workshop B schon behandelt");
        bo.pressEnter(reasonId);
        assertThat(bo.driver().findElement(By.tagName("main")).getText())
                .contains("Zurückgestellt: Im Workshop B schon behandelt");
    }

    @Test
    @RunAsClient
    void theRecommendationsPageShowsTheChangeLogTheComparisonAndParagraphComments() {
        Map<String, String> ids = ids();
        BackofficeBrowser bo = BackofficeBrowser.signedIn(base.toString(), "organizer@" + T + ".demo");
        bo.open(RESULTS + "/" + ids.get("r1"));
        assertThat(bo.driver().findElement(By.tagName("body")).getText())
                .contains(ResultsWorkFixtures.R1_TITLE, "Änderungsverlauf");
        assertThat(bo.element("versions").getText()).contains("Erste Redakteurin", "Zweiter Redakteur");
        String diff = bo.element("diff").getAttribute("innerHTML");
        assertThat(diff)
                .contains("<ins> jährlich</ins>", "<ins>und Döbeln </ins>")
                .doesNotContain("<del>");
        String comment = "Döbeln bestätigt? " + UUID.randomUUID().toString().substring(0, 8);
        bo.choose("comment-form:paragraph", "Absatz 2");
        bo.type("comment-form:comment-text", comment);
        bo.submit("comment-form:add-comment");
        assertThat(bo.element("paragraph-2").getText()).contains(comment);
        assertThat(bo.element("paragraph-1").getText()).doesNotContain(comment);
        // an empty comment: a message, nothing stored
        bo.submit("comment-form:add-comment");
        assertThat(bo.element("messages").getText()).contains("Bitte den Kommentar eingeben");
        A11y.assertNoViolations(bo.driver());
        // the same page of another tenant's recommendation is not found
        bo.driver().get(bo.url(RESULTS + "/" + ids.get("otherRecommendation")));
        assertThat(bo.driver().findElement(By.tagName("body")).getText()).contains(NOT_FOUND);
    }

    @Test
    @RunAsClient
    void theResultsOfAllEventsOfASeriesAreWorkedOnTogether() {
        String page = "/organizer/" + T + "/series/" + ResultsWorkFixtures.SERIES + "/results";
        BackofficeBrowser bo = BackofficeBrowser.signedIn(base.toString(), "organizer@" + T + ".demo");
        bo.open("/organizer/" + T + "/series");
        bo.submit(bo.driver()
                .findElement(By.cssSelector("a[href$='/series/" + ResultsWorkFixtures.SERIES + "/results']")));
        assertThat(bo.driver().getCurrentUrl()).endsWith(page);
        String main = bo.driver().findElement(By.tagName("main")).getText();
        assertThat(main)
                .contains(
                        "Nachbereitung im Test",
                        ResultsWorkFixtures.EVENT_2_TITLE,
                        ResultsWorkFixtures.USED_RESULT,
                        ResultsWorkFixtures.EVENT_2_RESULT,
                        "2 Veranstaltungen");
        assertThat(bo.element("series-check-open").getText()).contains(ResultsWorkFixtures.EVENT_2_TITLE + ": A.1");
        A11y.assertNoViolations(bo.driver());
        // set aside right here, for the second event
        WebElement item = bo.driver().findElements(By.cssSelector("#series-check-open > li")).stream()
                .filter(e -> e.getText().contains(ResultsWorkFixtures.EVENT_2_RESULT))
                .findFirst()
                .orElseThrow();
        String reasonId =
                item.findElement(By.cssSelector("input[id$=':reason']")).getAttribute("id");
        bo.type(reasonId, "Gehört in die Reihe zum Ehrenamt");
        bo.submit(reasonId.replace(":reason", ":set-aside"));
        assertThat(bo.driver().findElement(By.tagName("main")).getText())
                .contains("Zurückgestellt: Gehört in die Reihe zum Ehrenamt");
        // another tenant's series and one that does not exist: 404
        for (String slug : List.of(ResultsWorkFixtures.OTHER_SERIES, "gibt-es-nicht")) {
            Http.Response r = http().get(
                            "/organizer/" + T + "/series/" + slug + "/results",
                            "FACHTAG_SESSION=" + bo.sessionCookie());
            assertThat(r.status()).as(slug + ": " + r).isEqualTo(404);
        }
    }

    @Test
    @RunAsClient
    void staffWriteASeriesRecommendationFromResultsOfTwoEventsOnTheSeriesResultsPage() {
        String page = "/organizer/" + T + "/series/" + ResultsWorkFixtures.SERIES + "/results";
        BackofficeBrowser bo = BackofficeBrowser.signedIn(base.toString(), "organizer@" + T + ".demo");
        bo.open(page);
        assertThat(bo.present("series-recommendation-form:add-recommendation")).isTrue();
        // a set-aside result is not offered
        assertThat(bo.element("series-recommendation-form:sources").getText())
                .contains(ResultsWorkFixtures.SERIES_RESULT_1, ResultsWorkFixtures.SERIES_RESULT_2)
                .doesNotContain(ResultsWorkFixtures.SERIES_ASIDE);
        // without a result: refused with a message, nothing written
        String title = "Kursangebote der Reihe abstimmen "
                + UUID.randomUUID().toString().substring(0, 8);
        bo.type("series-recommendation-form:title", title);
        bo.type("series-recommendation-form:rec-text", "Die Landkreise stimmen ihre Kurse und Fahrdienste ab.");
        bo.submit("series-recommendation-form:add-recommendation");
        assertThat(bo.element("messages").getText()).contains("mindestens ein Ergebnis");
        assertThat(bo.driver().findElement(By.tagName("main")).getText()).doesNotContain(title);
        assertThat(bo.value("series-recommendation-form:title")).isEqualTo(title);
        // from one result of each event
        for (String text : List.of(ResultsWorkFixtures.SERIES_RESULT_1, ResultsWorkFixtures.SERIES_RESULT_2)) {
            WebElement label =
                    bo.driver().findElements(By.cssSelector("[id='series-recommendation-form:sources'] label")).stream()
                            .filter(l -> l.getText().contains(text))
                            .findFirst()
                            .orElseThrow();
            WebElement box = bo.driver().findElement(By.id(label.getAttribute("for")));
            if (!box.isSelected()) {
                box.click();
            }
        }
        bo.submit("series-recommendation-form:add-recommendation");
        assertThat(bo.element("messages").getText()).contains("Gespeichert");
        WebElement rec = bo.driver().findElements(By.cssSelector(".series-recommendation")).stream()
                .filter(e -> e.getText().contains(title))
                .findFirst()
                .orElseThrow();
        String heading = rec.findElement(By.tagName("h3")).getText();
        String identifier = heading.substring(0, heading.indexOf(' '));
        assertThat(identifier).as("numbered within the series document").matches("HE-\\d{4}-INR-\\d{2}");
        assertThat(rec.getText())
                .contains(
                        ResultsWorkFixtures.SERIES_RESULT_1,
                        ResultsWorkFixtures.SERIES_RESULT_2,
                        "Nachbereitung im Test",
                        ResultsWorkFixtures.EVENT_2_TITLE);
        // both results now say where they went, and neither is open in the check any more
        for (String text : List.of(ResultsWorkFixtures.SERIES_RESULT_1, ResultsWorkFixtures.SERIES_RESULT_2)) {
            WebElement item = bo.driver().findElements(By.cssSelector("li[id*='-result-']")).stream()
                    .filter(e -> e.getText().contains(text))
                    .findFirst()
                    .orElseThrow();
            assertThat(item.getText()).contains("Eingeflossen in", identifier);
        }
        if (bo.present("series-check-open")) {
            assertThat(bo.element("series-check-open").getText())
                    .doesNotContain(ResultsWorkFixtures.SERIES_RESULT_1, ResultsWorkFixtures.SERIES_RESULT_2);
        }
        A11y.assertNoViolations(bo.driver());
        // the series' documentation in the back office has it, with its sources in both events
        bo.submit(bo.element("series-documentation-page"));
        String doc = bo.driver().findElement(By.tagName("main")).getText();
        assertThat(doc).contains(identifier, title);
    }

    @Test
    @RunAsClient
    void aSeriesRecommendationHasItsOwnPageForTextVersionsCommentsAndFollowUpAndIsOrderedAndRemovedInTheList() {
        String page = "/organizer/" + T + "/series/" + ResultsWorkFixtures.SERIES + "/results";
        BackofficeBrowser bo = BackofficeBrowser.signedIn(base.toString(), "organizer@" + T + ".demo");
        bo.open(page);
        String title = "Reihe mit eigener Seite " + UUID.randomUUID().toString().substring(0, 8);
        bo.type("series-recommendation-form:title", title);
        bo.type("series-recommendation-form:rec-text", "Erster Absatz.");
        WebElement label =
                bo.driver().findElements(By.cssSelector("[id='series-recommendation-form:sources'] label")).stream()
                        .filter(l -> l.getText().contains(ResultsWorkFixtures.SERIES_RESULT_2))
                        .findFirst()
                        .orElseThrow();
        bo.driver().findElement(By.id(label.getAttribute("for"))).click();
        bo.submit("series-recommendation-form:add-recommendation");
        WebElement rec = seriesRecommendation(bo, title);
        String heading = rec.findElement(By.tagName("h3")).getText();
        String identifier = heading.substring(0, heading.indexOf(' '));
        assertThat(rec.getText()).contains("Stand: offen");

        // its own page: change the text (a new version), compare, comment, follow-up
        bo.submit(bo.element("page-" + identifier));
        String url = bo.driver().getCurrentUrl();
        assertThat(url)
                .matches(".*/organizer/" + T + "/series/" + ResultsWorkFixtures.SERIES + "/results/[0-9a-f-]{36}$");
        assertThat(bo.h1()).isEqualTo(identifier + " " + title);
        bo.type("text-form:text-de", "Erster Absatz.\n\nZweiter Absatz mit Fahrdienst.");
        bo.submit("text-form:save-text");
        assertThat(bo.element("messages").getText()).contains("Gespeichert");
        assertThat(bo.element("versions").getText()).contains("Fassung", "2");
        assertThat(bo.element("diff").getAttribute("innerHTML")).contains("<ins>");
        bo.type("text-form:title-de", " ");
        bo.submit("text-form:save-text");
        assertThat(bo.element("messages").getText()).contains("Titel");
        bo.open(url.substring(url.indexOf("/organizer/")));
        assertThat(bo.h1()).isEqualTo(identifier + " " + title);
        bo.choose("comment-form:paragraph", "Absatz 2");
        bo.type("comment-form:comment-text", "Wer fährt?");
        bo.submit("comment-form:add-comment");
        assertThat(bo.element("paragraph-2").getText()).contains("Wer fährt?");
        bo.choose("state-form:new-state", "in Prüfung");
        bo.submit("state-form:save-state");
        assertThat(bo.element("state").getText()).contains("in Prüfung");
        bo.type("responsible-form:responsible-name", "Frau Seitenreihe");
        bo.type("responsible-form:responsible-email", "seitenreihe@example.org");
        bo.submit("responsible-form:assign");
        assertThat(bo.element("links").getText()).contains("Frau Seitenreihe", "seitenreihe@example.org");
        assertThat(count("FOLLOW_UP_LINK", "seitenreihe@example.org")).isEqualTo(1);
        // as a clerk sees it at a desk and on a phone (screenshots in target/screenshots), axe-core included
        de.fachtag.web.it.browser.PageLook.atBothWidths(
                BrowserExtension.browser(), bo.driver().getCurrentUrl(), "series-recommendation");
        bo.submit(bo.driver().findElement(By.cssSelector("[id$=':revoke']")));
        assertThat(bo.element("links").getText()).contains("gesperrt");

        // the event's results page names it under "Eingeflossen in", linked to its page
        bo.open("/organizer/" + T + "/events/" + ResultsWorkFixtures.EVENT_2 + "/results");
        WebElement used = bo.driver().findElements(By.cssSelector("li[id*='result-']")).stream()
                .filter(e -> e.getText().contains(ResultsWorkFixtures.SERIES_RESULT_2))
                .findFirst()
                .orElseThrow();
        assertThat(used.getText()).contains("Eingeflossen in", identifier);
        assertThat(used.findElements(By.cssSelector("a.series-use")).stream()
                        .map(a -> a.getAttribute("href"))
                        .toList())
                .anyMatch(h -> h.endsWith(url.substring(url.indexOf("/organizer/"))));
        // ... and the event's drafting check no longer counts it as open, as the series page does not
        if (bo.present("check-open")) {
            assertThat(bo.element("check-open").getText()).doesNotContain(ResultsWorkFixtures.SERIES_RESULT_2);
        }
        A11y.assertNoViolations(bo.driver());

        // published, the series' documentation shows its state and the day it was last confirmed,
        // and the pictures and figures per workshop as the series PDF does
        String seriesDocBo = "/organizer/" + T + "/series/" + ResultsWorkFixtures.SERIES + "/documentation";
        String seriesDoc = "/t/" + T + "/series/" + ResultsWorkFixtures.SERIES + "/documentation";
        bo.open(seriesDocBo);
        if (bo.present("publication-form:publish")) {
            bo.submit("publication-form:publish");
        }
        assertThat(bo.present("publication-form:withdraw")).as(bo.messages()).isTrue();
        String body = http().get(seriesDoc).body();
        int at = body.indexOf("id=\"state-" + identifier + "\"");
        assertThat(at).as("the state line of " + identifier).isPositive();
        assertThat(body.substring(at, body.indexOf("</p>", at)))
                .contains("in Prüfung", "Frau Seitenreihe", "Zuletzt bestätigt am");
        assertThat(body).contains("Teilnahme (eingecheckt): 7", "keine Zahl über weniger als 5 Personen");
        assertThat(body).contains("alt=\"" + ResultsWorkFixtures.PICTURE_ALT + "\"");
        java.util.regex.Matcher img = java.util.regex.Pattern.compile(
                        "src=\"[^\"]*(/t/" + T + "/series/[^\"]+/documentation/pictures/[0-9a-f-]{36})\"")
                .matcher(body);
        assertThat(img.find()).as("a picture's address").isTrue();
        Http.Response picture = http().get(img.group(1));
        assertThat(picture.status()).as(picture.toString()).isEqualTo(200);
        assertThat(picture.header("Content-Type").orElse("")).startsWith("image/png");
        assertThat(http().get("/t/" + T + "/series/" + ResultsWorkFixtures.SERIES + "/documentation/pictures/"
                                + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        de.fachtag.web.it.browser.PageLook.atBothWidths(
                BrowserExtension.browser(), bo.url(seriesDoc), "series-documentation-with-state");
        bo.open(seriesDocBo);
        bo.submit("publication-form:withdraw");
        assertThat(http().get(img.group(1)).status())
                .as("withdrawn: no picture")
                .isEqualTo(404);

        // back in the list: ordered and removed there; the identifier never changes
        bo.open(url.substring(url.indexOf("/organizer/")));
        bo.submit(bo.element("back"));
        rec = seriesRecommendation(bo, title);
        assertThat(rec.getText()).contains("in Prüfung", "Frau Seitenreihe");
        bo.submit(rec.findElement(By.cssSelector("[id$=':series-order:up']")));
        assertThat(seriesRecommendation(bo, title).findElement(By.tagName("h3")).getText())
                .startsWith(identifier + " ");
        A11y.assertNoViolations(bo.driver());
        bo.submit(seriesRecommendation(bo, title)
                .findElement(By.cssSelector("[id$=':series-order:remove-recommendation']")));
        assertThat(bo.driver().findElement(By.tagName("main")).getText()).doesNotContain(title);

        // another tenant's series, an event's or another tenant's recommendation under the series: 404
        String id = url.substring(url.lastIndexOf('/') + 1);
        Map<String, String> ids = ids();
        for (String path : List.of(
                "/organizer/" + T + "/series/" + ResultsWorkFixtures.OTHER_SERIES + "/results/" + id,
                page + "/" + ids.get("r1"),
                page + "/" + ids.get("otherRecommendation"),
                page + "/" + id)) {
            Http.Response r = http().get(path, "FACHTAG_SESSION=" + bo.sessionCookie());
            assertThat(r.status()).as(path + ": " + r).isEqualTo(404);
        }
    }

    @Test
    @RunAsClient
    void aSeriesRecommendationsResultsKeywordsAndReferencesAreChangedOnTheSeriesResultsPage() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String page = "/organizer/" + T + "/series/" + ResultsWorkFixtures.SERIES + "/results";
        BackofficeBrowser bo = BackofficeBrowser.signedIn(base.toString(), "organizer@" + T + ".demo");
        // a result of each event of the series, only for this test
        String first = "Schulwege zu den Kursen sind lang " + run;
        String second = "Abends fährt kein Bus zu den Kursen " + run;
        addResult(bo, E, first);
        addResult(bo, ResultsWorkFixtures.EVENT_2, second);
        bo.open(page);
        String title = "Kurse erreichbar machen " + run;
        bo.type("series-recommendation-form:title", title);
        bo.type("series-recommendation-form:rec-text", "Die Landkreise prüfen die Wege.");
        check(bo, "series-recommendation-form:sources", first);
        bo.submit("series-recommendation-form:add-recommendation");
        assertThat(bo.messages()).contains("Gespeichert");
        String heading =
                seriesRecommendation(bo, title).findElement(By.tagName("h3")).getText();
        String identifier = heading.substring(0, heading.indexOf(' '));
        String dangling = identifier.substring(0, identifier.lastIndexOf('-') + 1) + "99";

        // "Bearbeiten" puts it into the form, which says so, and the focus goes there (the page
        // reloads at its top otherwise, far from the form)
        bo.submit(seriesRecommendation(bo, title)
                .findElement(By.cssSelector("[id$=':series-order:edit-recommendation']")));
        assertThat(bo.element("series-recommendation-form-title").getText())
                .isEqualTo("Empfehlung " + identifier + " bearbeiten");
        assertThat(bo.driver().switchTo().activeElement().getAttribute("id"))
                .isEqualTo("series-recommendation-form:title");
        assertThat(bo.value("series-recommendation-form:title")).isEqualTo(title);
        assertThat(bo.value("series-recommendation-form:rec-text")).isEqualTo("Die Landkreise prüfen die Wege.");
        assertThat(box(bo, "series-recommendation-form:sources", first).isSelected())
                .isTrue();
        assertThat(box(bo, "series-recommendation-form:sources", second).isSelected())
                .isFalse();
        A11y.assertNoViolations(bo.driver());

        // the other result instead, and a reference that points nowhere: refused naming it, nothing changed
        box(bo, "series-recommendation-form:sources", first).click();
        check(bo, "series-recommendation-form:sources", second);
        bo.type("series-recommendation-form:ref-target", dangling);
        bo.submit("series-recommendation-form:add-recommendation");
        assertThat(bo.messages()).contains(identifier + " → " + dangling);
        assertThat(seriesRecommendation(bo, title).getText()).contains(first).doesNotContain(second);
        assertThat(bo.element("series-recommendation-form-title").getText()).contains(identifier);

        // a result of another tenant slipped into the form: refused with a message, nothing changed
        WebElement smuggled = box(bo, "series-recommendation-form:sources", ResultsWorkFixtures.SERIES_RESULT_1);
        ((org.openqa.selenium.JavascriptExecutor) bo.driver())
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].checked = true;",
                        smuggled,
                        ids().get("otherResult"));
        bo.type("series-recommendation-form:ref-target", "");
        bo.submit("series-recommendation-form:add-recommendation");
        assertThat(bo.element("series-recommendation-form:sources-error").getText())
                .contains("nur Einträge aus der Liste");
        assertThat(seriesRecommendation(bo, title).getText()).contains(first).doesNotContain(second);

        // saved: the other result, a keyword, a new text; the identifier stays
        bo.open(page);
        bo.submit(seriesRecommendation(bo, title)
                .findElement(By.cssSelector("[id$=':series-order:edit-recommendation']")));
        box(bo, "series-recommendation-form:sources", first).click();
        check(bo, "series-recommendation-form:sources", second);
        check(bo, "series-recommendation-form:rec-keywords", ResultsWorkFixtures.LEAD_KEYWORD);
        bo.type("series-recommendation-form:rec-text", "Die Landkreise prüfen die Wege und die Busse am Abend.");
        bo.submit("series-recommendation-form:add-recommendation");
        assertThat(bo.messages()).contains("Gespeichert");
        assertThat(bo.present("series-recommendation-form:cancel-recommendation"))
                .as("edit mode left")
                .isFalse();
        WebElement rec = seriesRecommendation(bo, title);
        assertThat(rec.findElement(By.tagName("h3")).getText()).startsWith(identifier + " ");
        assertThat(rec.getText()).contains(second, "Busse am Abend").doesNotContain(first);
        // the result it no longer uses is open again in the series' check
        assertThat(bo.element("series-check-open").getText()).contains(first).doesNotContain(second);
        // the keyword and the new version are kept
        bo.submit(rec.findElement(By.cssSelector("[id$=':series-order:edit-recommendation']")));
        assertThat(box(bo, "series-recommendation-form:rec-keywords", ResultsWorkFixtures.LEAD_KEYWORD)
                        .isSelected())
                .isTrue();
        // "Abbrechen" leaves edit mode with an empty form
        bo.submit("series-recommendation-form:cancel-recommendation");
        assertThat(bo.element("series-recommendation-form-title").getText()).doesNotContain(identifier);
        assertThat(bo.value("series-recommendation-form:title")).isEmpty();
        assertThat(bo.present("series-recommendation-form:cancel-recommendation"))
                .isFalse();
        bo.submit(bo.element("page-" + identifier));
        assertThat(bo.element("versions").getText()).contains("Fassung", "2");

        // the new result names it under "Eingeflossen in" on its event's results page
        bo.open("/organizer/" + T + "/events/" + ResultsWorkFixtures.EVENT_2 + "/results");
        WebElement used = bo.driver().findElements(By.cssSelector("li[id*='result-']")).stream()
                .filter(e -> e.getText().contains(second))
                .findFirst()
                .orElseThrow();
        assertThat(used.getText()).contains("Eingeflossen in", identifier);
    }

    /** Records a result in the last workshop of an event on its results page. */
    private static void addResult(BackofficeBrowser bo, String event, String text) {
        bo.open("/organizer/" + T + "/events/" + event + "/results");
        org.openqa.selenium.support.ui.Select place =
                new org.openqa.selenium.support.ui.Select(bo.element("result-form:place"));
        place.selectByIndex(place.getOptions().size() - 1);
        bo.choose("result-form:type", "Bedarf");
        bo.type("result-form:text", text);
        bo.submit("result-form:add-result");
        assertThat(bo.messages()).contains("Gespeichert");
    }

    private static WebElement box(BackofficeBrowser bo, String listId, String labelText) {
        WebElement label = bo.driver().findElements(By.cssSelector("[id='" + listId + "'] label")).stream()
                .filter(l -> l.getText().contains(labelText))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no choice " + labelText + " in " + listId));
        return bo.driver().findElement(By.id(label.getAttribute("for")));
    }

    private static WebElement seriesRecommendation(BackofficeBrowser bo, String title) {
        return bo.driver().findElements(By.cssSelector(".series-recommendation")).stream()
                .filter(e -> e.getText().contains(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no series recommendation " + title));
    }

    /**
     * Issue 13's "Done means", end to end as people do it: an organizer of agsa records results for
     * three workshops, writes a recommendation from them, publishes the documentation (page and PDF
     * with its keyword index), names a responsible person, who follows the link of the delivered
     * mail (GreenMail) and sets the state; the public page shows the new state with its date.
     */
    @Test
    @RunAsClient
    void doneMeansResultsOfThreeWorkshopsBecomeARecommendationPublishedAndFollowedUpThroughTheMailedLink()
            throws Exception {
        String a = "agsa";
        String event = ResultsWorkFixtures.DONE_EVENT;
        String results = "/organizer/" + a + "/events/" + event + "/results";
        String doc = "/t/" + a + "/e/" + event + "/documentation";
        String run = UUID.randomUUID().toString().substring(0, 6);
        String keyword = "Ankommen im Landkreis " + run;
        BackofficeBrowser bo = BackofficeBrowser.signedIn(base.toString(), "organizer@" + a + ".demo");
        bo.open(results);
        bo.type("keyword-form:label-de", keyword);
        bo.type("keyword-form:label-en", "Arriving in the district " + run);
        bo.submit("keyword-form:add-keyword");
        assertThat(bo.messages()).contains("Gespeichert");
        List<String> texts = List.of(
                "Sprachkurse mit Kinderbetreuung fehlen " + run,
                "Eltern kennen die Beratungsstellen nicht " + run,
                "Wohnungen für Familien sind knapp " + run);
        List<String> places = List.of("A – Sprache und Arbeit", "B – Familie und Bildung", "C – Wohnen und Ankommen");
        for (int i = 0; i < 3; i++) {
            bo.choose("result-form:place", places.get(i));
            bo.choose("result-form:type", i == 2 ? "Problem" : "Bedarf");
            bo.type("result-form:text", texts.get(i));
            check(bo, "result-form:keywords", keyword);
            bo.submit("result-form:add-result");
            assertThat(bo.messages()).contains("Gespeichert");
        }
        String title = "Ankommen begleiten " + run;
        bo.type("recommendation-form:title", title);
        bo.type("recommendation-form:rec-text", "Der Landkreis bündelt Kurse, Beratung und Wohnungssuche.");
        for (String text : texts) {
            check(bo, "recommendation-form:sources", text);
        }
        check(bo, "recommendation-form:rec-keywords", keyword);
        bo.submit("recommendation-form:add-recommendation");
        assertThat(bo.messages()).contains("Gespeichert");
        assertThat(bo.present("check-ok")).as("every result is used").isTrue();
        bo.submit("publication-form:publish");

        Http.Response page = http().get(doc);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        String body = page.body();
        String identifier = body.replaceAll("(?s).*<h3 id=\"(HE-[A-Z0-9-]+-01)\".*", "$1");
        assertThat(identifier).startsWith("HE-");
        String index = body.substring(body.indexOf("<h2 id=\"index\""));
        assertThat(index).contains(keyword, "<a href=\"#" + identifier + "\">");
        assertThat(index.split("href=\"#result-").length - 1)
                .as("the three results in the index")
                .isEqualTo(3);
        de.fachtag.web.it.registrations.Files.Download pdf =
                de.fachtag.web.it.registrations.Files.get(url(doc + ".pdf"), null);
        assertThat(pdf.status()).isEqualTo(200);
        String pdfText = String.join(" ", de.fachtag.web.print.PdfChecks.pages(pdf.body()));
        assertThat(pdfText).contains("Stichwortverzeichnis", keyword, identifier, title);

        // the responsible person gets the link by mail, delivered through the outbox
        String address = "verantwortlich-" + run + "@agsa.test";
        bo.open(results);
        bo.submit(bo.element("page-" + identifier));
        bo.type("responsible-form:responsible-name", "Sozialamt " + run);
        bo.type("responsible-form:responsible-email", address);
        bo.submit("responsible-form:assign");
        assertThat(bo.messages()).contains("Gespeichert");
        long until = System.currentTimeMillis() + 90_000;
        List<jakarta.mail.internet.MimeMessage> mails = de.fachtag.web.it.actors.ActorsPages.mailsTo(address);
        while (mails.isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(250);
            mails = de.fachtag.web.it.actors.ActorsPages.mailsTo(address);
        }
        assertThat(mails).as("the outbox delivered the mail").hasSize(1);
        String text = de.fachtag.web.it.actors.ActorsPages.plainText(mails.get(0));
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(
                        "https?://\\S+(/t/" + a + "/follow-up/[A-Za-z0-9_-]{43})")
                .matcher(text);
        assertThat(link.find()).as("a personal link in: " + text).isTrue();
        assertThat(text).contains(identifier, ResultsWorkFixtures.DONE_EVENT_TITLE);

        var browser = BrowserExtension.browser();
        browser.reset();
        BackofficeBrowser person = new BackofficeBrowser(browser.driver(), this::url);
        person.driver().get(url(link.group(1)));
        person.choose("state-form:new-state", "in Umsetzung");
        person.submit("state-form:save-state");
        assertThat(person.element("state").getText()).contains("in Umsetzung");

        String after = http().get(doc).body();
        int at = after.indexOf("id=\"state-" + identifier + "\"");
        assertThat(at).isPositive();
        String today = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
                .format(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")));
        assertThat(after.substring(at, after.indexOf("</p>", at)))
                .contains("in Umsetzung", "Sozialamt " + run, "Zuletzt bestätigt am " + today);
    }

    /** Ticks the checkbox of a {@code h:selectManyCheckbox} whose label contains the text. */
    private static void check(BackofficeBrowser bo, String listId, String labelText) {
        WebElement label = bo.driver().findElements(By.cssSelector("[id='" + listId + "'] label")).stream()
                .filter(l -> l.getText().contains(labelText))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no choice " + labelText + " in " + listId));
        WebElement box = bo.driver().findElement(By.id(label.getAttribute("for")));
        if (!box.isSelected()) {
            box.click();
        }
    }

    @Test
    @RunAsClient
    void aReminderGoesOutOncePerPeriodThroughTheOutboxWithoutAStoredToken() {
        Instant later = Instant.now().plus(Duration.ofDays(100));
        String to = ResultsWorkFixtures.R2_EMAIL;
        long before = count("FOLLOW_UP_REMINDER", to);
        probe("remind?at=" + later);
        assertThat(count("FOLLOW_UP_REMINDER", to)).as("first period").isEqualTo(before + 1);
        probe("remind?at=" + later.plusSeconds(60));
        assertThat(count("FOLLOW_UP_REMINDER", to)).as("the same period again").isEqualTo(before + 1);
        assertThat(probe("mails?kind=FOLLOW_UP_REMINDER&to=" + to).get("placeholderOnly"))
                .isEqualTo("true");
        assertThat(probe("mails?kind=FOLLOW_UP_LINK&to=" + to).get("count")).isEqualTo("1");
    }

    // --- helpers ------------------------------------------------------------------------------------

    private long count(String kind, String to) {
        return Long.parseLong(probe("mails?kind=" + kind + "&to=" + to).get("count"));
    }

    private Map<String, String> ids() {
        return probe("ids");
    }

    private Map<String, String> probe(String action) {
        Http.Response r = http().get("/it-results-probe/" + action);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        Map<String, String> values = new HashMap<>();
        for (String line : r.body().split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return values;
    }

    private Http http() {
        return new Http(URI.create(base.toString()));
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
