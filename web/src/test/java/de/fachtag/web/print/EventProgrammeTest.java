package de.fachtag.web.print;

import static de.fachtag.web.print.PdfChecks.assertTaggedWithTitleAndLanguage;
import static de.fachtag.web.print.PdfChecks.figureAlts;
import static de.fachtag.web.print.PdfChecks.keep;
import static de.fachtag.web.print.PdfChecks.pages;
import static de.fachtag.web.print.PdfChecks.pdfUaFailures;
import static de.fachtag.web.print.PdfChecks.structureTypes;
import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.tenant.Logo;
import de.fachtag.web.publicsite.EventTexts;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The printed programme rendered without a server: PDF/UA-1 as veraPDF validates it (headings,
 * lists and tables tagged, language, title shown as the window title, XMP, logos with alternative
 * text), the funding notice with the funder's label and logo or name on every page, and the
 * flyer's order of content.
 */
class EventProgrammeTest {

    static final URI PAGE = URI.create("https://example.org/t/mittelsachsen/e/fachtag-2027");
    static final Instant NOW = Instant.parse("2027-07-01T10:00:00Z");

    @Test
    void theProgrammeIsPdfUa1WithTheFundingNoticeOnEveryPage() {
        byte[] pdf = new EventProgramme(new EventTexts(Locale.GERMAN))
                .render(
                        PrintFixtures.event(),
                        PrintFixtures.site(),
                        Optional.of(new Logo(
                                PrintFixtures.png(new java.awt.Color(0, 0x56, 0x6b), 300, 90), "image/png", 1)),
                        PrintFixtures::funderLogo,
                        PAGE,
                        NOW);
        keep(pdf, "programme.pdf");

        assertThat(pdfUaFailures(pdf)).as("veraPDF PDF/UA-1 failures").isEmpty();
        assertTaggedWithTitleAndLanguage(pdf, PrintFixtures.TITLE, "de-DE");
        List<String> types = structureTypes(pdf);
        assertThat(types)
                .as("headings, lists, tables, figures")
                .contains("H1", "H2", "L", "LI", "Table", "TH", "TD", "Figure");
        assertThat(figureAlts(pdf)).contains("Logo: Landkreis Mittelsachsen", "Logo: " + PrintFixtures.FUNDER);

        List<String> pages = pages(pdf);
        assertThat(pages.size()).as("a programme over more than one page").isGreaterThanOrEqualTo(2);
        for (int p = 0; p < pages.size(); p++) {
            assertThat(pages.get(p))
                    .as("page %d", p + 1)
                    .contains(
                            "Gefördert durch",
                            PrintFixtures.FUNDER,
                            PrintFixtures.NOTICE,
                            "Kofinanziert von",
                            PrintFixtures.FUNDER_2,
                            PrintFixtures.NOTICE_2,
                            "Seite " + (p + 1) + " von " + pages.size());
        }
        String all = String.join(" ", pages);
        assertThat(all)
                .contains(
                        "7. FACHTAG INTEGRATION MITTELSACHSEN",
                        PrintFixtures.TITLE,
                        "Gemeinsam vor Ort",
                        "Zeit:",
                        "8:30 bis 16:00 Uhr",
                        "Ort:",
                        "Ablauf",
                        "Prof. Dr. Lena Şahin",
                        "(angefragt)",
                        "Workshops",
                        "Was brauchen Zugewanderte?",
                        "Anmeldung",
                        "Unterstützt von der Stadt Freiberg");
    }

    @Test
    void anSvgLogoIsDrawnWithItsAlternativeTextAndAnUnreadableOneGivesWayToTheName() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 40\" width=\"120\" height=\"40\">"
                + "<rect width=\"120\" height=\"40\" fill=\"#00566b\"/></svg>";
        EventProgramme programme = new EventProgramme(new EventTexts(Locale.GERMAN));
        byte[] withSvg = programme.render(
                PrintFixtures.event(),
                PrintFixtures.site(),
                Optional.of(new Logo(svg.getBytes(StandardCharsets.UTF_8), "image/svg+xml", 1)),
                key -> Optional.empty(),
                PAGE,
                NOW);
        assertThat(figureAlts(withSvg)).contains("Logo: Landkreis Mittelsachsen");
        byte[] broken = programme.render(
                PrintFixtures.event(),
                PrintFixtures.site(),
                Optional.of(new Logo("<svg".getBytes(StandardCharsets.UTF_8), "image/svg+xml", 1)),
                key -> Optional.empty(),
                PAGE,
                NOW);
        assertThat(figureAlts(broken)).isEmpty();
        assertThat(pages(broken).get(0)).contains("Landkreis Mittelsachsen", PrintFixtures.FUNDER);
    }

    @Test
    void inEnglishOnRequest() {
        byte[] pdf = new EventProgramme(new EventTexts(Locale.ENGLISH))
                .render(
                        PrintFixtures.event(),
                        PrintFixtures.site(),
                        Optional.empty(),
                        PrintFixtures::funderLogo,
                        PAGE,
                        NOW);
        assertTaggedWithTitleAndLanguage(pdf, PrintFixtures.TITLE, "en");
        assertThat(String.join(" ", pages(pdf))).contains("Programme", "Funded by", "Page 1 of");
    }
}
