package de.fachtag.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.event.EventFormat;
import de.fachtag.event.EventState;
import de.fachtag.event.EventView;
import de.fachtag.mail.MailComposer;
import de.fachtag.mail.MailFacts;
import de.fachtag.mail.MailKind;
import de.fachtag.registration.Channel;
import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.RegistrationRow;
import de.fachtag.registration.RegistrationStatus;
import de.fachtag.registration.Sector;
import de.fachtag.reporting.Counts;
import de.fachtag.reporting.EventReport;
import de.fachtag.tenant.LocalizedString;
import de.fachtag.tenant.TenantSite;
import de.fachtag.tenantconfig.Conformance;
import de.fachtag.tenantconfig.TenantKind;
import de.fachtag.web.export.FundingReportPdf;
import de.fachtag.web.export.RegistrationFiles;
import de.fachtag.web.export.RegistrationTexts;
import de.fachtag.web.export.ReportPdf;
import de.fachtag.web.print.EventProgramme;
import de.fachtag.web.print.TaggedPdf;
import de.fachtag.web.publicsite.EventTexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Every place the funding report names as publicity evidence really prints the funder's notice:
 * each {@link FundingNoticePlace} is rendered from one event with one funder and searched for the
 * notice. A place added to the enum without a check here does not compile (the switch has no
 * default); name badges, which carry no notice, prove that the check can fail.
 */
class FundingNoticePlaceTest {

    static final String NOTICE =
            "Diese Maßnahme wird mitfinanziert mit Steuermitteln auf Grundlage des vom Sächsischen "
                    + "Landtag beschlossenen Haushaltes.";
    static final TenantSite.FundingNotice FUNDER = new TenantSite.FundingNotice(
            "sms-sachsen",
            "Sächsisches Staatsministerium",
            new LocalizedString("Gefördert durch", "Funded by"),
            new LocalizedString(NOTICE, null),
            false,
            5,
            "AZ 42");

    @Test
    void everyPlaceInTheListPrintsTheNotice() {
        for (FundingNoticePlace place : FundingNoticePlace.values()) {
            assertThat(printed(place)).as("%s prints the funding notice", place).contains(NOTICE);
        }
    }

    @Test
    void nameBadgesCarryTheNoticeOnlyForAFunderThatAsksAndOnlyItsReportListsThem() {
        RegistrationFiles files = new RegistrationFiles(new RegistrationTexts(Locale.GERMAN), event());
        assertThat(pdf(files.badges(List.of(row())))).contains("Anna Beispiel").doesNotContain(NOTICE);
        assertThat(places(FUNDER)).noneMatch(p -> p.contains("Namensschilder"));
        assertThat(places(ON_BADGES)).anyMatch(p -> p.contains("Namensschilder"));
    }

