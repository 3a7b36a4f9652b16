package de.fachtag.mail;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.RegistrationStatus;
import de.fachtag.tenant.LocalizedString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class MailComposerTest {

    static final String BASE = "https://fachtag.example";
    static final String TOKEN = "testkreis.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ";
    static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    final MailComposer composer = new MailComposer();

    static MailFacts facts(String language, String name, RegistrationStatus status, ParticipationMode mode) {
        return new MailFacts(
                new MailFacts.Organizer(
                        "testkreis",
                        "Landkreis Testkreis",
                        "kontakt@testkreis.example",
                        "+49 123 456789",
                        null,
                        "#7A1F5C"),
                new MailFacts.EventFacts(
                        UUID.fromString("11111111-2222-3333-4444-555555555555"),
                        3,
                        "fachtag-2027",
                        new LocalizedString("Fachtag Integration", "Integration Day"),
                        LocalDate.of(2027, 3, 4),
                        LocalTime.of(9, 0),
                        LocalTime.of(16, 0),
                        ZoneId.of("Europe/Berlin"),
                        "Deutsches Brennstoffinstitut (DBI), Halsbrücker Straße 34, 09599 Freiberg",
                        "https://stream.example/live"),
                new MailFacts.Attendee(
                        name,
                        "anna@example.org",
                        language,
                        status,
                        mode,
                        mode == ParticipationMode.ON_SITE ? "1" : null,
                        mode == ParticipationMode.ON_SITE
                                ? new LocalizedString("Mittelsachsen integriert", "Integration here")
                                : null,
                        "Raum 2",
                        status == RegistrationStatus.WAITLISTED ? 3 : null,
                        "K7Q2M9XPWA"),
                List.of(new MailFacts.FundingNotice(
                        "Sächsisches Staatsministerium für Soziales",
                        new LocalizedString("Gefördert durch", "Funded by"),
                        new LocalizedString("Diese Maßnahme wird mitfinanziert mit Steuermitteln.", null))));
    }

    static MailFacts german() {
        return facts("de", "Anna Beispiel", RegistrationStatus.CONFIRMED, ParticipationMode.ON_SITE);
    }

    @Test
    void everyKindRendersInBothLanguages() {
        for (MailKind kind : MailKind.forRegistrations()) {
            for (String language : List.of("de", "en")) {
                ComposedMail mail = composer.compose(
                        kind,
                        facts(language, "Anna Beispiel", RegistrationStatus.CONFIRMED, ParticipationMode.ON_SITE),
                        Optional.of(TOKEN),
                        BASE,
                        NOW);
                assertThat(mail.subject()).isNotBlank().doesNotContain("\n").doesNotContain("{");
                assertThat(mail.text()).doesNotContain("{0}").contains("Anna Beispiel");
                assertThat(mail.html()).startsWith("<!DOCTYPE html>").contains("<html lang=\"" + language + "\">");
                assertThat(mail.hasAttachment()).as(kind + " attachment").isEqualTo(MailComposer.carriesCalendar(kind));
            }
        }
    }

    @Test
    void linksLeadToTheTenantsOwnHostWhenItHasOne() {
        MailFacts facts = german();
        var links = new de.fachtag.tenant.TenantLinks(
                "https://veranstaltungen.testkreis.example/", "https://veranstaltungen.testkreis.example");
        ComposedMail confirmed = composer.compose(MailKind.CONFIRMATION, facts, Optional.of(TOKEN), links, NOW);
        assertThat(confirmed.text())
                .contains("https://veranstaltungen.testkreis.example/r/" + TOKEN)
                .doesNotContain(BASE)
                .doesNotContain("/t/testkreis");
        ComposedMail cancelled = composer.compose(MailKind.CANCELLED, facts, Optional.empty(), links, NOW);
        assertThat(cancelled.text())
                .contains("https://veranstaltungen.testkreis.example/e/"
                        + facts.event().slug())
                .doesNotContain("/t/testkreis");
        // without a host of its own: the platform's address and the /t/ prefix
        assertThat(composer.compose(MailKind.CANCELLED, facts, Optional.empty(), BASE, NOW)
                        .text())
                .contains(BASE + "/t/" + facts.organizer().slug() + "/e/"
                        + facts.event().slug());
    }

    @Test
    void aTenantsOwnIntroReplacesThePlatformsInItsLanguageAndIsEscaped() {
        MailFacts base = german();
        var own = new MailFacts.Organizer(
                "testkreis",
                "Landkreis Testkreis",
                "kontakt@testkreis.example",
                null,
                null,
                "#7A1F5C",
                java.util.Map.of(
                        "CONFIRMATION",
                        new LocalizedString("Schön, dass Sie dabei sind <b>!</b>", "Glad you are coming!")));
        var facts = new MailFacts(own, base.event(), base.attendee(), base.funding());
        ComposedMail de = composer.compose(MailKind.CONFIRMATION, facts, Optional.of(TOKEN), BASE, NOW);
        assertThat(de.text()).contains("Schön, dass Sie dabei sind <b>!</b>").doesNotContain("Ihr Platz ist bestätigt");
        assertThat(de.html()).contains("Schön, dass Sie dabei sind &lt;b&gt;!&lt;/b&gt;");
        ComposedMail waitlisted = composer.compose(MailKind.WAITLISTED, facts, Optional.of(TOKEN), BASE, NOW);
        assertThat(waitlisted.text())
                .as("kinds the tenant did not write keep the platform's text")
                .doesNotContain("Schön, dass Sie dabei sind");
        var english = new MailFacts(
                own,
                base.event(),
                facts("en", "Anna Beispiel", RegistrationStatus.CONFIRMED, ParticipationMode.ON_SITE)
                        .attendee(),
                base.funding());
        assertThat(composer.compose(MailKind.CONFIRMATION, english, Optional.of(TOKEN), BASE, NOW)
                        .text())
                .contains("Glad you are coming!");
    }

    @Test
    void germanAndEnglishTexts() {
        ComposedMail de = composer.compose(MailKind.CONFIRMATION, german(), Optional.of(TOKEN), BASE, NOW);
        assertThat(de.subject()).isEqualTo("Anmeldebestätigung: Fachtag Integration");
        assertThat(de.text())
                .contains("Guten Tag Anna Beispiel,")
                .contains("Donnerstag, 4. März 2027")
                .contains("09:00–16:00 Uhr")
                .contains("Workshop: 1: Mittelsachsen integriert (Raum 2)")
                .contains("Code für den Einlass: K7Q2M9XPWA");
        ComposedMail en = composer.compose(
                MailKind.CONFIRMATION,
                facts("en", "Anna Beispiel", RegistrationStatus.CONFIRMED, ParticipationMode.ON_SITE),
                Optional.of(TOKEN),
                BASE,
                NOW);
        assertThat(en.subject()).isEqualTo("Registration confirmed: Integration Day");
        assertThat(en.text())
                .contains("Dear Anna Beispiel,")
                .contains("Thursday, March 4, 2027")
                .contains("Workshop: 1: Integration here")
                .doesNotContain("Anmeldung");
    }

    @Test
    void theSelfServiceLinkOnlyWithAToken() {
        ComposedMail withToken = composer.compose(MailKind.CONFIRMATION, german(), Optional.of(TOKEN), BASE, NOW);
        assertThat(withToken.text()).contains(BASE + "/r/" + TOKEN);
        assertThat(withToken.html()).contains("href=\"" + BASE + "/r/" + TOKEN + "\"");

        ComposedMail promoted = composer.compose(MailKind.PROMOTED, german(), Optional.empty(), BASE, NOW);
        assertThat(promoted.text())
                .doesNotContain("/r/")
                .contains("Link aus Ihrer Anmeldebestätigung")
                .contains("Link erneut zusenden")
                .contains(BASE + "/t/testkreis/e/fachtag-2027");
    }

    @Test
    void theWaitlistPositionAndTheLivestreamLink() {
        ComposedMail waiting = composer.compose(
                MailKind.WAITLISTED,
                facts("de", "Anna", RegistrationStatus.WAITLISTED, ParticipationMode.ON_SITE),
                Optional.of(TOKEN),
                BASE,
                NOW);
        assertThat(waiting.text()).contains("Ihr Platz auf der Warteliste: 3").doesNotContain("Einlass");
        ComposedMail stream = composer.compose(
                MailKind.LIVESTREAM_ACCESS,
                facts("en", "Anna", RegistrationStatus.CONFIRMED, ParticipationMode.LIVESTREAM),
                Optional.empty(),
                BASE,
                NOW);
        assertThat(stream.text())
                .contains("https://stream.example/live")
                .contains("Taking part: Livestream")
                .doesNotContain("Freiberg");
    }

    @Test
    void userValuesAreEscapedInHtmlAndFreeOfControlCharacters() {
        String hostile = "<script>alert('x')</script> & \"Bobby\"\u0007\r\n\u202Eevil";
        ComposedMail mail = composer.compose(
                MailKind.CONFIRMATION,
                facts("de", hostile, RegistrationStatus.CONFIRMED, ParticipationMode.ON_SITE),
                Optional.of(TOKEN),
                BASE,
                NOW);
        assertThat(mail.html())
                .doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Bobby&quot;")
                .contains("<bdi>");
        assertThat(mail.text()).doesNotContain("\u0007").doesNotContain("\r");
        assertThat(mail.subject()).doesNotContain("\n");
    }

    @Test
    void aBadColourFallsBackAndAGoodOneIsUsed() {
        assertThat(composer.compose(MailKind.CANCELLED, german(), Optional.empty(), BASE, NOW)
                        .html())
                .contains("solid #7a1f5c");
        assertThat(MailComposer.colour("red;background:url(x)")).isEqualTo(MailComposer.DEFAULT_COLOUR);
    }

    @Test
    void theFooterCarriesTheFundingNotice() {
        ComposedMail de = composer.compose(MailKind.REMINDER, german(), Optional.empty(), BASE, NOW);
        assertThat(de.text())
                .contains("Gefördert durch Sächsisches Staatsministerium für Soziales")
                .contains("Diese Maßnahme wird mitfinanziert mit Steuermitteln.");
        assertThat(de.html()).contains("<footer").contains("<strong>Gefördert durch</strong>");
        ComposedMail en = composer.compose(
                MailKind.REMINDER,
                facts("en", "Anna", RegistrationStatus.CONFIRMED, ParticipationMode.ON_SITE),
                Optional.empty(),
                BASE,
                NOW);
        assertThat(en.text())
                .contains("Funded by Sächsisches Staatsministerium für Soziales")
                .as("German notice when there is no English one")
                .contains("Diese Maßnahme wird mitfinanziert");
    }

    @Test
    void theCalendarFileParsesAndNamesTheEvent() throws Exception {
        ComposedMail mail = composer.compose(MailKind.CONFIRMATION, german(), Optional.of(TOKEN), BASE, NOW);
        assertThat(mail.attachmentName()).isEqualTo("fachtag-2027.ics");
        assertThat(mail.attachmentType()).startsWith("text/calendar");
        String ics = new String(mail.attachment(), StandardCharsets.UTF_8);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo("Fachtag Integration");
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("11111111-2222-3333-4444-555555555555@fachtag");
        assertThat(event.getDateTimeStart().getValue()).isEqualTo("20270304T090000");
        assertThat(event.getLocation().getValue()).contains("Freiberg");
    }

    @Test
    void noKindIsMissingAText() {
        for (String language : List.of("de", "en")) {
            var bundle = MailComposer.bundle(java.util.Locale.forLanguageTag(language));
            for (MailKind kind : MailKind.forRegistrations()) {
                assertThat(bundle.getString("subject." + kind)).isNotBlank();
                assertThat(bundle.getString("intro." + kind)).isNotBlank();
            }
        }
        assertThat(MailComposer.bundle(java.util.Locale.ENGLISH).getString("greeting"))
                .isEqualTo("Dear {0},");
        assertThat(MailComposer.bundle(java.util.Locale.GERMAN).getString("greeting"))
                .isEqualTo("Guten Tag {0},");
    }
}
