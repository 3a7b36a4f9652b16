package de.fachtag.mail;

import de.fachtag.registration.ParticipationMode;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The event as a calendar file for a confirmation mail: one VEVENT for the day, in the event's
 * time zone with its VTIMEZONE from ical4j's bundled definitions. Its UID is the one the
 * event page's calendar ({@code /t/{tenant}/e/{event}.ics}) gives the day, so importing both
 * updates one entry instead of doubling it. (The web module's calendar has the whole
 * programme; a mail needs only the day, so this is the small part of it the ejb module needs.)
 */
final class MailCalendar {

    static final String PRODUCT = "-//Fachtag//Fachtag Anmeldung 1.0//DE";

    /** One registry for all mails: building one reads the bundled zone data again. */
    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private MailCalendar() {}

    /** The calendar text, or empty when the event has no date. */
    static Optional<String> of(MailFacts facts, String summary, String description, URI page, Instant now) {
        MailFacts.EventFacts e = facts.event();
        if (e.date() == null) {
            return Optional.empty();
        }
        VEvent day;
        TimeZone zone = null;
        if (e.start() == null || e.end() == null) {
            day = new VEvent(e.date(), e.date().plusDays(1), summary);
        } else {
            zone = ZONES.getTimeZone(e.zone().getId());
            day = new VEvent(
                    ZonedDateTime.of(e.date(), e.start(), e.zone()),
                    ZonedDateTime.of(e.date(), e.end(), e.zone()),
                    summary);
        }
        day.add(new Uid(e.id() + "@fachtag"));
        day.replace(new DtStamp(now.truncatedTo(ChronoUnit.SECONDS)));
        day.add(new Sequence((int) Math.min(Integer.MAX_VALUE, Math.max(0, e.version()))));
        day.add(ImmutableStatus.VEVENT_CONFIRMED);
        day.add(ImmutableTransp.OPAQUE);
        String location = facts.attendee().mode() == ParticipationMode.LIVESTREAM ? "Livestream" : e.venue();
        if (location != null && !location.isBlank()) {
            day.add(new Location(MailComposer.plain(location)));
        }
        day.add(new Description(description));
        day.add(new Url(page));
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .getFluentTarget();
        if (zone != null && zone.getVTimeZone() != null) {
            calendar.add(zone.getVTimeZone());
        }
        calendar.add(day);
        return Optional.of(write(calendar));
    }

    static String write(Calendar calendar) {
        return de.fachtag.event.CalendarFiles.write(calendar);
    }

    static String fileName(MailFacts facts) {
        String slug = facts.event().slug();
        return (slug == null || slug.isBlank() ? "veranstaltung" : slug.toLowerCase(Locale.ROOT)) + ".ics";
    }
}
