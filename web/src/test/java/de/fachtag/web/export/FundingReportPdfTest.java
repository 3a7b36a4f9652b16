package de.fachtag.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.web.report.FigureTable;
import de.fachtag.web.report.ReportTexts;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The funding report's PDF: PDF/UA-1 as veraPDF checks it (one modest document, validated once:
 * the validator takes seconds to start), the funder on every page, the logo's alternative text in
 * the tag tree, the one font embedded, and hostile text printed as text.
 */
class FundingReportPdfTest {

    static final String NOTICE =
            "Diese Maßnahme wird mitfinanziert mit Steuermitteln auf Grundlage des vom Sächsischen "
                    + "Landtag beschlossenen Haushaltes.";
    static final String FUNDER = "Sächsisches Staatsministerium für Soziales und Gesellschaftlichen Zusammenhalt";
    static final String SVG =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 40\" width=\"120\" height=\"40\">"
                    + "<rect width=\"120\" height=\"40\" fill=\"#1a4f8b\"/><circle cx=\"20\" cy=\"20\" r=\"12\" fill=\"#ffffff\"/></svg>";

    @Test
    void theReportIsPdfUa1AsVeraPdfValidatesIt() throws Exception {
        byte[] pdf = FundingReportPdf.render(content(SVG.getBytes(StandardCharsets.UTF_8), "image/svg+xml", 60));

        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .toList();
            assertThat(failed).as("veraPDF PDF/UA-1 failures").isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages())
                    .as("the report, then a list of 60 on its own pages")
                    .isGreaterThanOrEqualTo(4);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Verwendungsnachweis: Fachtag <Integration>");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("de-DE");
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                String page = pageText(doc, p);
                assertThat(page).as("page %d", p).contains("Gefördert durch", NOTICE);
            }
            assertThat(figureAlts(doc)).contains("Logo: " + FUNDER);
            for (var page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded())
                            .as("%s embedded", font.getName())
                            .isTrue();
                }
            }
            String all = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(all).contains("<b>Anna</b> & Co", "Unterschrift", "< 5", "geschützt");
        }
    }

    @Test
    void aPngLogoCarriesItsAlternativeTextAndAnUnreadableOneGivesWayToTheName() throws IOException {
        BufferedImage image = new BufferedImage(60, 20, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 60, 20);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        try (PDDocument doc = Loader.loadPDF(FundingReportPdf.render(content(png.toByteArray(), "image/png", 3)))) {
            assertThat(figureAlts(doc)).contains("Logo: " + FUNDER);
        }
        try (PDDocument doc = Loader.loadPDF(
                FundingReportPdf.render(content("<svg".getBytes(StandardCharsets.UTF_8), "image/svg+xml", 3)))) {
            assertThat(figureAlts(doc)).isEmpty();
            assertThat(pageText(doc, 1)).contains(FUNDER);
        }
    }

    static FundingReportPdf.Content content(byte[] logo, String type, int people) {
        ReportTexts t = new ReportTexts(Locale.GERMAN);
        List<FundingReportPdf.Person> many = new ArrayList<>();
        many.add(new FundingReportPdf.Person("<b>Anna</b> & Co", "Jobcenter Mittelsachsen"));
        for (int i = 1; i < people; i++) {
            many.add(new FundingReportPdf.Person("Person " + i, "Verein " + i));
        }
        FigureTable mode = new FigureTable(
                "by-mode",
                "Nach Teilnahmeart",
                List.of("Teilnahmeart", "Bestätigt", "Warteliste", "Storniert", "Anmeldungen"),
                List.of(
                        List.of("Vor Ort", "42", "< 5", "geschützt", "50"),
                        List.of("Summe", "44", "geschützt", "< 5", "53")),
                List.of("CONFIRMED"),
                List.of());
        return new FundingReportPdf.Content(
                t::get,
                "Verwendungsnachweis: Fachtag <Integration>",
                "Stand der Daten: 05.12.2026",
                new FundingReportPdf.Funder("Gefördert durch", FUNDER, NOTICE, logo, type),
                List.of(
                        new FundingReportPdf.Fact("Titel", "Fachtag <Integration>"),
                        new FundingReportPdf.Fact("Datum", "30.09.2027")),
                List.of(new FundingReportPdf.Item("09:00–09:15", "Begrüßung", List.of("Grußwort: Sebastian Vogel"))),
                List.of(new FundingReportPdf.Item("1", "Mittelsachsen integriert", List.of("Leitung: Jennifer Diehl"))),
                List.of(mode),
                List.of("Zahlen über 1 bis 4 Personen werden als „< 5“ gezeigt."),
                List.<String[]>of(new String[] {"Bestätigt", "Holding a seat."}),
                List.of("Veranstaltungsseite", "Programm-PDF"),
                List.of(
                        new FundingReportPdf.SignatureList("Workshop 1", "Raum 2", many, true),
                        new FundingReportPdf.SignatureList(
                                "Livestream", null, List.of(new FundingReportPdf.Person("Carla", null)), false)),
                "Landkreis Mittelsachsen");
    }

    static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }

    /** The alternative texts of every Figure in the tag tree. */
    static List<String> figureAlts(PDDocument doc) {
        List<String> alts = new ArrayList<>();
        collect(doc.getDocumentCatalog().getStructureTreeRoot(), alts);
        return alts;
    }

    private static void collect(PDStructureNode node, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(e.getAlternateDescription());
                }
                collect(e, alts);
            }
        }
    }
}
