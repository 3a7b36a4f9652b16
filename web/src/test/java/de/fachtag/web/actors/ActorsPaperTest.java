package de.fachtag.web.actors;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.actors.ActorDirectory;
import de.fachtag.actors.ActorFile;
import de.fachtag.web.print.PdfChecks;
import de.fachtag.web.print.TaggedPdf;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;

/**
 * The printed Schnittstellenpapier of the demo directory (seed 004): PDF/UA-1 as veraPDF checks
 * it, the matrix as a table whose header cells carry their scope (the actors as column headers,
 * the tasks as row headers) with the roles in the cells, the funding notice on every page, and no
 * person's name without consent.
 */
class ActorsPaperTest {

    static final String NOTICE =
            "Diese Maßnahme wird mitfinanziert mit Steuermitteln auf Grundlage des vom Sächsischen "
                    + "Landtag beschlossenen Haushaltes.";

    @Test
    void theDemoPaperIsPdfUa1AndItsMatrixHasHeaderCellsWithScope() throws IOException {
        ActorDirectory d;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("tenants/actors/mittelsachsen.yaml")) {
            d = ActorFile.parse("mittelsachsen.yaml", in.readAllBytes())
                    .directory()
                    .published(LocalDate.of(2026, 5, 2));
        }
        List<TaggedPdf.Funder> funders = List.of(new TaggedPdf.Funder(
                "Gefördert durch",
                "Sächsisches Staatsministerium für Soziales und Gesellschaftlichen Zusammenhalt",
                NOTICE,
                null,
                null));
        byte[] pdf = new ActorsPaper(new ActorTexts(Locale.GERMAN))
                .render(
                        d,
                        "Landkreis Mittelsachsen",
                        funders,
                        URI.create("https://fachtag.example/t/mittelsachsen/actors"),
                        Instant.parse("2026-05-02T10:00:00Z"));

        assertThat(PdfChecks.pdfUaFailures(pdf)).as("veraPDF PDF/UA-1 failures").isEmpty();
        PdfChecks.assertTaggedWithTitleAndLanguage(pdf, "Schnittstellenpapier: Akteure und Zuständigkeiten", "de-DE");
        List<String> pages = PdfChecks.pages(pdf);
        for (int p = 0; p < pages.size(); p++) {
            assertThat(pages.get(p)).as("page %d", p + 1).contains("Gefördert durch", NOTICE);
        }
        String all = String.join(" ", pages);
        assertThat(all)
                .contains(
                        "Stand der Daten: 13. Juni 2017",
                        "Zuständigkeitsmatrix",
                        "V = verantwortlich",
                        "Wegweiser nach Lebenslagen",
                        "Verzeichnis der Akteure",
                        "Leitung Stabsbereich Koordination")
                .doesNotContain("Ramona Noetzel", "Jennifer Diehl", "Anja Stephan");
        // the row of the asylum procedure: Ausländerbehörde informed, BAMF responsible, Migrationsberatung advising
        assertThat(all).contains("Asylverfahren durchführen I V A");

        List<String[]> headers = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            walk(doc.getDocumentCatalog().getStructureTreeRoot(), headers);
        }
        long columns = headers.stream().filter(h -> "Column".equals(h[0])).count();
        long rows = headers.stream().filter(h -> "Row".equals(h[0])).count();
        assertThat(columns)
                .as("the task column and one per actor of the matrix")
                .isEqualTo(1 + d.matrixActors().size());
        assertThat(rows).as("one row header per task").isEqualTo(d.tasks().size());
        assertThat(headers).allMatch(h -> h[0] != null, "every TH has its scope");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    /** Collects the Scope attribute of every TH. */
    private static void walk(PDStructureNode node, List<String[]> headers) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("TH".equals(e.getStructureType())) {
                    String scope = null;
                    var attributes = e.getAttributes();
                    for (int i = 0; i < attributes.size(); i++) {
                        PDAttributeObject a = attributes.getObject(i);
                        if (a.getCOSObject().containsKey(COSName.getPDFName("Scope"))) {
                            scope = a.getCOSObject().getNameAsString(COSName.getPDFName("Scope"));
                        }
                    }
                    headers.add(new String[] {scope});
                }
                walk(e, headers);
            }
        }
    }
}
