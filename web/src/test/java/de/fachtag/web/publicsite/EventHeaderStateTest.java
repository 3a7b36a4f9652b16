package de.fachtag.web.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.event.EventView;
import de.fachtag.web.print.PrintFixtures;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The event header shows one state: never a red "Anmeldung beendet" while the livestream still
 * takes registrations (the fixture: on-site until 20 September, livestream until 29 September).
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
}
