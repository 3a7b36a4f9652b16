package de.fachtag.web.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.event.EventFormat;
import de.fachtag.event.EventView;
import de.fachtag.web.print.PrintFixtures;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The event header shows one state: never a red "Anmeldung beendet" while the livestream still
 * takes registrations (the fixture: on site and by livestream, on-site until 20 September,
 * livestream until 29 September). Each case: both open, on-site seats full, on-site deadline
 * passed, both closed, and an event on site only.
 */
class EventHeaderStateTest {

    private final EventView event = PrintFixtures.event();
    private final EventTexts de = new EventTexts(Locale.GERMAN);

    @Test
    void whileBothAreOpenTheHeaderSaysTheOnSiteDeadline() {
        EventTexts.RegistrationState s = de.headerState(event, Instant.parse("2027-07-01T10:00:00Z"));
        assertThat(s.open()).isTrue();
        assertThat(s.text()).isEqualTo("Anmeldung bis 20. September 2027");
    }

    @Test
    void onSiteClosedButLivestreamOpenIsWordedAsSuchAndNotClosed() {
        EventTexts.RegistrationState s = de.headerState(event, Instant.parse("2027-09-25T10:00:00Z"));
        assertThat(s.open()).isTrue();
        assertThat(s.text())
                .isEqualTo(
                        "Vor Ort keine Anmeldung mehr möglich – Teilnahme per Livestream bis 29. September 2027 möglich");
        assertThat(new EventTexts(Locale.ENGLISH)
                        .headerState(event, Instant.parse("2027-09-25T10:00:00Z"))
                        .text())
                .startsWith("No more on-site registrations");
    }

    @Test
    void whenBothAreOverTheHeaderSaysClosed() {
        EventTexts.RegistrationState s = de.headerState(event, Instant.parse("2027-10-01T10:00:00Z"));
        assertThat(s.open()).isFalse();
        assertThat(s.text()).isEqualTo("Anmeldung beendet");
    }

    @Test
    void seatsFullWhileBothAreOpenSaysFullyBookedOnSiteWithTheLivestreamDeadline() {
        Instant july = Instant.parse("2027-07-01T10:00:00Z");
        EventTexts.RegistrationState s = de.headerState(event, july, true);
        assertThat(s.open()).isTrue();
        assertThat(s.text()).isEqualTo("Vor Ort ausgebucht – Teilnahme per Livestream bis 29. September 2027 möglich");
        assertThat(new EventTexts(Locale.ENGLISH).headerState(event, july, true).text())
                .isEqualTo("On site fully booked – livestream participation possible until 29 September 2027");
        assertThat(de.headerState(event, july, false).text())
                .as("seats left: the plain deadline")
                .isEqualTo("Anmeldung bis 20. September 2027");
    }

    @Test
    void seatsFullAndBothClosedSaysClosed() {
        EventTexts.RegistrationState s = de.headerState(event, Instant.parse("2027-10-01T10:00:00Z"), true);
        assertThat(s.open()).isFalse();
        assertThat(s.text()).isEqualTo("Anmeldung beendet");
    }

    @Test
    void onSiteDeadlinePassedWithSeatsFullSaysTheDeadlineCaseNotFullyBooked() {
        EventTexts.RegistrationState s = de.headerState(event, Instant.parse("2027-09-25T10:00:00Z"), true);
        assertThat(s.open()).isTrue();
        assertThat(s.text()).startsWith("Vor Ort keine Anmeldung mehr möglich");
    }

    @Test
    void anEventOnSiteOnlyNeverOffersTheLivestreamWording() {
        EventView onSiteOnly = withFormat(event, EventFormat.ON_SITE);
        assertThat(de.headerState(onSiteOnly, Instant.parse("2027-07-01T10:00:00Z"), true)
                        .text())
                .isEqualTo("Anmeldung bis 20. September 2027");
        EventTexts.RegistrationState after = de.headerState(onSiteOnly, Instant.parse("2027-09-25T10:00:00Z"), true);
        assertThat(after.open()).isFalse();
        assertThat(after.text()).isEqualTo("Anmeldung beendet");
    }

    private static EventView withFormat(EventView e, EventFormat format) {
        return new EventView(
                e.id(),
                e.slug(),
                e.seriesSlug(),
                e.seriesTitle(),
                e.edition(),
                e.title(),
                e.motto(),
                e.goal(),
                e.description(),
                e.date(),
                e.start(),
                e.end(),
                e.timeZone(),
                e.venue(),
                e.cateringNote(),
                format,
                e.livestreamNote(),
                e.recordingNotice(),
                e.changeReservation(),
                e.organizingGroup(),
                e.supporters(),
                e.contactEmail(),
                e.contactPhone(),
                e.registrationOpens(),
                e.registrationCloses(),
                e.livestreamCloses(),
                e.seats(),
                e.state(),
                e.illustrative(),
                e.contributions(),
                e.agenda(),
                e.workshops(),
                e.fundingNotices(),
                e.version());
    }
}
