package de.fachtag.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When the scheduled mails are due, and how long a failed delivery waits: pure functions of
 * the event's dates and a given instant, so that they are tested without a clock.
 *
 * <ul>
 * <li>The reminder is due from 08:00 local time of the day before the event until the event
 * starts (a dated event without hours: until its day begins).</li>
 * <li>The livestream link is due from the start minus the event's lead time until the event
 * ends.</li>
 * </ul>
 */
public final class MailSchedule {

    /** The local time on the day before the event from which reminders go out. */
    public static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);
    /** Retries never wait longer than this. */
    public static final Duration MAX_RETRY_DELAY = Duration.ofHours(1);

    private MailSchedule() {}

    /** The window in which a scheduled mail is sent: from {@code from} (inclusive) to {@code until} (exclusive). */
    public record Window(Instant from, Instant until) {

        public boolean contains(Instant now) {
            return !now.isBefore(from) && now.isBefore(until);
        }
    }

    /** The reminder's window; empty for an undated event. */
    public static Optional<Window> reminder(LocalDate date, LocalTime start, ZoneId zone) {
        if (date == null) {
            return Optional.empty();
        }
        Instant from = date.minusDays(1).atTime(REMINDER_TIME).atZone(zone).toInstant();
        Instant until = date.atTime(start == null ? LocalTime.MIDNIGHT : start)
                .atZone(zone)
                .toInstant();
        return Optional.of(new Window(from, until));
    }

    /** The livestream link's window; empty for an event without date and start time. */
    public static Optional<Window> livestreamLink(
            LocalDate date, LocalTime start, LocalTime end, ZoneId zone, int leadMinutes) {
        if (date == null || start == null) {
            return Optional.empty();
        }
        Instant begins = date.atTime(start).atZone(zone).toInstant();
        Instant ends =
                date.atTime(end == null ? LocalTime.MAX : end).atZone(zone).toInstant();
        return Optional.of(new Window(begins.minus(Duration.ofMinutes(Math.max(0, leadMinutes))), ends));
    }

    /**
     * How long to wait after the {@code attempts}-th failed attempt (1 for the first): the base
     * delay doubled per attempt, at most an hour.
     */
    public static Duration retryDelay(int attempts, Duration base) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_RETRY_DELAY) > 0 || delay.isNegative() ? MAX_RETRY_DELAY : delay;
    }
}
