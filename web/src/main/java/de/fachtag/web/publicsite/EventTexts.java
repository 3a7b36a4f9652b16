package de.fachtag.web.publicsite;

import de.fachtag.event.AgendaItemKind;
import de.fachtag.event.ContributionRole;
import de.fachtag.event.EventFormat;
import de.fachtag.event.EventState;
import de.fachtag.event.EventView;
import de.fachtag.event.EventView.ContributionView;
import de.fachtag.tenant.LocalizedString;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * An event's facts worded the way the seed flyers print them ("Donnerstag, 7. Oktober 2021",
 * "8:30 bis 16:00 Uhr", "Referierende:", "(angefragt)", "Anmeldung bis 24. September 2021"),
 * in German or English. One place for the page, the calendar and the printed programme, so the
 * three never disagree.
 */
public final class EventTexts {

    /** The bundle Faces knows as {@code evmsg}. */
    public static final String BUNDLE = "de.fachtag.web.i18n.event";

    private static final EnumSet<EventState> CLOSED_STATES =
            EnumSet.of(EventState.REGISTRATION_CLOSED, EventState.DONE, EventState.ARCHIVED);

    private final Locale locale;
    private final ResourceBundle bundle;

    public EventTexts(Locale locale) {
        this.locale = locale == null || !"en".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                this.locale,
                EventTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public boolean english() {
        return locale == Locale.ENGLISH;
    }

    /** A text of the bundle; with arguments formatted by {@link MessageFormat}. */
    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    /** A bilingual text in this language, German when there is no English. */
    public String text(LocalizedString text) {
        return text == null ? null : blankToNull(text.in(locale));
    }

    /** The language a bilingual text is shown in: German when English was asked for but is missing. */
    public String languageOf(LocalizedString text) {
        return english() && text != null && text.getEn() != null ? "en" : "de";
    }

    // ------------------------------------------------------------------ dates and times

    /** "Donnerstag, 7. Oktober 2021" / "Thursday, 7 October 2021". */
    public String longDate(LocalDate date) {
        return date == null
                ? null
                : date.format(
                        DateTimeFormatter.ofPattern(english() ? "EEEE, d MMMM yyyy" : "EEEE, d. MMMM yyyy", locale));
    }

    /** "7. Oktober 2021" / "7 October 2021". */
    public String date(LocalDate date) {
        return date == null
                ? null
                : date.format(DateTimeFormatter.ofPattern(english() ? "d MMMM yyyy" : "d. MMMM yyyy", locale));
    }

    /** "07.10.2021" / "7 Oct 2021", for lists. */
    public String shortDate(LocalDate date) {
        return date == null
                ? null
                : date.format(DateTimeFormatter.ofPattern(english() ? "d MMM yyyy" : "dd.MM.yyyy", locale));
    }

    /** "8:30", as the flyers print times. */
    public static String time(LocalTime time) {
        return time == null ? null : time.format(DateTimeFormatter.ofPattern("H:mm"));
    }

    /** "08:30", as the JSON API and machine-readable attributes have them. */
    public static String isoTime(LocalTime time) {
        return time == null ? null : time.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** "8:30 bis 16:00 Uhr": the event's hours. */
    public String hours(LocalTime start, LocalTime end) {
        return start == null || end == null ? null : get("event.hours", time(start), time(end));
    }

    /** "8:30–9:00 Uhr": an agenda item's times. */
    public String times(LocalTime start, LocalTime end) {
        return start == null || end == null ? null : get("event.times", time(start), time(end));
    }

    /** The value of a {@code <time datetime>} for a moment of the event's day, with its offset. */
    public static String dateTimeAttribute(LocalDate date, LocalTime time, String zone) {
        if (date == null || time == null) {
            return time == null ? null : isoTime(time);
        }
        return ZonedDateTime.of(date, time, zone(zone)).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx"));
    }

    public static String instantAttribute(Instant instant, String zone) {
        return instant == null
                ? null
                : instant.atZone(zone(zone)).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx"));
    }

    /**
     * The last day a deadline still allows: "bis 24. September" is stored as 24 September, 23:59;
     * a deadline of midnight sharp belongs to the day before.
     */
    public static LocalDate lastDay(Instant deadline, String zone) {
        ZonedDateTime local = deadline.atZone(zone(zone));
        return local.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? local.toLocalDate().minusDays(1)
                : local.toLocalDate();
    }

    public static ZoneId zone(String zone) {
        try {
            return zone == null ? ZoneId.of("Europe/Berlin") : ZoneId.of(zone);
        } catch (RuntimeException e) {
            return ZoneId.of("Europe/Berlin");
        }
    }

    // ------------------------------------------------------------------ edition, kinds, roles

    /** "6. Fachtag Integration Mittelsachsen"; null when the event has no edition. */
    public String edition(EventView event) {
        if (event.edition() == null) {
            return null;
        }
        String series = text(event.seriesTitle());
        return series == null
                ? get("event.editionOnly", String.valueOf(event.edition()))
                : get("event.edition", String.valueOf(event.edition()), series);
    }

    public String kind(AgendaItemKind kind) {
        return kind == null ? null : get("kind." + kind.name());
    }

    /**
     * Whether the kind is worth printing beside the title: the flyers' "1. Input-Vortrag" or
     * "Kaffeepause" already say what kind of item they are, "Come Together" does not.
     */
    public boolean kindAddsToTitle(AgendaItemKind kind, String title) {
        String label = kind(kind);
        if (label == null) {
            return false;
        }
        if (title == null) {
            return true;
        }
        String t = title.toLowerCase(locale);
        String l = label.toLowerCase(locale);
        return !t.contains(l) && !(kind == AgendaItemKind.BREAK && t.contains(english() ? "break" : "pause"));
    }

    /** "Referierende:", "Moderation:", … */
    public String role(ContributionRole role) {
        return get("role." + role.name());
    }

    public String format(EventFormat format) {
        return format == null ? null : get("format." + format.name());
    }

    /** "Jennifer Diehl, komm. Stabsbereichsleiterin … (angefragt)". */
    public String contribution(ContributionView c) {
        return c.requested() ? c.label() + " (" + get("contribution.status.REQUESTED") + ")" : c.label();
    }

    /** Contributions grouped by role, in the order the roles first appear, as the flyers list them. */
    public static Map<ContributionRole, List<Integer>> byRole(List<ContributionView> contributions) {
        Map<ContributionRole, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < contributions.size(); i++) {
            groups.computeIfAbsent(contributions.get(i).role(), r -> new ArrayList<>())
                    .add(i);
        }
        return groups;
    }

    // ------------------------------------------------------------------ registration

    /** Where registration stands, worded for the page. */
    public record RegistrationState(boolean open, String text, Instant deadline, String deadlineAttribute) {}

    /**
     * "Anmeldung bis 24. September 2021" while it is open, "Anmeldung ab …" before it opens,
     * "Anmeldung beendet" once the deadline passed, the organizer closed it or the day is over.
     */
    public RegistrationState registration(EventView e, Instant now) {
        if (closed(e, e.registrationCloses(), now)) {
            return new RegistrationState(
                    false,
                    get("register.closed"),
                    e.registrationCloses(),
                    instantAttribute(e.registrationCloses(), e.timeZone()));
        }
        if (e.registrationOpens() != null && now.isBefore(e.registrationOpens())) {
            String from = date(e.registrationOpens().atZone(zone(e.timeZone())).toLocalDate());
            String text = e.registrationCloses() == null
                    ? get("registration.from", from)
                    : get("registration.fromUntil", from, date(lastDay(e.registrationCloses(), e.timeZone())));
            return new RegistrationState(
                    false, text, e.registrationOpens(), instantAttribute(e.registrationOpens(), e.timeZone()));
        }
        if (e.registrationCloses() == null) {
            return new RegistrationState(true, get("registration.open"), null, null);
        }
        return new RegistrationState(
                true,
                get("registration.until", date(lastDay(e.registrationCloses(), e.timeZone()))),
                e.registrationCloses(),
                instantAttribute(e.registrationCloses(), e.timeZone()));
    }

    /** The livestream's own deadline; empty (null) unless the event streams and has one. */
    public RegistrationState livestreamRegistration(EventView e, Instant now) {
        if (e.format() == null || e.format() == EventFormat.ON_SITE || e.livestreamCloses() == null) {
            return null;
        }
        String attribute = instantAttribute(e.livestreamCloses(), e.timeZone());
        if (closed(e, e.livestreamCloses(), now)) {
            return new RegistrationState(false, get("registration.livestream.closed"), e.livestreamCloses(), attribute);
        }
        return new RegistrationState(
                true,
                get("registration.livestream.until", date(lastDay(e.livestreamCloses(), e.timeZone()))),
                e.livestreamCloses(),
                attribute);
    }

    /** {@link #headerState(EventView, Instant, boolean)} with seats left on site. */
    public RegistrationState headerState(EventView e, Instant now) {
        return headerState(e, now, false);
    }

    /**
     * The one state the event's header shows. Equal to {@link #registration} except, for an event
     * on site and by livestream whose livestream still takes registrations: when the on-site
     * seats are all taken ({@code onSiteFull}) the header says "Vor Ort ausgebucht – Teilnahme
     * per Livestream bis … möglich", when the on-site registration is over "Vor Ort keine
     * Anmeldung mehr möglich – Teilnahme per Livestream bis … möglich", instead of a red
     * "Anmeldung beendet" beside a working "Zur Anmeldung" link.
     */
    public RegistrationState headerState(EventView e, Instant now, boolean onSiteFull) {
        RegistrationState onSite = registration(e, now);
        if (e.format() != EventFormat.HYBRID) {
            return onSite;
        }
        boolean started = e.registrationOpens() == null || !now.isBefore(e.registrationOpens());
        if (!started) {
            return onSite;
        }
        RegistrationState livestream = livestreamRegistration(e, now);
        if (onSite.open()) {
            if (!onSiteFull) {
                return onSite;
            }
            // the livestream's own deadline, else the event's
            RegistrationState until = livestream != null ? livestream : onSite;
            if (!until.open()) {
                return onSite;
            }
            String text = until.deadline() == null
                    ? get("registration.onSiteFull.open")
                    : get("registration.onSiteFull", date(lastDay(until.deadline(), e.timeZone())));
            return new RegistrationState(true, text, until.deadline(), until.deadlineAttribute());
        }
        if (livestream == null || !livestream.open()) {
            return onSite;
        }
        return new RegistrationState(
                true,
                get("registration.livestreamOnly", date(lastDay(e.livestreamCloses(), e.timeZone()))),
                livestream.deadline(),
                livestream.deadlineAttribute());
    }

    private static boolean closed(EventView e, Instant deadline, Instant now) {
        if (CLOSED_STATES.contains(e.state())) {
            return true;
        }
        if (deadline != null && !now.isBefore(deadline)) {
            return true;
        }
        return e.date() != null && e.date().isBefore(LocalDate.ofInstant(now, zone(e.timeZone())));
    }

    // ------------------------------------------------------------------ illustrative values

    /**
     * Whether a value shown at {@code path} (a tenant file's field path such as
     * {@code venue.room} or {@code agenda[1].contributions[0]}) was invented for the demo: the
     * path, one of its ancestors or one of its parts is listed as illustrative.
     */
    public static boolean illustrative(List<String> listed, String path) {
        if (listed == null || listed.isEmpty() || path == null) {
            return false;
        }
        for (String l : listed) {
            if (l == null) {
                continue;
            }
            if (l.equals(path) || startsWithPath(path, l) || startsWithPath(l, path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithPath(String path, String prefix) {
        return path.startsWith(prefix)
                && path.length() > prefix.length()
                && (path.charAt(prefix.length()) == '.' || path.charAt(prefix.length()) == '[');
    }

    // ------------------------------------------------------------------ helpers

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
