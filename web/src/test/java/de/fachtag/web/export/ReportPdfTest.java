package de.fachtag.web.export;

import static de.fachtag.web.print.PdfChecks.assertTaggedWithTitleAndLanguage;
import static de.fachtag.web.print.PdfChecks.keep;
import static de.fachtag.web.print.PdfChecks.pages;
import static de.fachtag.web.print.PdfChecks.pdfUaFailures;
import static de.fachtag.web.print.PdfChecks.structureTypes;
import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.web.print.PrintFixtures;
import de.fachtag.web.print.TaggedPdf;
import de.fachtag.web.report.FigureTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report PDF (event report, ministry figures): PDF/UA-1, tables with headers, the funders on every page. */
class ReportPdfTest {

    @Test
    void aLongReportIsPdfUa1WithTheFundersOnEveryPage() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(List.of("Tag " + i, Integer.toString(i), "< 5", "geschützt"));
        }
        FigureTable table = new FigureTable(
                "by-day",
                "Nach Tag",
                List.of("Tag", "Anmeldungen", "Bestätigt", "Storniert"),
                rows,
                List.of("MADE"),
                List.of("Zahlen über 1 bis 4 Personen werden als „< 5“ gezeigt."));
        byte[] pdf = ReportPdf.of(
                "de-DE",
                "Auswertung: " + PrintFixtures.TITLE,
                "Stand der Daten: 05.12.2026",
                List.of(table),
                List.<String[]>of(new String[] {"Anmeldungen", "jede eingegangene Anmeldung"}),
                List.of(new TaggedPdf.Funder(
                        "Gefördert durch",
                        PrintFixtures.FUNDER,
                        PrintFixtures.NOTICE,
                        PrintFixtures.funderLogo("sms-sachsen").orElseThrow().bytes(),
                        "image/png")),
                "Definitionen",
                "Seite {0} von {1}",
                n -> "Logo: " + n);
        keep(pdf, "report.pdf");

        assertThat(pdfUaFailures(pdf)).as("veraPDF PDF/UA-1 failures").isEmpty();
        assertTaggedWithTitleAndLanguage(pdf, "Auswertung: " + PrintFixtures.TITLE, "de-DE");
        assertThat(structureTypes(pdf)).contains("H1", "Table", "Caption", "TH", "TD");
        List<String> pages = pages(pdf);
        assertThat(pages.size()).isGreaterThanOrEqualTo(2);
        for (int p = 0; p < pages.size(); p++) {
            assertThat(pages.get(p))
                    .contains(
                            "Gefördert durch",
                            PrintFixtures.FUNDER,
                            PrintFixtures.NOTICE,
                            "Seite " + (p + 1) + " von " + pages.size());
        }
    }
}
