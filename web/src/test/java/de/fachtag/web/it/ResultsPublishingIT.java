package de.fachtag.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.web.it.backoffice.BackofficeBrowser;
import de.fachtag.web.it.browser.A11y;
import de.fachtag.web.it.browser.BrowserExtension;
import de.fachtag.web.it.browser.Http;
import de.fachtag.web.it.registrations.Files;
import de.fachtag.web.it.results.PublishingFixtures;
import de.fachtag.web.print.PdfChecks;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.json.Json;

/**
 * The publishing side of results and recommendations against the built WAR, on the demo as it
 * ships (imported from agsa.yaml and the event files at start): the series documentation of the
 * four 2019 regional conferences (a recommendation written from results of three conferences,
 * cross-references as links, a keyword index complete against the export, German and English,
 * axe-core), the PDF/UA-1 documentation (PDFBox: bookmarks and the index with page numbers;
 * veraPDF), the exports as CSV, XLSX and JSON with the same contents, and 404 for an unpublished,
 * unknown or another tenant's series and for another tenant's organizer. Publishing a
 * documentation that refers into another one is refused with the place named
 * ({@link PublishingFixtures}).
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class ResultsPublishingIT {

    static final String AGSA = "agsa";
    static final String SERIES = "regionalkonferenzen-2019";
    static final String SERIES_DOC = "/t/" + AGSA + "/series/" + SERIES + "/documentation";
    static final String EVENT = "stadt-land-dorf-2024";
    static final String NOT_FOUND = "Seite nicht gefunden";

    @ArquillianResource
    URL base;

    @Test
    @RunAsClient
    void theSeriesDocumentationLinksResultsOfEveryConferenceRecommendationsAndItsIndex() {
        Http.Response page = http().get(SERIES_DOC);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        String body = page.body();
        assertThat(body)
                .contains(
                        "href=\"#index\"",
                        "Zum Stichwortverzeichnis springen",
                        "Inhalt",
                        "Veranstaltungen und Ergebnisse",
                        "beispielhaft",
                        "Magdeburg",
                        "Dessau-Roßlau",
                        "Stendal",
                        "Halle (Saale)",
                        "HE-2019-RK-01",
                        "HE-2019-RK-06",
                        "Stichwortverzeichnis",
                        "Orientierung im Konzept");
        // one recommendation from results of two conferences: its sources link the results of both
        String rk03 = section(body, "HE-2019-RK-03");
        assertThat(rk03).contains(">1.3</a>", ">2.1</a>", ">2.3</a>");
        // cross-references as links, both directions
        assertThat(section(body, "HE-2019-RK-04")).contains("ergänzt <a href=\"#HE-2019-RK-01\">HE-2019-RK-01</a>");
        assertThat(section(body, "HE-2019-RK-01")).contains("Verwiesen von", "<a href=\"#HE-2019-RK-04\">");
        // headings in order: one h1, h2 for the parts, h3 for events and recommendations, h4 for places
        assertThat(body.split("<h1").length - 1).isEqualTo(1);
        assertThat(body).doesNotContain("<h5");
        // every link inside the page points at an id the page has
        Set<String> ids = new TreeSet<>();
        Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(body);
        while (id.find()) {
            ids.add(id.group(1));
        }
        Matcher href = Pattern.compile("href=\"#([^\"]+)\"").matcher(body);
        while (href.find()) {
            assertThat(ids).as("the target of #" + href.group(1)).contains(href.group(1));
        }

        Http.Response en = http().get(SERIES_DOC + "?lang=en");
        assertThat(en.status()).isEqualTo(200);
        assertThat(en.body())
                .contains("Keyword index", "Rural areas", "Make counselling reachable everywhere", "supplements");
    }

    @Test
    @RunAsClient
    void theIndexListsEveryKeywordWithEveryPlaceTheExportNames() {
        Map<String, Set<String>> index = index(http().get(SERIES_DOC).body());
        Map<String, Object> json = json(organizerFile("/organizer/" + AGSA + "/series/" + SERIES + "/results.json")
                .body());
        int places = 0;
        for (Map<String, String> r : list(json, "results")) {
            for (String keyword : split(r.get("keywords"))) {
                assertThat(index.get(keyword)).as("index entry " + keyword).contains(r.get("label"));
                places++;
            }
        }
        for (Map<String, String> r : list(json, "recommendations")) {
            for (String keyword : split(r.get("keywords"))) {
                assertThat(index.get(keyword)).as("index entry " + keyword).contains(r.get("identifier"));
                places++;
            }
        }
        assertThat(places)
                .as("every place of every keyword, and no other")
                .isEqualTo(index.values().stream().mapToInt(Set::size).sum());
        assertThat(index).doesNotContainKey("");
    }

    @Test
    @RunAsClient
    void exportsCarryTheSameContentsInEveryFormatAndAnotherTenantGets404() {
        String cookie = BackofficeBrowser.signedIn(base.toString(), "organizer@" + AGSA + ".demo")
                .sessionCookie();
        for (String path : List.of(
                "/organizer/" + AGSA + "/series/" + SERIES + "/results",
                "/organizer/" + AGSA + "/events/" + EVENT + "/results")) {
            Files.Download csv = Files.get(url(path + ".csv"), cookie);
            Files.Download xlsx = Files.get(url(path + ".xlsx"), cookie);
            Files.Download json = Files.get(url(path + ".json"), cookie);
            assertThat(List.of(csv.status(), xlsx.status(), json.status()))
                    .as(path)
                    .containsOnly(200);
            assertThat(csv.contentType()).startsWith("text/csv");

            // CSV: title, blank, "Ergebnisse", headings, rows …, blank, "Handlungsempfehlungen", headings, rows
            List<List<String>> records =
                    Files.csv(csv.body()).stream().map(CSVRecord::toList).toList();
            int resultsAt = records.indexOf(List.of("Ergebnisse"));
            int recsAt = records.indexOf(List.of("Handlungsempfehlungen"));
            List<List<String>> csvResults = records.subList(resultsAt + 2, recsAt).stream()
                    .filter(r -> r.size() > 1)
                    .toList();
            List<List<String>> csvRecs = records.subList(recsAt + 2, records.size());

            Map<String, List<List<String>>> sheets = Files.xlsxSheets(xlsx.body());
            List<List<String>> xlsxResults = pad(
                    sheets.get("Ergebnisse").subList(1, sheets.get("Ergebnisse").size()), 11);
            List<List<String>> xlsxRecs = pad(
                    sheets.get("Handlungsempfehlungen")
                            .subList(1, sheets.get("Handlungsempfehlungen").size()),
                    8);

            Map<String, Object> body = json(json.body());
            List<List<String>> jsonResults = list(body, "results").stream()
                    .map(m -> List.copyOf(m.values()))
                    .toList();
            List<List<String>> jsonRecs = list(body, "recommendations").stream()
                    .map(m -> List.copyOf(m.values()))
                    .toList();

            assertThat(csvResults)
                    .as(path + ": results")
                    .isNotEmpty()
                    .isEqualTo(xlsxResults)
                    .isEqualTo(jsonResults);
            assertThat(csvRecs)
                    .as(path + ": recommendations")
                    .hasSize(6)
                    .isEqualTo(xlsxRecs)
                    .isEqualTo(jsonRecs);
        }

        String other = BackofficeBrowser.signedIn(base.toString(), "organizer@mittelsachsen.demo")
                .sessionCookie();
        for (String path : List.of(
                "/organizer/" + AGSA + "/series/" + SERIES + "/results.csv",
                "/organizer/mittelsachsen/series/" + SERIES + "/results.json",
                "/organizer/mittelsachsen/events/" + EVENT + "/results.xlsx")) {
            assertThat(Files.get(url(path), other).status()).as(path).isEqualTo(404);
        }
        assertThat(Files.get(url("/organizer/" + AGSA + "/series/" + SERIES + "/results.csv"), null)
                        .status())
                .as("without an account")
                .isNotEqualTo(200);
    }

    @Test
    @RunAsClient
    void theDocumentationPdfHasBookmarksAnIndexWithPageNumbersAndPassesVeraPdf() throws IOException {
        for (String path : List.of(SERIES_DOC + ".pdf", "/t/" + AGSA + "/e/" + EVENT + "/documentation.pdf")) {
            Files.Download pdf = Files.get(url(path), null);
            assertThat(pdf.status()).as(path).isEqualTo(200);
            assertThat(pdf.contentType()).startsWith("application/pdf");
            PdfChecks.keep(pdf.body(), path.replaceAll("[^a-z0-9]+", "-") + ".pdf");
            try (PDDocument doc = Loader.loadPDF(pdf.body())) {
                List<String> marks = new ArrayList<>();
                for (PDOutlineItem item :
                        doc.getDocumentCatalog().getDocumentOutline().children()) {
                    marks.add(item.getTitle());
                    item.children().forEach(child -> marks.add(child.getTitle()));
                }
                assertThat(marks).as(path).contains("Inhalt", "Handlungsempfehlungen", "Stichwortverzeichnis");
                assertThat(marks.stream().filter(m -> m.startsWith("HE-")).count())
                        .as(path)
                        .isEqualTo(6);
            }
            String text = String.join(" ", PdfChecks.pages(pdf.body()));
            assertThat(text)
                    .as(path + ": index entries with page numbers")
                    .containsPattern("Ländlicher Raum \\(auch: [^)]*\\):[ ,]*" + "[0-9.A-Z]+ \\(S\\. [0-9]+\\)");
            assertThat(text)
                    .as(path + ": cross-references with page numbers")
                    .contains("siehe", "ergänzt")
                    .containsPattern("HE-20[0-9]{2}-[A-Z]+-0[0-9] \\(S\\. [0-9]+\\)");
            assertThat(PdfChecks.pdfUaFailures(pdf.body())).as(path).isEmpty();
        }
        String sld = String.join(
                " ",
                PdfChecks.pages(Files.get(url("/t/" + AGSA + "/e/" + EVENT + "/documentation.pdf"), null)
                        .body()));
        assertThat(sld).as("the funder's notice").contains("in Kooperation mit dem Ministerium für Arbeit");
    }

    @Test
    @RunAsClient
    void unpublishedUnknownAndOtherTenantsSeriesAre404() {
        Http http = http();
        for (String path : List.of(
                "/t/" + AGSA + "/series/fachtag-ikoe/documentation",
                "/t/" + AGSA + "/series/no-such-series/documentation",
                "/t/mittelsachsen/series/" + SERIES + "/documentation",
                "/t/mittelsachsen/series/" + PublishingFixtures.DANGLING_SERIES + "/documentation",
                "/t/" + AGSA + "/series/" + PublishingFixtures.DANGLING_SERIES + "/documentation",
                "/t/mittelsachsen/series/" + SERIES + "/documentation.pdf",
                "/t/" + AGSA + "/series/fachtag-ikoe/documentation.pdf",
                "/t/mittelsachsen/e/" + EVENT + "/documentation.pdf")) {
            Http.Response r = http.get(path);
            assertThat(r.status()).as(path + ": " + r).isEqualTo(404);
        }
        assertThat(http.get("/t/" + AGSA + "/series/no-such-series/documentation")
                        .body())
                .contains(NOT_FOUND);
        assertThat(http.get("/_documentation/series-pdf/" + SERIES).status())
                .as("the servlet only through its route")
                .isEqualTo(404);
    }

    @Test
    @RunAsClient
    void theSeriesPagesPassAxe() {
        var browser = BrowserExtension.browser();
        browser.reset();
        A11y.assertNoViolations(browser.driver(), url(SERIES_DOC));
        A11y.assertNoViolations(browser.driver(), url(SERIES_DOC + "?lang=en"));
        A11y.assertNoViolations(browser.driver(), url("/t/" + AGSA + "/e/" + EVENT + "/documentation"));
        BackofficeBrowser bo = BackofficeBrowser.signedIn(base.toString(), "organizer@" + AGSA + ".demo");
        bo.open("/organizer/" + AGSA + "/series/" + SERIES + "/documentation");
        assertThat(bo.element("publication-state").getText()).contains("ist veröffentlicht");
        A11y.assertNoViolations(bo.driver());
        bo.driver()
                .get(bo.url("/organizer/" + AGSA + "/series/" + PublishingFixtures.DANGLING_SERIES + "/documentation"));
        assertThat(bo.driver().getPageSource()).as("another tenant's series").contains(NOT_FOUND);
    }

    @Test
    @RunAsClient
    void publishingADocumentationThatRefersIntoAnotherIsRefusedNamingThePlace() {
        BackofficeBrowser bo =
                BackofficeBrowser.signedIn(base.toString(), "organizer@" + PublishingFixtures.TENANT + ".demo");
        bo.open("/organizer/" + PublishingFixtures.TENANT + "/series/" + PublishingFixtures.DANGLING_SERIES
                + "/documentation");
        bo.submit("publication-form:publish");
        assertThat(bo.messages()).contains("HE-IT-V-01 → HE-IT-A-01");
        assertThat(bo.element("publication-state").getText())
                .as("nothing changed")
                .contains("nicht veröffentlicht");
        assertThat(http().get("/t/" + PublishingFixtures.TENANT + "/series/" + PublishingFixtures.DANGLING_SERIES
                                + "/documentation")
                        .status())
                .isEqualTo(404);
    }

    @Test
    @RunAsClient
    void theReportsCountTheTenantsRecommendationsByFieldOfActionAndState() {
        BackofficeBrowser bo = BackofficeBrowser.signedIn(base.toString(), "organizer@" + AGSA + ".demo");
        bo.open("/organizer/" + AGSA + "/reports");
        List<List<String>> rows = bo
                .driver()
                .findElements(org.openqa.selenium.By.cssSelector("#recommendations-by-field tbody tr"))
                .stream()
                .map(tr -> tr.findElements(org.openqa.selenium.By.cssSelector("th, td")).stream()
                        .map(org.openqa.selenium.WebElement::getText)
                        .toList())
                .toList();
        assertThat(rows)
                .as("B1, B2, B4 and B3: two recommendations of Stadt – Land – Dorf")
                .contains(List.of("Arbeit und Ausbildung", "2", "0", "2"));
        // the demo's twelve are published; other test classes may add drafts to this tenant, never published ones
        List<String> all = rows.get(rows.size() - 1);
        assertThat(all.subList(0, 2))
                .as("this tenant's twelve published, each once, none of another tenant's")
                .containsExactly("Alle Handlungsempfehlungen", "12");
        long total = Long.parseLong(all.get(3));
        assertThat(total).as("published and drafts add up").isEqualTo(12 + Long.parseLong(all.get(2)));
        List<List<String>> states = bo
                .driver()
                .findElements(org.openqa.selenium.By.cssSelector("#recommendations-by-state tbody tr"))
                .stream()
                .map(tr -> tr.findElements(org.openqa.selenium.By.cssSelector("th, td")).stream()
                        .map(org.openqa.selenium.WebElement::getText)
                        .toList())
                .toList();
        assertThat(states).as("every state, then all").hasSize(7);
        assertThat(states.get(0).get(0)).isEqualTo("offen");
        assertThat(states.subList(0, 6).stream()
                        .mapToLong(r -> Long.parseLong(r.get(1)))
                        .sum())
                .as("the states add up")
                .isEqualTo(total);
        assertThat(states.get(6)).containsExactly("Alle Handlungsempfehlungen", Long.toString(total));
        A11y.assertNoViolations(bo.driver());
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** The section of a recommendation, from its heading to the next one. */
    private static String section(String body, String identifier) {
        int from = body.indexOf("<h3 id=\"" + identifier + "\"");
        assertThat(from).as(identifier).isNotNegative();
        int to = body.indexOf("<h3", from + 4);
        return body.substring(from, to < 0 ? body.length() : to);
    }

    /** The page's keyword index: German label → the labels of the places it links. */
    private static Map<String, Set<String>> index(String body) {
        String index = body.substring(body.indexOf("<h2 id=\"index\""));
        Map<String, Set<String>> entries = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?s)<dt id=\"keyword-[^\"]+\">([^<(]+?)\\s*(?:<span.*?)?</dt>\\s*<dd>(.*?)</dd>")
                .matcher(index);
        while (m.find()) {
            Set<String> labels = new TreeSet<>();
            Matcher a = Pattern.compile(">([^<]+)</a>").matcher(m.group(2));
            while (a.find()) {
                labels.add(a.group(1));
            }
            entries.put(m.group(1).strip(), labels);
        }
        return entries;
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split("; "));
    }

    /** The rows of the JSON's array, each a map of column key to cell in the file's order. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> list(Map<String, Object> json, String key) {
        return ((List<Object>) json.get(key))
                .stream()
                        .map(o -> {
                            Map<String, String> row = new LinkedHashMap<>();
                            ((Map<String, Object>) o).forEach((k, v) -> row.put(k, v == null ? null : v.toString()));
                            return row;
                        })
                        .toList();
    }

    /** XLSX rows end at their last non-empty cell: padded to the column count, empty rows dropped. */
    private static List<List<String>> pad(List<List<String>> rows, int columns) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : rows) {
            if (row.stream().allMatch(String::isEmpty)) {
                continue;
            }
            List<String> r = new ArrayList<>(row);
            while (r.size() < columns) {
                r.add("");
            }
            out.add(r);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(byte[] body) {
        return new Json().toType(new String(body, java.nio.charset.StandardCharsets.UTF_8), Map.class);
    }

    private Files.Download organizerFile(String path) {
        String cookie = BackofficeBrowser.signedIn(base.toString(), "organizer@" + AGSA + ".demo")
                .sessionCookie();
        Files.Download d = Files.get(url(path), cookie);
        assertThat(d.status()).as(path).isEqualTo(200);
        return d;
    }

    private Http http() {
        return new Http(URI.create(base.toString()));
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
