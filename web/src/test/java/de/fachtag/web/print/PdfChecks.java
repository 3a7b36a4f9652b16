package de.fachtag.web.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What the tests ask of every PDF the platform prints: veraPDF's PDF/UA-1 validation, and what
 * {@code pdfinfo} would say (tagged, title shown as the window title, language) read with PDFBox;
 * the text of each page, the structure types and the figures' alternative texts.
 */
public final class PdfChecks {

    private PdfChecks() {}

    /** The failed PDF/UA-1 rules, each once ("7.1-3: …"); empty when veraPDF finds it compliant. */
    public static List<String> pdfUaFailures(byte[] pdf) {
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
            assertThat(result.isCompliant())
                    .as("compliant, failures: %s", failed)
                    .isEqualTo(failed.isEmpty());
            return failed;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the document", e);
        }
    }

    /** pdfinfo's "Tagged: yes", the title (shown as the window title) and the language; every font embedded. */
    public static void assertTaggedWithTitleAndLanguage(byte[] pdf, String title, String language) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).as("MarkInfo").isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("Tagged: yes").isTrue();
            assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(title);
            assertThat(catalog.getViewerPreferences()).as("viewer preferences").isNotNull();
            assertThat(catalog.getViewerPreferences().displayDocTitle())
                    .as("DisplayDocTitle")
                    .isTrue();
            assertThat(catalog.getMetadata()).as("XMP metadata").isNotNull();
            assertThat(catalog.getLanguage()).isEqualTo(language);
            for (var page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded())
                            .as("%s embedded", font.getName())
                            .isTrue();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, whitespace folded to single spaces. */
    public static List<String> pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).replaceAll("\\s+", " ").strip());
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The structure types in the tag tree in document order (H1, P, Table, TH, L, LI, Figure, …). */
    public static List<String> structureTypes(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> types = new ArrayList<>();
            walk(doc.getDocumentCatalog().getStructureTreeRoot(), e -> types.add(e.getStructureType()));
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The alternative texts of every Figure in the tag tree. */
    public static List<String> figureAlts(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> alts = new ArrayList<>();
            walk(doc.getDocumentCatalog().getStructureTreeRoot(), e -> {
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(e.getAlternateDescription());
                }
            });
            return alts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(PDStructureNode node, java.util.function.Consumer<PDStructureElement> visit) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                visit.accept(e);
                walk(e, visit);
            }
        }
    }

    /** Keeps the PDF in {@code target/pdf/} for a reviewer (and pdftoppm). */
    public static void keep(byte[] pdf, String name) {
        try {
            Path dir = Path.of("target", "pdf");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
