package de.fachtag.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MailScheduleTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate DAY = LocalDate.of(2027, 3, 4);

    @Test
    void theReminderIsDueFromEightOClockTheDayBeforeUntilTheStart() {
        var window = MailSchedule.reminder(DAY, LocalTime.of(9, 0), BERLIN).orElseThrow();
        assertThat(window.from()).isEqualTo(Instant.parse("2027-03-03T07:00:00Z")); // 08:00 CET
        assertThat(window.contains(Instant.parse("2027-03-03T06:59:59Z"))).isFalse();
        assertThat(window.contains(Instant.parse("2027-03-03T07:00:00Z"))).isTrue();
        assertThat(window.contains(Instant.parse("2027-03-04T07:59:59Z"))).isTrue();
        assertThat(window.contains(Instant.parse("2027-03-04T08:00:00Z")))
                .as("the event has begun")
                .isFalse();
        assertThat(MailSchedule.reminder(null, null, BERLIN)).isEmpty();
    }

    @Test
    void summerTimeIsTheEventsLocalTime() {
        var window = MailSchedule.reminder(LocalDate.of(2027, 7, 1), LocalTime.of(9, 0), BERLIN)
                .orElseThrow();
        assertThat(window.from()).isEqualTo(Instant.parse("2027-06-30T06:00:00Z")); // 08:00 CEST
    }

    @Test
    void theLivestreamLinkIsDueFromTheLeadTimeBeforeTheStartUntilTheEnd() {
        var window = MailSchedule.livestreamLink(DAY, LocalTime.of(9, 0), LocalTime.of(16, 0), BERLIN, 60)
                .orElseThrow();
        assertThat(window.from()).isEqualTo(Instant.parse("2027-03-04T07:00:00Z"));
        assertThat(window.contains(Instant.parse("2027-03-04T06:59:59Z"))).isFalse();
        assertThat(window.contains(Instant.parse("2027-03-04T07:00:00Z"))).isTrue();
        assertThat(window.contains(Instant.parse("2027-03-04T15:00:00Z")))
                .as("16:00 CET: over")
                .isFalse();
        assertThat(MailSchedule.livestreamLink(DAY, null, null, BERLIN, 60)).isEmpty();
    }

    @Test
    void retriesBackOffExponentiallyUpToAnHour() {
        Duration base = Duration.ofSeconds(30);
        assertThat(MailSchedule.retryDelay(1, base)).isEqualTo(Duration.ofSeconds(30));
        assertThat(MailSchedule.retryDelay(2, base)).isEqualTo(Duration.ofSeconds(60));
        assertThat(MailSchedule.retryDelay(5, base)).isEqualTo(Duration.ofSeconds(480));
        assertThat(MailSchedule.retryDelay(8, base)).isEqualTo(Duration.ofHours(1));
        assertThat(MailSchedule.retryDelay(1000, base)).isEqualTo(Duration.ofHours(1));
    }
}
