package de.fachtag.web.calendar;

import de.fachtag.event.ContributionRole;
import de.fachtag.event.EventView;
import de.fachtag.event.EventView.AgendaItemView;
import de.fachtag.event.EventView.ContributionView;
import de.fachtag.web.publicsite.EventTexts;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RelatedTo;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An event as an RFC 5545 calendar, built with ical4j: one VEVENT for the whole day and one per
 * agenda item (related to the day's), all in the event's time zone with its VTIMEZONE
 * (Europe/Berlin from ical4j's bundled definitions; ical4j never fetches zones over the
 * network unless configured to). UIDs are {@code {uuid}@fachtag}, so a calendar that imports
 * the file twice updates the entries instead of doubling them; SEQUENCE follows the event's
 * version.
 */
public final class EventCalendar {

    static final String PRODUCT = "-//Fachtag//Fachtag Veranstaltungskalender 1.0//DE";

    private final EventTexts texts;

    public EventCalendar(EventTexts texts) {
        this.texts = texts;
    }

    /**
     * The calendar of a dated event; empty when the event has no date. An event whose hours are
     * not known (a past conference its source does not time) is an all-day entry.
     */
    public Optional<Calendar> build(EventView e, URI page, Instant now) {
        if (e.date() == null) {
            return Optional.empty();
        }
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        String zoneId = EventTexts.zone(e.timeZone()).getId();
        TimeZone zone = registry.getTimeZone(zoneId);
        ZoneId javaZone = ZoneId.of(zoneId);
        DtStamp stamp = new DtStamp(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

        String title = texts.text(e.title());
        VEvent day = e.start() == null || e.end() == null
                ? new VEvent(e.date(), e.date().plusDays(1), title)
                : new VEvent(
                        ZonedDateTime.of(e.date(), e.start(), javaZone),
                        ZonedDateTime.of(e.date(), e.end(), javaZone),
                        title);
        String dayUid = uid(e.id().toString());
        day.add(new Uid(dayUid));
        day.replace(stamp);
        day.add(new Sequence(sequence(e.version())));
        day.add(ImmutableStatus.VEVENT_CONFIRMED);
        day.add(ImmutableTransp.OPAQUE);
        location(e).ifPresent(l -> day.add(new Location(l)));
        day.add(new Description(dayDescription(e, page)));
        day.add(new Url(page));

        // No METHOD: a plain RFC 5545 calendar to subscribe to or import, not an iTIP message
        // (METHOD:PUBLISH would require an ORGANIZER, and make some clients treat it as an invitation).
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .getFluentTarget();
        VTimeZone vtimezone = zone == null ? null : zone.getVTimeZone();
        if (vtimezone != null) {
            calendar.add(vtimezone);
        }
        calendar.add(day);
        for (AgendaItemView item : e.agenda()) {
            String summary = itemSummary(item);
            VEvent entry = new VEvent(
                    ZonedDateTime.of(e.date(), item.start(), javaZone),
                    ZonedDateTime.of(e.date(), item.end(), javaZone),
                    summary);
            entry.add(new Uid(uid(item.id().toString())));
            entry.replace(stamp);
            entry.add(new Sequence(sequence(e.version())));
            entry.add(ImmutableStatus.VEVENT_CONFIRMED);
            // the day already blocks the time; its parts must not block it a second time
            entry.add(ImmutableTransp.TRANSPARENT);
            location(e).ifPresent(l -> entry.add(new Location(l)));
            entry.add(new Description(itemDescription(e, item, page)));
            entry.add(new Url(URI.create(page + "#item-" + item.id())));
            entry.add(new RelatedTo(dayUid));
            calendar.add(entry);
        }
        return Optional.of(calendar);
    }

    /** The calendar as RFC 5545 text (see {@link de.fachtag.event.CalendarFiles}). */
    public static String write(Calendar calendar) {
        return de.fachtag.event.CalendarFiles.write(calendar);
    }

    static String uid(String id) {
        return id + "@fachtag";
    }

    private static int sequence(long version) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, version));
    }

    /** "Deutsches Brennstoffinstitut (DBI), Halsbrücker Straße 34, 09599 Freiberg, Saal 1". */
    static Optional<String> location(EventView e) {
        EventView.VenueView v = e.venue();
        if (v == null) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        add(parts, v.name());
        add(parts, v.street());
        String city = ((v.postcode() == null ? "" : v.postcode() + " ") + (v.city() == null ? "" : v.city())).strip();
        add(parts, city);
        add(parts, v.room());
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }

    private String itemSummary(AgendaItemView item) {
        String title = texts.text(item.title());
        String subtitle = texts.text(item.subtitle());
        StringBuilder s = new StringBuilder();
        if (texts.kindAddsToTitle(item.kind(), title)) {
            s.append(texts.kind(item.kind())).append(": ");
        }
        s.append(title);
        if (subtitle != null) {
            s.append(" – ").append(subtitle);
        }
        return s.toString();
    }

    private String dayDescription(EventView e, URI page) {
        StringBuilder d = new StringBuilder();
        String edition = texts.edition(e);
        line(
                d,
                edition != null && EventTexts.illustrative(e.illustrative(), "edition")
                        ? edition + " (" + texts.get("event.illustrative") + ")"
                        : edition);
        line(d, texts.text(e.motto()));
        if (!d.isEmpty()) {
            d.append('\n');
        }
        line(d, texts.text(e.goal()));
        if (!e.agenda().isEmpty()) {
            d.append('\n').append(texts.get("event.agenda")).append(':').append('\n');
            for (AgendaItemView item : e.agenda()) {
                d.append(texts.times(item.start(), item.end()))
                        .append("  ")
                        .append(itemSummary(item))
                        .append('\n');
                StringBuilder people = new StringBuilder();
                people(people, item.contributions());
                people.toString()
                        .lines()
                        .forEach(l -> d.append("    ").append(l).append('\n'));
            }
        }
        if (!e.contributions().isEmpty()) {
            d.append('\n');
            people(d, e.contributions());
        }
        line(d, texts.text(e.changeReservation()));
        illustrativeNote(d, e);
        d.append('\n').append(texts.get("ics.more", page));
        return d.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private String itemDescription(EventView e, AgendaItemView item, URI page) {
        StringBuilder d = new StringBuilder();
        line(d, texts.text(item.subtitle()));
        line(d, texts.text(item.description()));
        people(d, item.contributions());
        if (item.kind() == de.fachtag.event.AgendaItemKind.WORKSHOP_BLOCK) {
            for (EventView.WorkshopView w : e.workshops()) {
                d.append(texts.get("event.workshop", w.code(), texts.text(w.title())))
                        .append('\n');
            }
        }
        line(d, texts.edition(e) == null ? texts.text(e.title()) : texts.edition(e) + ": " + texts.text(e.title()));
        illustrativeNote(d, e);
        d.append(texts.get("ics.more", page + "#item-" + item.id()));
        return d.toString().strip();
    }

    private void people(StringBuilder d, List<ContributionView> contributions) {
        for (Map.Entry<ContributionRole, List<Integer>> g :
                EventTexts.byRole(contributions).entrySet()) {
            d.append(texts.role(g.getKey())).append(' ');
            d.append(String.join(
                    "; ",
                    g.getValue().stream()
                            .map(i -> texts.contribution(contributions.get(i)))
                            .toList()));
            d.append('\n');
        }
    }

    /**
     * A calendar must not present an invented fact as real either. Said once in words: the raw field
     * paths ("venue.room", "motto") are English names no reader of a German calendar understands.
     */
    private void illustrativeNote(StringBuilder d, EventView e) {
        if (!e.illustrative().isEmpty()) {
            d.append(texts.get("ics.illustrative")).append('\n');
        }
    }

    private static void line(StringBuilder d, String text) {
        if (text != null && !text.isBlank()) {
            d.append(text.strip()).append('\n');
        }
    }

    private static void add(List<String> parts, String s) {
        if (s != null && !s.isBlank()) {
            parts.add(s.strip());
        }
    }
}
