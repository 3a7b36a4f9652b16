package de.fachtag.web.export;

import static de.fachtag.web.print.PdfChecks.assertTaggedWithTitleAndLanguage;
import static de.fachtag.web.print.PdfChecks.figureAlts;
import static de.fachtag.web.print.PdfChecks.keep;
import static de.fachtag.web.print.PdfChecks.pages;
import static de.fachtag.web.print.PdfChecks.pdfUaFailures;
import static de.fachtag.web.print.PdfChecks.structureTypes;
import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.RegistrationRow;
import de.fachtag.registration.RegistrationStatus;
import de.fachtag.web.print.PrintFixtures;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The organizer's printed lists (signature list, photo list, name badges) rendered without a
 * server: PDF/UA-1 as veraPDF validates it, tagged with title and language, the full funding
 * notice (label, logo or name, text) of every funder on every page, no page for a workshop nobody
 * is in, "KEINE FOTOS" on the badge of whoever refused photos, and the notice on badges only for
 * a funder that asks for it.
 */
class RegistrationFilesPdfTest {

    private final RegistrationFiles files = new RegistrationFiles(
            new RegistrationTexts(Locale.GERMAN), PrintFixtures.event(), PrintFixtures::funderLogo);

    @Test
    void theSignatureListIsPdfUa1WithTheNoticeOnEveryPageAndNoPageForAnEmptyWorkshop() {
        byte[] pdf = files.attendance(PrintFixtures.people(70), null);
        keep(pdf, "attendance.pdf");

        assertThat(pdfUaFailures(pdf)).as("veraPDF PDF/UA-1 failures").isEmpty();
        assertTaggedWithTitleAndLanguage(pdf, "Teilnehmerliste / Unterschriftenliste: " + PrintFixtures.TITLE, "de-DE");
        assertThat(structureTypes(pdf)).contains("H1", "H2", "Table", "TH", "TD");
        assertThat(figureAlts(pdf)).contains("Logo: " + PrintFixtures.FUNDER);

        List<String> pages = pages(pdf);
        assertThat(pages.size())
                .as("35 people in each of two workshops: more than one page each")
                .isGreaterThanOrEqualTo(4);
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
                            "Unterschrift");
            assertThat(pages.get(p)).as("page %d", p + 1).doesNotContain("Workshop 3");
        }
        String all = String.join(" ", pages);
        assertThat(all)
                .contains("Workshop 1: Workshop 1", "Workshop 2: Workshop 2", "Anna <b>Beispiel</b>")
                .doesNotContain("Bernd Wartend", "Carla Livestream");
    }

    @Test
    void aListForAnEmptyWorkshopSaysSoOnOnePage() {
        byte[] pdf = files.attendance(PrintFixtures.people(4), "3");
        List<String> pages = pages(pdf);
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0))
                .contains("keine Liste zu drucken", PrintFixtures.NOTICE)
                .doesNotContain("Organisation");
    }

    @Test
    void thePhotoListIsPdfUa1AndMarksWhoRefused() {
        byte[] pdf = files.photoList(PrintFixtures.people(40));
        keep(pdf, "photo-list.pdf");

        assertThat(pdfUaFailures(pdf)).as("veraPDF PDF/UA-1 failures").isEmpty();
        assertTaggedWithTitleAndLanguage(pdf, "Fotoliste: " + PrintFixtures.TITLE, "de-DE");
        List<String> pages = pages(pdf);
        assertThat(pages.size()).isGreaterThanOrEqualTo(2);
        for (String page : pages) {
            assertThat(page)
                    .contains("Gefördert durch", PrintFixtures.FUNDER, PrintFixtures.NOTICE, PrintFixtures.NOTICE_2);
        }
        assertThat(String.join(" ", pages))
                .contains(
                        "3 Person 3 Jobcenter Mittelsachsen 1 KEINE FOTOS",
                        "2 Person 2 Jobcenter Mittelsachsen 2 Fotos erlaubt");
    }

    @Test
    void badgesArePdfUa1ShowKeineFotosAndTheNoticeOfTheFunderThatAsksForIt() {
        List<RegistrationRow> rows = List.of(
                PrintFixtures.row(
                        1, "Anna Fotofreundin", "1", false, RegistrationStatus.CONFIRMED, ParticipationMode.ON_SITE),
                PrintFixtures.row(
                        2, "Bodo Kamerascheu", "2", true, RegistrationStatus.CONFIRMED, ParticipationMode.ON_SITE));
        byte[] pdf = files.badges(rows);
        keep(pdf, "badges.pdf");

        assertThat(pdfUaFailures(pdf)).as("veraPDF PDF/UA-1 failures").isEmpty();
        assertTaggedWithTitleAndLanguage(pdf, "Namensschilder: " + PrintFixtures.TITLE, "de-DE");
        assertThat(figureAlts(pdf))
                .contains(
                        "QR-Code für den Check-in, Code " + rows.get(0).checkinCode(), "Logo: " + PrintFixtures.FUNDER);
        List<String> pages = pages(pdf);
        assertThat(pages.get(0))
                .contains("Anna Fotofreundin", rows.get(0).checkinCode())
                .doesNotContain("KEINE FOTOS");
        assertThat(pages.get(1)).contains("Bodo Kamerascheu", "KEINE FOTOS");
        for (String badge : pages.subList(0, 2)) {
            assertThat(badge)
                    .as("SMS asks for its notice on badges, the EU does not")
                    .contains(PrintFixtures.NOTICE)
                    .doesNotContain(PrintFixtures.NOTICE_2);
        }
    }

    @Test
    void badgesCarryNoNoticeWhenNoFunderAsksForIt() {
        RegistrationFiles plain = new RegistrationFiles(
                new RegistrationTexts(Locale.GERMAN),
                PrintFixtures.event(List.of(PrintFixtures.EU)),
                PrintFixtures::funderLogo);
        String all = String.join(" ", pages(plain.badges(PrintFixtures.people(2))));
        assertThat(all).contains("Anna <b>Beispiel</b>").doesNotContain(PrintFixtures.NOTICE_2, "Kofinanziert");
    }
}