    private static List<String> places(TenantSite.FundingNotice funder) {
        return new FundingReports()
                .content(
                        event(List.of(funder)),
                        funder,
                        Optional.empty(),
                        site(),
                        new EventReport(
                                "fachtag",
                                new LocalizedString("Fachtag Integration", null),
                                7,
                                LocalDate.of(2027, 9, 30),
                                null,
                                40,
                                false,
                                false,
                                Instant.now(),
                                Counts.zero(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of()),
                        List.of(),
                        Instant.now())
                .places();
    }

    /** What the place shows a reader, as text. */
    static String printed(FundingNoticePlace place) {
        return switch (place) {
            // Facelets pages: the notice of every funder is written into the page (the ITs fetch them too)
            case EVENT_PAGE ->
                facelet(
                        "public/event.xhtml",
                        "value=\"#{eventPage.fundingNotices}\"",
                        "#{eventPage.texts.text(notice.notice())}");
            case PUBLIC_PAGES ->
                facelet(
                        "WEB-INF/templates/public.xhtml",
                        "value=\"#{site.get().fundingNotices()}\"",
                        "#{site.text(notice.notice())}");
            case PROGRAMME_PDF ->
                pdf(new EventProgramme(new EventTexts(Locale.GERMAN))
                        .render(
                                event(),
                                site(),
                                Optional.empty(),
                                key -> Optional.empty(),
                                URI.create("https://example.org/t/mittelsachsen/e/fachtag"),
                                Instant.now()));
            case MAILS -> {
                StringBuilder all = new StringBuilder();
                for (MailKind kind : MailKind.forRegistrations()) {
                    var mail = new MailComposer()
                            .compose(kind, mailFacts(), Optional.empty(), "https://example.org", Instant.now());
                    assertThat(mail.text()).as("%s mail", kind).contains(NOTICE);
                    assertThat(mail.html()).as("%s mail (HTML)", kind).contains("Steuermitteln");
                    all.append(mail.text());
                }
                yield all.toString();
            }
            case ATTENDANCE_LIST ->
                pdf(new RegistrationFiles(new RegistrationTexts(Locale.GERMAN), event())
                        .attendance(List.of(row()), null));
            case PHOTO_LIST ->
                pdf(new RegistrationFiles(new RegistrationTexts(Locale.GERMAN), event()).photoList(List.of(row())));
            case EVENT_REPORT_PDF ->
                pdf(ReportPdf.of(
                        "de-DE",
                        "Auswertung",
                        "Stand",
                        List.of(),
                        List.of(),
                        List.of(new TaggedPdf.Funder("Gefördert durch", FUNDER.funder(), NOTICE, null, null)),
                        "Definitionen",
                        "Seite {0} von {1}",
                        n -> "Logo: " + n));
            case NAME_BADGES ->
                pdf(new RegistrationFiles(new RegistrationTexts(Locale.GERMAN), event(List.of(ON_BADGES)))
                        .badges(List.of(row())));
            case FUNDING_REPORT ->
                pdf(FundingReportPdf.render(new FundingReports()
                        .content(
                                event(),
                                FUNDER,
                                Optional.empty(),
                                site(),
                                new EventReport(
                                        "fachtag",
                                        new LocalizedString("Fachtag Integration", null),
                                        7,
                                        LocalDate.of(2027, 9, 30),
                                        null,
                                        40,
                                        false,
                                        false,
                                        Instant.now(),
                                        Counts.zero(),
                                        List.of(),
                                        List.of(),
                                        List.of(),
                                        List.of()),
                                List.of(row()),
                                Instant.now())));
        };
    }

    /** The page's source, if it repeats over the funders and writes each one's notice; else "". */
    private static String facelet(String path, String repeat, String notice) {
        try {
            String source = Files.readString(Path.of("src/main/webapp", path));
            int at = source.indexOf(repeat);
            boolean writes = at >= 0
                    && source.indexOf(notice, at) > at
                    && source.indexOf("</ui:repeat>", at) > source.indexOf(notice, at);
            return writes ? NOTICE : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pdf(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same funder asking for its notice on name badges too. */
    static final TenantSite.FundingNotice ON_BADGES = new TenantSite.FundingNotice(
            FUNDER.key(), FUNDER.funder(), FUNDER.label(), FUNDER.notice(), false, 5, "AZ 42", true);

    static EventView event() {
        return event(List.of(FUNDER));
    }

    static EventView event(List<TenantSite.FundingNotice> funders) {
        return new EventView(
                UUID.randomUUID(),
                "fachtag",
                null,
                null,
                7,
                new LocalizedString("Fachtag Integration", null),
                null,
                null,
                null,
                LocalDate.of(2027, 9, 30),
                LocalTime.of(9, 0),
                LocalTime.of(15, 30),
                "Europe/Berlin",
                new EventView.VenueView("DBI", "Halsbrücker Straße 34", "09599", "Freiberg", null),
                null,
                EventFormat.ON_SITE,
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                40,
                EventState.PUBLISHED,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                funders,
                1);
    }

    static TenantSite site() {
        return new TenantSite(
                "mittelsachsen",
                "Landkreis Mittelsachsen",
                TenantKind.DISTRICT,
                "Landratsamt",
                null,
                null,
                null,
                "Freiberg",
                "info@example.org",
                null,
                null,
                "#1a4f8b",
                "#e2a400",
                false,
                null,
                null,
                Conformance.PARTIAL,
                null,
                null,
                null,
                null,
                null,
                90,
                List.of(FUNDER),
                List.of());
    }

    static RegistrationRow row() {
        return new RegistrationRow(
                UUID.randomUUID(),
                1,
                "Anna Beispiel",
                "anna@example.org",
                "Jobcenter",
                Sector.JOB_CENTRE,
                ParticipationMode.ON_SITE,
                null,
                null,
                RegistrationStatus.CONFIRMED,
                null,
                false,
                null,
                "K7Q2M9XPWA",
                null,
                null,
                "de",
                Channel.FORM,
                Instant.now());
    }

    static MailFacts mailFacts() {
        return new MailFacts(
                new MailFacts.Organizer(
                        "mittelsachsen",
                        "Landkreis Mittelsachsen",
                        "info@example.org",
                        null,
                        null,
                        "#1a4f8b",
                        Map.of()),
                new MailFacts.EventFacts(
                        UUID.randomUUID(),
                        1,
                        "fachtag",
                        new LocalizedString("Fachtag", null),
                        LocalDate.of(2027, 9, 30),
                        LocalTime.of(9, 0),
                        LocalTime.of(15, 30),
                        ZoneId.of("Europe/Berlin"),
                        "DBI, Freiberg",
                        null),
                new MailFacts.Attendee(
                        "Anna Beispiel",
                        "anna@example.org",
                        "de",
                        RegistrationStatus.CONFIRMED,
                        ParticipationMode.ON_SITE,
                        null,
                        null,
                        null,
                        null,
                        "K7Q2M9XPWA"),
                List.of(new MailFacts.FundingNotice(FUNDER.funder(), FUNDER.label(), FUNDER.notice())));
    }
}
